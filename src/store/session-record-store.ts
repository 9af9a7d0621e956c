import type { Selectable } from "kysely";
import type { SessionExposuresTable, TreatmentSessionsTable } from "./tables.ts";
import type { Executor } from "./transaction.ts";

// Treatment sessions, their exposures and photos. Every query is scoped by organisation.

export interface SessionRecord {
  id: string;
  appointmentId: string;
  procedureId: string;
  methodId: string;
  practitionerId: string;
  resourceId: string | null;
  status: "preparing" | "running" | "observing" | "finished";
  checklistAnswers: Record<string, unknown>;
  screeningId: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  observationUntil: Date | null;
  outcome: string;
  notes: string;
  nitrogenLitres: number | null;
  dischargedAt: Date | null;
  dischargedBy: string | null;
  dischargeNote: string | null;
  earlyDischargeReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ExposureRecord {
  id: string;
  area: string;
  methodId: string;
  limitSeconds: number;
  startedAt: Date | null;
  accumulatedMs: number;
  stoppedAt: Date | null;
  elapsedMs: number | null;
  temperatureSetC: number | null;
  temperatureMeasuredC: number | null;
  overrunReason: string | null;
  status: "running" | "paused" | "stopped";
  createdAt: Date;
}

const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value));

function toSession(row: Selectable<TreatmentSessionsTable>): SessionRecord {
  return {
    id: row.id,
    appointmentId: row.appointment_id,
    procedureId: row.procedure_id,
    methodId: row.method_id,
    practitionerId: row.practitioner_id,
    resourceId: row.resource_id,
    status: row.status as SessionRecord["status"],
    checklistAnswers: row.checklist_answers,
    screeningId: row.screening_id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    observationUntil: row.observation_until,
    outcome: row.outcome,
    notes: row.notes,
    nitrogenLitres: numberOrNull(row.nitrogen_litres),
    dischargedAt: row.discharged_at,
    dischargedBy: row.discharged_by,
    dischargeNote: row.discharge_note,
    earlyDischargeReason: row.early_discharge_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toExposure(row: Selectable<SessionExposuresTable>): ExposureRecord {
  return {
    id: row.id,
    area: row.area,
    methodId: row.method_id,
    limitSeconds: Number(row.limit_seconds),
    startedAt: row.started_at,
    accumulatedMs: Number(row.accumulated_ms),
    stoppedAt: row.stopped_at,
    elapsedMs: numberOrNull(row.elapsed_ms),
    temperatureSetC: numberOrNull(row.temperature_set_c),
    temperatureMeasuredC: numberOrNull(row.temperature_measured_c),
    overrunReason: row.overrun_reason,
    status: row.status as ExposureRecord["status"],
    createdAt: row.created_at,
  };
}

export async function insertSession(
  tx: Executor,
  row: {
    id: string;
    organisationId: string;
    appointmentId: string;
    procedureId: string;
    methodId: string;
    practitionerId: string;
    resourceId: string | null;
    now: Date;
  },
): Promise<void> {
  await tx
    .insertInto("treatment_sessions")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      appointment_id: row.appointmentId,
      procedure_id: row.procedureId,
      method_id: row.methodId,
      practitioner_id: row.practitionerId,
      resource_id: row.resourceId,
      checklist_answers: JSON.stringify({}),
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}

/** The session, locked for a change when `lock` is set so two devices' changes queue. */
export async function findSession(
  tx: Executor,
  organisationId: string,
  id: string,
  lock = false,
): Promise<SessionRecord | undefined> {
  let query = tx
    .selectFrom("treatment_sessions")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && toSession(row);
}

export interface SessionChange {
  status?: SessionRecord["status"];
  checklistAnswers?: Record<string, unknown>;
  screeningId?: string | null;
  startedAt?: Date;
  finishedAt?: Date;
  observationUntil?: Date;
  outcome?: string;
  notes?: string;
  nitrogenLitres?: number | null;
  discharge?: { at: Date; by: string | null; note: string; earlyReason: string | null };
  now: Date;
}

export async function updateSession(
  tx: Executor,
  organisationId: string,
  id: string,
  change: SessionChange,
): Promise<void> {
  await tx
    .updateTable("treatment_sessions")
    .set({
      ...(change.status !== undefined && { status: change.status }),
      ...(change.checklistAnswers !== undefined && {
        checklist_answers: JSON.stringify(change.checklistAnswers),
      }),
      ...(change.screeningId !== undefined && { screening_id: change.screeningId }),
      ...(change.startedAt !== undefined && { started_at: change.startedAt }),
      ...(change.finishedAt !== undefined && { finished_at: change.finishedAt }),
      ...(change.observationUntil !== undefined && { observation_until: change.observationUntil }),
      ...(change.outcome !== undefined && { outcome: change.outcome }),
      ...(change.notes !== undefined && { notes: change.notes }),
      ...(change.nitrogenLitres !== undefined && { nitrogen_litres: change.nitrogenLitres }),
      ...(change.discharge !== undefined && {
        discharged_at: change.discharge.at,
        discharged_by: change.discharge.by,
        discharge_note: change.discharge.note,
        early_discharge_reason: change.discharge.earlyReason,
      }),
      updated_at: change.now,
    })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .execute();
}

export async function insertExposure(
  tx: Executor,
  row: {
    id: string;
    organisationId: string;
    sessionId: string;
    area: string;
    methodId: string;
    limitSeconds: number;
    startedAt: Date;
    createdBy: string | null;
  },
): Promise<void> {
  await tx
    .insertInto("session_exposures")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      session_id: row.sessionId,
      area: row.area,
      method_id: row.methodId,
      limit_seconds: row.limitSeconds,
      started_at: row.startedAt,
      accumulated_ms: 0,
      status: "running",
      created_by: row.createdBy,
      created_at: row.startedAt,
    })
    .execute();
}

