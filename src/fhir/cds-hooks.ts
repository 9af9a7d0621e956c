import { z } from "zod";
import { invalid } from "../domain/errors.ts";
import { fieldIssues } from "../domain/validation.ts";

// CDS Hooks 2.0: discovery, the hook request shape, and screening results as cards.
// The service reads the prefetched Patient and Condition resources; it never calls
// back into the EHR's FHIR server.

export const PROCEDURE_SYSTEM = "urn:cryodesk:procedure";
const ICD10_SYSTEMS = new Set([
  "http://hl7.org/fhir/sid/icd-10",
  "http://hl7.org/fhir/sid/icd-10-cm",
  "http://hl7.org/fhir/sid/icd-10-nl",
]);
const INACTIVE_STATUSES = new Set(["inactive", "remission", "resolved"]);

export const CDS_SERVICES = [
  {
    hook: "patient-view",
    id: "cryodesk-screening",
    title: "Cryotherapy contraindication screening",
    description:
      "Screens the patient for every cold procedure in the Cryodesk catalog, with reasons and sources.",
    prefetch: {
      patient: "Patient/{{context.patientId}}",
      conditions: "Condition?patient={{context.patientId}}",
    },
  },
  {
    hook: "appointment-book",
    id: "cryodesk-appointment-screening",
    title: "Cryotherapy screening before booking",
    description:
      "Screens the patient for the cold procedures being booked (Appointment.serviceType in urn:cryodesk:procedure).",
    prefetch: {
      patient: "Patient/{{context.patientId}}",
      conditions: "Condition?patient={{context.patientId}}",
    },
  },
] as const;

const coding = z.object({ system: z.string().optional(), code: z.string().optional() }).loose();
// Search bundles may carry other resources (an OperationOutcome): only Conditions count.
const conditionResource = z
  .object({
    resourceType: z.string(),
    verificationStatus: z
      .object({ coding: z.array(coding).optional() })
      .loose()
      .optional(),
    code: z
      .object({ coding: z.array(coding).optional() })
      .loose()
      .optional(),
    clinicalStatus: z
      .object({ coding: z.array(coding).optional() })
      .loose()
      .optional(),
  })
  .loose();
const patientResource = z
  .object({
    resourceType: z.literal("Patient"),
    birthDate: z.string().optional(),
    gender: z.string().optional(),
  })
  .loose();
const appointmentResource = z
  .object({
    resourceType: z.literal("Appointment"),
    serviceType: z.array(z.object({ coding: z.array(coding).optional() }).loose()).optional(),
  })
  .loose();
const bundleOf = <T extends z.ZodType>(resource: T) =>
  z
    .object({ resourceType: z.literal("Bundle"), entry: z.array(z.object({ resource }).loose()).default([]) })
    .loose();

export const hookRequestSchema = z.object({
  hook: z.string().min(1),
  hookInstance: z.string().min(1),
  fhirServer: z.string().optional(),
  context: z
    .object({
      patientId: z.string().min(1),
      userId: z.string().optional(),
      appointments: bundleOf(appointmentResource).optional(),
    })
    .loose(),
  prefetch: z
    .object({ patient: patientResource, conditions: bundleOf(conditionResource).nullable().optional() })
    .loose(),
});
export type HookRequest = z.infer<typeof hookRequestSchema>;

export function parseHookRequest(serviceId: string, body: unknown): HookRequest {
  const parsed = hookRequestSchema.safeParse(body);
  if (!parsed.success) {
    throw invalid(
      fieldIssues(parsed.error),
      "Malformed CDS Hooks request: it needs hook, hookInstance, context.patientId and the prefetched Patient (prefetch.patient).",
    );
  }
  const service = CDS_SERVICES.find((s) => s.id === serviceId);
  if (service && parsed.data.hook !== service.hook) {
    throw invalid([{ field: "hook", message: `The service ${serviceId} answers the ${service.hook} hook.` }]);
  }
  return parsed.data;
}

