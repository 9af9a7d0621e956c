import type { Executor } from "./transaction.ts";

// The rows a client's FHIR export needs beyond what other stores already read: each
// finished session with its practitioner's name and the cabin or apparatus used.

export interface FinishedSessionRow {
  id: string;
  appointmentId: string;
  procedureId: string;
  methodId: string;
  screeningId: string | null;
  practitioner: { id: string; name: string };
  device: { id: string; name: string; kind: string } | null;
  startedAt: Date;
  finishedAt: Date;
  nitrogenLitres: number | null;
  outcome: string;
  notes: string;
  discharge: { at: Date; note: string; earlyReason: string | null } | null;
}

/** The client's sessions that were started and finished, oldest first. */
export async function findFinishedSessions(
  tx: Executor,
  organisationId: string,
  clientId: string,
): Promise<FinishedSessionRow[]> {
  const rows = await tx
    .selectFrom("treatment_sessions as s")
    .innerJoin("appointments as a", "a.id", "s.appointment_id")
    .innerJoin("users as u", "u.id", "s.practitioner_id")
    .leftJoin("resources as r", "r.id", "s.resource_id")
    .select([
      "s.id",
      "s.appointment_id",
      "s.procedure_id",
      "s.method_id",
      "s.screening_id",
      "s.practitioner_id",
      "u.name as practitioner_name",
      "s.resource_id",
      "r.name as resource_name",
      "r.kind as resource_kind",
      "s.started_at",
      "s.finished_at",
      "s.nitrogen_litres",
      "s.outcome",
      "s.notes",
      "s.discharged_at",
      "s.discharge_note",
      "s.early_discharge_reason",
    ])
    .where("s.organisation_id", "=", organisationId)
    .where("a.organisation_id", "=", organisationId)
    .where("a.client_id", "=", clientId)
    .where("s.started_at", "is not", null)
    .where("s.finished_at", "is not", null)
    .orderBy("s.started_at")
    .orderBy("s.id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    appointmentId: row.appointment_id,
    procedureId: row.procedure_id,
    methodId: row.method_id,
    screeningId: row.screening_id,
    practitioner: { id: row.practitioner_id, name: row.practitioner_name },
    device:
      row.resource_id && row.resource_name && row.resource_kind
        ? { id: row.resource_id, name: row.resource_name, kind: row.resource_kind }
        : null,
    startedAt: row.started_at as Date,
    finishedAt: row.finished_at as Date,
    nitrogenLitres: row.nitrogen_litres === null ? null : Number(row.nitrogen_litres),
    outcome: row.outcome,
    notes: row.notes,
    discharge:
      row.discharged_at && row.discharge_note !== null
        ? { at: row.discharged_at, note: row.discharge_note, earlyReason: row.early_discharge_reason }
        : null,
  }));
}
