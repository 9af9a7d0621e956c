import { normalizeIcd10 } from "../catalog/icd10.ts";
import { catalog } from "../catalog/load.ts";
import type { Actor } from "../domain/actor.ts";
import { notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { adverseEventResource } from "../fhir/adverse-event-resource.ts";
import { derivedId } from "../fhir/datatypes.ts";
import { bundleEverything } from "../fhir/everything-bundle.ts";
import { observationResources } from "../fhir/observation-resources.ts";
import {
  conditionResources,
  consentResource,
  patientResource,
  practitionerResource,
} from "../fhir/person-resources.ts";
import { questionnaireResponseResource } from "../fhir/questionnaire-response-resource.ts";
import type * as R4 from "../fhir/r4-types.ts";
import type {
  CatalogNames,
  Lang,
  RecordedCondition,
  ScreeningAnswers,
  SessionRecord,
  VitalSigns,
} from "../fhir/record-inputs.ts";
import { appointmentResource, procedureResource } from "../fhir/visit-resources.ts";
import type { ScreeningCondition, ScreeningRequest, Subject } from "../screening/contract.ts";
import { findAdverseEvents } from "../store/adverse-event-store.ts";
import { findAppointments } from "../store/appointment-read-store.ts";
import { findClient } from "../store/client-store.ts";
import { type FinishedSessionRow, findFinishedSessions } from "../store/fhir-export-store.ts";
import { listScreenings, type StoredScreening } from "../store/screening-store.ts";
import { listExposures } from "../store/session-record-store.ts";
import type { AppDeps } from "./deps.ts";

// `Patient/{id}/$everything`: a client's stored record mapped to the inputs of the pure
// FHIR builders, then bundled. Every reference the bundle holds points inside it: a link
// to a record that is not exported (an unfinished session) is left out, not dangled.

/** How many screenings the export reads; far more than a client gathers in years of courses. */
const SCREENING_LIMIT = 500;

const conditionKey = (condition: ScreeningCondition) =>
  [
    condition.icd10 ? `icd10:${normalizeIcd10(condition.icd10)}` : `id:${condition.id}`,
    condition.site ?? "",
  ].join("|");

/** Each condition any screening recorded, once, with the date it was first recorded. */
function recordedConditions(clientId: string, screenings: readonly StoredScreening[], lang: Lang) {
  const byKey = new Map<string, RecordedCondition>();
  // Oldest first, so the first sighting gives the recorded date and later ones the status.
  for (const screening of [...screenings].reverse()) {
    const conditions = (screening.request as { conditions?: ScreeningCondition[] } | null)?.conditions ?? [];
    for (const condition of conditions) {
      const key = conditionKey(condition);
      const known = byKey.get(key);
      const name = condition.id ? catalog.getCondition(condition.id)?.names[lang] : undefined;
      byKey.set(key, {
        ...condition,
        resourceId: derivedId(`condition:${clientId}:${key}`),
        ...(name && { text: name }),
        recordedDate: known?.recordedDate ?? screening.date,
      });
    }
  }
  return [...byKey.values()];
}

/** The vitals a pre-session screening took, linked to its session when that is exported. */
function vitalsOf(
  screening: StoredScreening,
  sessionByScreening: ReadonlyMap<string, string>,
): VitalSigns | null {
  const subject = (screening.request as { subject?: Subject } | null)?.subject ?? {};
  const sessionId = sessionByScreening.get(screening.id);
  const vitals: VitalSigns = {
    id: screening.id,
    clientId: screening.clientId,
    measuredAt: screening.recordedAt,
    ...(sessionId && { sessionId }),
    ...(subject.weightKg !== undefined && { weightKg: subject.weightKg }),
    ...(subject.bodyTemperatureC !== undefined && { bodyTemperatureC: subject.bodyTemperatureC }),
    ...(subject.bloodPressure && { bloodPressure: subject.bloodPressure }),
  };
  const measured =
    vitals.weightKg !== undefined || vitals.bodyTemperatureC !== undefined || vitals.bloodPressure;
  return measured ? vitals : null;
}

/** A stored screening's answers; the request was validated when it was stored. */
function answersOf(
  screening: StoredScreening,
  sessionByScreening: ReadonlyMap<string, string>,
): ScreeningAnswers {
  const request = (screening.request ?? {}) as Partial<ScreeningRequest>;
  const sessionId = sessionByScreening.get(screening.id);
  return {
    id: screening.id,
    clientId: screening.clientId,
    kind: screening.kind,
    recordedAt: screening.recordedAt,
    recordedBy: screening.recordedBy,
    ...(sessionId && { sessionId }),
    subject: request.subject ?? {},
    conditions: request.conditions ?? [],
    recentProcedures: request.recentProcedures ?? [],
    ...(request.site && { site: request.site }),
  };
}

function catalogNames(lang: Lang): CatalogNames {
  const related = (id: string) => catalog.relatedProcedures.find((procedure) => procedure.id === id);
  return {
    condition: (id) => catalog.getCondition(id)?.names[lang],
    site: (id) => catalog.sites.find((site) => site.id === id)?.names[lang],
    procedure: (id) => (catalog.getProcedure(id) ?? related(id))?.names[lang],
  };
}

async function sessionRecord(
  deps: AppDeps,
  organisationId: string,
  clientId: string,
  row: FinishedSessionRow,
): Promise<SessionRecord> {
  const procedure = catalog.getProcedure(row.procedureId);
  const exposures = await listExposures(deps.db, organisationId, row.id);
  return {
    id: row.id,
    appointmentId: row.appointmentId,
    clientId,
    practitioner: row.practitioner,
    device: row.device,
    procedureId: row.procedureId,
    procedureName: procedure
      ? { en: procedure.names.en, ru: procedure.names.ru }
      : { en: row.procedureId, ru: row.procedureId },
    method: row.methodId,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    // A finished session has only stopped exposures; their final time is what was done.
    exposures: exposures
      .filter((exposure) => exposure.elapsedMs !== null)
      .map((exposure) => ({
        area: exposure.area,
        method: exposure.methodId,
        seconds: Math.round((exposure.elapsedMs ?? 0) / 1000),
        limitSeconds: exposure.limitSeconds,
        temperatureSetC: exposure.temperatureSetC,
        temperatureMeasuredC: exposure.temperatureMeasuredC,
      })),
    nitrogenLitres: row.nitrogenLitres,
    outcome: row.outcome,
    notes: row.notes,
    discharge: row.discharge,
  };
}

/** The client's whole record as a FHIR R4 searchset Bundle, in the client's language. */
export async function everythingBundle(deps: AppDeps, actor: Actor, clientId: string): Promise<R4.Bundle> {
  const organisationId = actor.organisationId;
  const client = await findClient(deps.db, organisationId, clientId);
  if (!client) throw notFound("client");
  assertCan(actor.roles, "client.read");
  const lang: Lang = client.language;
  const [screenings, appointments, events, sessionRows] = await Promise.all([
    listScreenings(deps.db, organisationId, clientId, SCREENING_LIMIT),
    findAppointments(deps.db, organisationId, { clientId }),
    findAdverseEvents(deps.db, organisationId, { clientId }),
    findFinishedSessions(deps.db, organisationId, clientId),
  ]);
  const sessions = await Promise.all(
    sessionRows.map((row) => sessionRecord(deps, organisationId, clientId, row)),
  );
  const sessionByAppointment = new Map(sessions.map((s) => [s.appointmentId, s.id]));
  const sessionByScreening = new Map(
    sessionRows.flatMap((row) => (row.screeningId ? [[row.screeningId, row.id] as const] : [])),
  );
  const names = catalogNames(lang);
  // Oldest first, as the client answered them.
  const answers = [...screenings].reverse().map((screening) => answersOf(screening, sessionByScreening));
  const practitioners = new Map<string, { id: string; name: string }>();
  for (const person of [
    ...appointments.map((a) => a.practitioner),
    ...sessions.map((s) => s.practitioner),
    // Whoever recorded a screening is its response's author, so they are exported too.
    ...answers.flatMap((a) => (a.recordedBy ? [a.recordedBy] : [])),
  ])
    practitioners.set(person.id, person);
  const vitals = screenings
    .filter((screening) => screening.kind === "pre-session")
    .map((screening) => vitalsOf(screening, sessionByScreening))
    .filter((v): v is VitalSigns => v !== null);

  const resources: R4.FhirResource[] = [
    ...[...practitioners.values()].map(practitionerResource),
    ...conditionResources(clientId, recordedConditions(clientId, screenings, lang)),
    consentResource({ clientId, consents: client.consents, recordedAt: client.updatedAt }),
    ...answers.map((a) => questionnaireResponseResource(a, lang, names)),
    ...appointments.map(appointmentResource),
    ...sessions.map((session) => procedureResource(session, lang)),
    ...sessions.flatMap((session) => observationResources({ session }, lang)),
    ...vitals.flatMap((v) => observationResources({ vitals: v }, lang)),
    ...events.map((event) => {
      const sessionId = event.appointmentId ? sessionByAppointment.get(event.appointmentId) : undefined;
      return adverseEventResource(
        {
          id: event.id,
          sessionId: sessionId ?? null,
          clientId,
          type: event.type,
          severity: event.severity,
          onsetAt: event.onsetAt,
          actions: event.actions,
          followUp: event.followUp,
        },
        lang,
      );
    }),
  ];
  return bundleEverything({ patient: patientResource(client), resources, timestamp: actor.now });
}
