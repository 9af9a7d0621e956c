import type { AdverseEventType, Severity } from "../domain/sessions/adverse-events.ts";
import type { Executor } from "./transaction.ts";

export interface AdverseEventRow {
  id: string;
  clientId: string;
  appointmentId: string | null;
  type: AdverseEventType;
  severity: Severity;
  onsetAt: Date;
  description: string;
  actions: string;
  followUp: string;
  recordedBy: { id: string; name: string } | null;
  recordedAt: Date;
  recovery: { at: Date; by: { id: string; name: string } | null; note: string } | null;
}

export async function insertAdverseEvent(
  tx: Executor,
  row: {
    id: string;
    organisationId: string;
    clientId: string;
    appointmentId: string | null;
    type: AdverseEventType;
    severity: Severity;
    onsetAt: Date;
    description: string;
    actions: string;
    followUp: string;
    recordedBy: string | null;
    now: Date;
  },
) {
  await tx
    .insertInto("adverse_events")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      client_id: row.clientId,
      appointment_id: row.appointmentId,
      type: row.type,
      severity: row.severity,
      onset_at: row.onsetAt,
      description: row.description,
      actions: row.actions,
      follow_up: row.followUp,
      recorded_by: row.recordedBy,
      recorded_at: row.now,
    })
    .execute();
}

/** A client's events newest onset first, one event by id, or the client's unrecovered ones. */
export async function findAdverseEvents(
  tx: Executor,
  organisationId: string,
  filter: { id: string; forUpdate?: boolean } | { clientId: string; unrecovered?: boolean },
): Promise<AdverseEventRow[]> {
  let query = tx
    .selectFrom("adverse_events as e")
    .leftJoin("users as r", "r.id", "e.recorded_by")
    .leftJoin("users as v", "v.id", "e.recovered_by")
    .selectAll("e")
    .select(["r.name as recorded_by_name", "v.name as recovered_by_name"])
    .where("e.organisation_id", "=", organisationId);
  if ("id" in filter) {
    query = query.where("e.id", "=", filter.id);
    if (filter.forUpdate) query = query.forUpdate("e");
  } else {
    query = query.where("e.client_id", "=", filter.clientId);
    if (filter.unrecovered) query = query.where("e.recovered_at", "is", null);
  }
  const rows = await query.orderBy("e.onset_at", "desc").orderBy("e.id").execute();
  return rows.map((row) => ({
    id: row.id,
    clientId: row.client_id,
    appointmentId: row.appointment_id,
    type: row.type as AdverseEventType,
    severity: row.severity as Severity,
    onsetAt: row.onset_at,
    description: row.description,
    actions: row.actions,
    followUp: row.follow_up,
    recordedBy: row.recorded_by ? { id: row.recorded_by, name: row.recorded_by_name ?? "" } : null,
    recordedAt: row.recorded_at,
    recovery:
      row.recovered_at && row.recovery_note !== null
        ? {
            at: row.recovered_at,
            by: row.recovered_by ? { id: row.recovered_by, name: row.recovered_by_name ?? "" } : null,
            note: row.recovery_note,
          }
        : null,
  }));
}

export async function markRecovered(
  tx: Executor,
  organisationId: string,
  id: string,
  recovery: { by: string | null; note: string; now: Date },
) {
  await tx
    .updateTable("adverse_events")
    .set({ recovered_at: recovery.now, recovered_by: recovery.by, recovery_note: recovery.note })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .execute();
}