/** The screening request the prefetched resources describe. */
export function screeningRequestFromHook(request: HookRequest, date: string) {
  const patient = request.prefetch.patient;
  const conditions: { icd10: string; status: "active" | "history" }[] = [];
  for (const entry of request.prefetch.conditions?.entry ?? []) {
    if (entry.resource.resourceType !== "Condition") continue;
    const verification = entry.resource.verificationStatus?.coding?.[0]?.code;
    if (verification === "refuted" || verification === "entered-in-error") continue;
    const status = entry.resource.clinicalStatus?.coding?.[0]?.code;
    for (const c of entry.resource.code?.coding ?? []) {
      if (c.code && c.system && ICD10_SYSTEMS.has(c.system)) {
        conditions.push({
          icd10: c.code.toUpperCase(),
          status: status && INACTIVE_STATUSES.has(status) ? "history" : "active",
        });
      }
    }
  }
  const procedures = (request.context.appointments?.entry ?? []).flatMap((entry) =>
    (entry.resource.serviceType ?? []).flatMap((type) =>
      (type.coding ?? []).filter((c) => c.system === PROCEDURE_SYSTEM && c.code).map((c) => c.code as string),
    ),
  );
  const sex = patient.gender === "female" || patient.gender === "male" ? patient.gender : undefined;
  const birthDate = /^\d{4}-\d{2}-\d{2}/.test(patient.birthDate ?? "")
    ? patient.birthDate?.slice(0, 10)
    : undefined;
  return {
    date,
    // FHIR allows "1990" or "1990-05"; only a full date is a birth date to screen with.
    subject: { ...(birthDate && { birthDate }), ...(sex && { sex }) },
    conditions,
    ...(procedures.length > 0 && { procedures: [...new Set(procedures)] }),
  };
}

const INDICATOR = {
  contraindicated: "critical",
  postpone: "warning",
  "needs-review": "warning",
  caution: "info",
} as const;

interface ScreeningResult {
  procedureId: string;
  verdict: string;
  until: string | null;
  reasons: { code: string; text: { en: string; ru: string }; sources: { article: string; line: number }[] }[];
}

/** One card per procedure that is not plainly eligible; none for eligible ones. */
export function cardsFor(
  results: readonly ScreeningResult[],
  names: (id: string) => string,
  baseUrl: string,
  unmatched: readonly { icd10?: string }[] = [],
) {
  // Codes the catalog has no rule for are said, never silently dropped.
  const unmatchedCard = unmatched.length
    ? [
        {
          summary: `No catalog rule for ${unmatched.map((c) => c.icd10).join(", ")}`.slice(0, 140),
          detail:
            "These diagnoses were not screened against any procedure: a practitioner should judge them.",
          indicator: "info",
          source: { label: "Cryodesk procedure catalog", url: `${baseUrl}/encyclopedia` },
        },
      ]
    : [];
  return [...unmatchedCard, ...procedureCards(results, names, baseUrl)];
}

function procedureCards(results: readonly ScreeningResult[], names: (id: string) => string, baseUrl: string) {
  return results
    .filter((result) => result.verdict in INDICATOR)
    .map((result) => {
      const verdict = result.verdict as keyof typeof INDICATOR;
      const label = verdict.replace("-", " ");
      const until = result.until ? ` until ${result.until}` : "";
      const summary = `${names(result.procedureId)}: ${label}${until}`.slice(0, 140);
      const detail = result.reasons
        .map(
          (reason) =>
            `- ${reason.text.en}${reason.sources.length ? ` (${reason.sources.map((s) => `${s.article}:${s.line}`).join(", ")})` : ""}`,
        )
        .join("\n");
      const url = `${baseUrl}/encyclopedia/${result.procedureId}`;
      return {
        summary,
        detail,
        indicator: INDICATOR[verdict],
        source: { label: "Cryodesk procedure catalog", url },
        links: [
          { label: `${names(result.procedureId)} in the Cryodesk encyclopedia`, url, type: "absolute" },
        ],
      };
    });
}
