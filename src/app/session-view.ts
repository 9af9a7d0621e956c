import { catalog } from "../catalog/load.ts";
import type { Procedure } from "../catalog/schema.ts";
import { notFound } from "../domain/errors.ts";
import { checklistComplete, preSessionChecklist } from "../domain/sessions/checklist.ts";
import { deviation, elapsedMs, phase, type TimerState } from "../domain/sessions/exposure.ts";
import { dischargeIsEarly } from "../domain/sessions/observation.ts";
import type { ExposureRecord, SessionRecord } from "../store/session-record-store.ts";
import { findSession, findSessionClient, listExposures, listPhotos } from "../store/session-record-store.ts";
import type { Executor } from "../store/transaction.ts";

// A session as the API shows it. Exposure times are computed from the server clock on
// every read, so a reload or a second device sees the same running timer.

export function procedureOf(procedureId: string): Procedure {
  const procedure = catalog.getProcedure(procedureId);
  if (!procedure) throw notFound("procedure");
  return procedure;
}

export function checklistOf(session: Pick<SessionRecord, "procedureId" | "methodId">) {
  return preSessionChecklist(procedureOf(session.procedureId), session.methodId, "en");
}

export const timerOf = (exposure: ExposureRecord): TimerState => ({
  startedAt: exposure.startedAt?.getTime() ?? null,
  accumulatedMs: exposure.accumulatedMs,
});

export function presentExposure(exposure: ExposureRecord, now: Date) {
  const elapsed = exposure.elapsedMs ?? elapsedMs(timerOf(exposure), now.getTime());
  return {
    id: exposure.id,
    area: exposure.area,
    methodId: exposure.methodId,
    status: exposure.status,
    limitSeconds: exposure.limitSeconds,
    elapsedSeconds: Math.floor(elapsed / 1000),
    phase: phase(elapsed, exposure.limitSeconds),
    deviation: deviation(elapsed, exposure.limitSeconds),
    overrunReason: exposure.overrunReason,
    temperatureSetC: exposure.temperatureSetC,
    temperatureMeasuredC: exposure.temperatureMeasuredC,
    startedAt: exposure.createdAt.toISOString(),
    stoppedAt: exposure.stoppedAt?.toISOString() ?? null,
  };
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

function presentDischarge(session: SessionRecord) {
  if (!session.dischargedAt) return null;
  return {
    dischargedAt: session.dischargedAt.toISOString(),
    dischargedBy: session.dischargedBy,
    note: session.dischargeNote ?? "",
    earlyReason: session.earlyDischargeReason,
    early: dischargeIsEarly(session.observationUntil, session.dischargedAt),
  };
}

export async function sessionView(db: Executor, organisationId: string, id: string, now: Date) {
  const session = await findSession(db, organisationId, id);
  if (!session) throw notFound("session");
  const items = checklistOf(session);
  const answers = session.checklistAnswers;
  const status = checklistComplete(items, answers);
  const invalidIds = new Set(status.invalid.map((i) => i.itemId));
  const exposures = await listExposures(db, organisationId, id);
  const client = await findSessionClient(db, organisationId, id);
  if (!client) throw notFound("client");
  return {
    id: session.id,
    appointmentId: session.appointmentId,
    clientId: client.clientId,
    // Whether photos may be taken: the client's consent as it stands now.
    photoConsent: client.photoConsent,
    procedureId: session.procedureId,
    methodId: session.methodId,
    practitionerId: session.practitionerId,
    resourceId: session.resourceId,
    status: session.status,
    checklist: {
      items: items.map((item) => {
        const answer = answers[item.id];
        const answered =
          answer !== undefined && answer !== null && answer !== false && !invalidIds.has(item.id);
        return { ...item, answered, answer: answer ?? null };
      }),
      complete: status.complete,
      missing: status.missing,
    },
    screeningId: session.screeningId,
    startedAt: iso(session.startedAt),
    finishedAt: iso(session.finishedAt),
    observationUntil: iso(session.observationUntil),
    outcome: session.outcome,
    notes: session.notes,
    nitrogenLitres: session.nitrogenLitres,
    discharge: presentDischarge(session),
    exposures: exposures.map((exposure) => presentExposure(exposure, now)),
    // What each photo is, never its bytes: those come from the photo's own address.
    photos: (await listPhotos(db, organisationId, id)).map((photo) => ({
      ...photo,
      createdAt: photo.createdAt.toISOString(),
    })),
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
  };
}
