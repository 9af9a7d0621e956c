import type { AppDeps } from "../app/deps.ts";
import { clearNeedsReview, recordScreening } from "../app/screening-service.ts";
import type { Actor } from "../domain/actor.ts";

// The demo clients' intake screenings, recorded the way the client page records them.
// Most found nothing; two found what the screening panel must show: hypertension rules
// out cryomassage and asks a physician about everything else (the dermatologist has
// cleared local cold therapy for it), and rosacea on the face asks one about nitrogen
// cryomassage. Иванова and Сидорова have no intake yet, as new clients would: booking
// them shows why a screening comes first.

const nothingFound = (weightKg: number, systolic: number, diastolic: number) => ({
  subject: { weightKg, bloodPressure: { systolic, diastolic } },
  conditions: [],
});

/** Intake answers by the client's last name; clients not listed are not screened. */
export const DEMO_INTAKES: Record<string, { subject: object; conditions: object[] }> = {
  Smith: nothingFound(61, 115, 75),
  Белова: nothingFound(55, 110, 70),
  Васильев: nothingFound(78, 125, 80),
  Григорьев: {
    subject: { weightKg: 92, bloodPressure: { systolic: 150, diastolic: 95 } },
    conditions: [{ icd10: "I10" }],
  },
  Захарова: nothingFound(60, 118, 76),
  Ковалёв: nothingFound(82, 122, 78),
  Николаева: {
    subject: { weightKg: 64, bloodPressure: { systolic: 120, diastolic: 80 } },
    conditions: [{ icd10: "L71", site: "face" }],
  },
  Орлова: nothingFound(68, 128, 82),
  Петров: nothingFound(85, 130, 85),
  Федоров: nothingFound(80, 124, 80),
};

/** A physician's decision on a needs-review verdict of a client's intake. */
export const DEMO_CLEARANCES = [
  {
    client: "Григорьев",
    procedureId: "local-cold-therapy",
    reason: "Давление под контролем терапевта; местное охлаждение колена допустимо.",
  },
];

/**
 * Records each listed client's intake through the screening service as `staff.intake`,
 * then the physician's clearances as `staff.physician`.
 */
export async function screenDemoClients(
  deps: AppDeps,
  staff: { intake: Actor; physician: Actor },
  clientIds: ReadonlyMap<string, string>,
): Promise<void> {
  const idOf = (lastName: string) => {
    const clientId = clientIds.get(lastName);
    if (!clientId) throw new Error(`No demo client ${lastName}.`);
    return clientId;
  };
  const intakes = new Map<string, string>();
  for (const [lastName, answers] of Object.entries(DEMO_INTAKES)) {
    const screening = await recordScreening(deps, staff.intake, idOf(lastName), {
      kind: "intake",
      ...answers,
    });
    intakes.set(lastName, screening.id);
  }
  for (const { client, procedureId, reason } of DEMO_CLEARANCES) {
    await clearNeedsReview(deps, staff.physician, idOf(client), intakes.get(client) as string, {
      procedureId,
      reason,
    });
  }
}
