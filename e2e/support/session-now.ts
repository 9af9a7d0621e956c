import { Temporal } from "temporal-polyfill";
import { type Api, clientId, type Listed } from "./staff-api.ts";

// A session of the demo clinic brought along through the API, for tests about what comes
// after it. The server's clock is the real one, so the appointment is booked for the next
// free start within the hour in which check-in is allowed.

const CLINIC_ZONE = "Europe/Moscow";
const ALL_DAY = [{ open: "00:00", close: "23:59" }];
const EVERY_DAY = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, ALL_DAY]),
);

interface Slot {
  start: string;
  practitionerIds: string[];
}

/**
 * Books a demo client for a procedure at the next free start, opening the clinic and its
 * practitioners around the clock first so that a start lies within the check-in hour
 * whatever the time the test runs. The client is screened with nothing found first.
 */
export async function bookNow(api: Api, procedureId: string, lastName: string): Promise<{ id: string }> {
  const [clinic] = (await api<Listed<{ id: string }>>("GET", "/clinics")).items;
  if (!clinic) throw new Error("No clinic in the demo data.");
  await api("PATCH", `/clinics/${clinic.id}`, { openingHours: EVERY_DAY });
  const hours = await api<Listed<{ userId: string }>>("GET", `/clinics/${clinic.id}/working-hours`);
  for (const practitioner of hours.items) {
    await api("PUT", `/clinics/${clinic.id}/working-hours/${practitioner.userId}`, { hours: EVERY_DAY });
  }
  const offerings = await api<Listed<{ id: string; procedureId: string }>>(
    "GET",
    `/clinics/${clinic.id}/offerings`,
  );
  const offering = offerings.items.find((candidate) => candidate.procedureId === procedureId);
  if (!offering) throw new Error(`No ${procedureId} offering in the demo data.`);
  const client = await clientId(api, lastName);
  await api("POST", `/clients/${client}/screenings`, { conditions: [], subject: { weightKg: 64 } });
  const today = Temporal.Now.plainDateISO(CLINIC_ZONE);
  const availability = await api<{ slots: Slot[] }>(
    "GET",
    `/clinics/${clinic.id}/availability?offering=${offering.id}&from=${today}&to=${today.add({ days: 2 })}`,
  );
  const checkInBy = Date.now() + 55 * 60_000;
  const slot = availability.slots.find((candidate) => Date.parse(candidate.start) <= checkInBy);
  if (!slot) throw new Error(`No ${procedureId} start within the next hour.`);
  return api<{ id: string }>("POST", "/appointments", {
    clientId: client,
    offeringId: offering.id,
    practitionerId: slot.practitionerIds[0],
    start: slot.start,
  });
}

interface ChecklistItem {
  id: string;
  kind: string;
}

/** An answer every checklist item accepts: normal vitals, a plausible weight, "none" or yes. */
function answerFor(item: ChecklistItem): unknown {
  if (item.kind === "record-vitals") {
    return { bodyTemperatureC: 36.6, bloodPressure: { systolic: 120, diastolic: 80 } };
  }
  if (item.kind === "record-weight") return 64;
  if (item.kind === "record-text") return "Нет";
  return true;
}

/**
 * Checks the client in, opens the session with the method, answers its checklist, starts it,
 * times one exposure of `area` for a moment and finishes it: the client is then under
 * observation. Returns the session's id.
 */
export async function sessionUnderObservation(
  api: Api,
  appointmentId: string,
  methodId: string,
  area: string,
): Promise<string> {
  await api("POST", `/appointments/${appointmentId}/check-in`);
  const session = await api<{ id: string; checklist: { items: ChecklistItem[] } }>(
    "POST",
    `/appointments/${appointmentId}/session`,
    { methodId },
  );
  const answers = Object.fromEntries(session.checklist.items.map((item) => [item.id, answerFor(item)]));
  await api("PUT", `/sessions/${session.id}/checklist`, { answers });
  await api("POST", `/sessions/${session.id}/start`);
  const timed = await api<{ exposures: { id: string }[] }>("POST", `/sessions/${session.id}/exposures`, {
    area,
  });
  const exposure = timed.exposures[0];
  if (!exposure) throw new Error("The exposure was not started.");
  await api("POST", `/sessions/${session.id}/exposures/${exposure.id}/stop`, {});
  await api("POST", `/sessions/${session.id}/finish`, { outcome: "Перенесла хорошо" });
  return session.id;
}