export async function listExposures(
  tx: Executor,
  organisationId: string,
  sessionId: string,
): Promise<ExposureRecord[]> {
  const rows = await tx
    .selectFrom("session_exposures")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("session_id", "=", sessionId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toExposure);
}

export interface ExposureChange {
  status: ExposureRecord["status"];
  startedAt: Date | null;
  accumulatedMs: number;
  stoppedAt?: Date;
  elapsedMs?: number;
  temperatureSetC?: number | null;
  temperatureMeasuredC?: number | null;
  overrunReason?: string | null;
}

export async function updateExposure(
  tx: Executor,
  organisationId: string,
  id: string,
  change: ExposureChange,
): Promise<void> {
  await tx
    .updateTable("session_exposures")
    .set({
      status: change.status,
      started_at: change.startedAt,
      accumulated_ms: change.accumulatedMs,
      ...(change.stoppedAt !== undefined && { stopped_at: change.stoppedAt }),
      ...(change.elapsedMs !== undefined && { elapsed_ms: change.elapsedMs }),
      ...(change.temperatureSetC !== undefined && { temperature_set_c: change.temperatureSetC }),
      ...(change.temperatureMeasuredC !== undefined && {
        temperature_measured_c: change.temperatureMeasuredC,
      }),
      ...(change.overrunReason !== undefined && { overrun_reason: change.overrunReason }),
    })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .execute();
}

export interface PhotoMeta {
  id: string;
  kind: "before" | "after";
  contentType: string;
  size: number;
  sha256: string;
  createdAt: Date;
}

export async function insertPhoto(
  tx: Executor,
  row: PhotoMeta & { organisationId: string; sessionId: string; bytes: Buffer; createdBy: string | null },
): Promise<void> {
  await tx
    .insertInto("session_photos")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      session_id: row.sessionId,
      kind: row.kind,
      content_type: row.contentType,
      bytes: row.bytes,
      size: row.size,
      sha256: row.sha256,
      created_by: row.createdBy,
      created_at: row.createdAt,
    })
    .execute();
}

export async function listPhotos(tx: Executor, organisationId: string, sessionId: string) {
  const rows = await tx
    .selectFrom("session_photos")
    .select(["id", "kind", "content_type", "size", "sha256", "created_at"])
    .where("organisation_id", "=", organisationId)
    .where("session_id", "=", sessionId)
    .orderBy("created_at")
    .execute();
  return rows.map(
    (row): PhotoMeta => ({
      id: row.id,
      kind: row.kind,
      contentType: row.content_type,
      size: row.size,
      sha256: row.sha256,
      createdAt: row.created_at,
    }),
  );
}

export async function findPhoto(tx: Executor, organisationId: string, sessionId: string, id: string) {
  return tx
    .selectFrom("session_photos")
    .select(["content_type", "bytes"])
    .where("organisation_id", "=", organisationId)
    .where("session_id", "=", sessionId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/**
 * The client a session treats and whether they consented to photos. With `lockClient` the
 * client's row is share-locked, so a consent withdrawn meanwhile waits for the caller's write.
 */
export async function findSessionClient(
  tx: Executor,
  organisationId: string,
  sessionId: string,
  lockClient = false,
): Promise<{ clientId: string; photoConsent: boolean } | undefined> {
  let query = tx
    .selectFrom("treatment_sessions as s")
    .innerJoin("appointments as a", (join) =>
      join.onRef("a.organisation_id", "=", "s.organisation_id").onRef("a.id", "=", "s.appointment_id"),
    )
    .innerJoin("clients as c", (join) =>
      join.onRef("c.organisation_id", "=", "a.organisation_id").onRef("c.id", "=", "a.client_id"),
    )
    .select(["c.id as clientId", "c.consent_photos as photoConsent"])
    .where("s.organisation_id", "=", organisationId)
    .where("s.id", "=", sessionId);
  if (lockClient) query = query.forShare("c");
  return query.executeTakeFirst();
}

/** The session of an appointment, if it has one (there is at most one). */
export async function sessionIdOfAppointment(
  tx: Executor,
  organisationId: string,
  appointmentId: string,
): Promise<string | undefined> {
  const row = await tx
    .selectFrom("treatment_sessions")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("appointment_id", "=", appointmentId)
    .executeTakeFirst();
  return row?.id;
}
