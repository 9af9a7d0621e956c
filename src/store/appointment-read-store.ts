import { sql } from "kysely";
import type { AppointmentStatus } from "../domain/booking/appointments.ts";
import type { Executor } from "./transaction.ts";

// Appointments as the calendar and the API show them: with the client's, offering's,
// practitioner's and resources' names, in one query.

export interface AppointmentView {
  id: string;
  clinicId: string;
  timeZone: string;
  client: { id: string; name: string };
  offering: { id: string; name: string; procedureId: string };
  practitioner: { id: string; name: string };
  resources: { id: string; name: string; type: string }[];
  start: Date;
  end: Date;
  blockedStart: Date;
  blockedEnd: Date;
  status: AppointmentStatus;
  source: string;
  notes: string;
  cancelReason: string | null;
  priceMinor: number;
  currency: string;
  sequence: number;
  /** For a course's session: the course, its name, this session's number and the course's length. */
  course: { id: string; name: string; session: number; sessions: number } | null;
  createdAt: Date;
  updatedAt: Date;
}

export type AppointmentFilter =
  | { id: string }
  | { clinicId: string; from: Date; to: Date; includeCancelled: boolean }
  | { clientId: string }
  | { courseId: string };

export async function findAppointments(
  tx: Executor,
  organisationId: string,
  filter: AppointmentFilter,
): Promise<AppointmentView[]> {
  let query = tx
    .selectFrom("appointments as a")
    .innerJoin("clinics as k", "k.id", "a.clinic_id")
    .innerJoin("clients as c", "c.id", "a.client_id")
    .innerJoin("offerings as o", "o.id", "a.offering_id")
    .innerJoin("users as u", "u.id", "a.practitioner_id")
    .leftJoin("courses as co", "co.id", "a.course_id")
    .select([
      "a.id",
      "a.clinic_id",
      "k.time_zone",
      "a.client_id",
      sql<string>`c.last_name || ' ' || c.first_name`.as("client_name"),
      "a.offering_id",
      "o.name as offering_name",
      "o.procedure_id",
      "a.practitioner_id",
      "u.name as practitioner_name",
      "a.starts_at",
      "a.ends_at",
      sql<Date>`lower(a.blocked)`.as("blocked_start"),
      sql<Date>`upper(a.blocked)`.as("blocked_end"),
      "a.status",
      "a.source",
      "a.notes",
      "a.cancel_reason",
      "a.price_minor",
      "a.currency",
      "a.sequence",
      "a.course_id",
      "a.course_session",
      "co.name as course_name",
      "co.sessions as course_sessions",
      "a.created_at",
      "a.updated_at",
      sql<{ id: string; name: string; type: string }[]>`coalesce((
        select json_agg(json_build_object('id', r.id, 'name', r.name, 'type',
                 case when r.kind = 'device' then 'device:' || r.device_kind else r.kind end) order by r.name)
          from appointment_resources ar join resources r on r.id = ar.resource_id
         where ar.appointment_id = a.id), '[]')`.as("resources"),
    ])
    .where("a.organisation_id", "=", organisationId);
  if ("id" in filter) query = query.where("a.id", "=", filter.id);
  else if ("clientId" in filter) query = query.where("a.client_id", "=", filter.clientId);
  else if ("courseId" in filter) query = query.where("a.course_id", "=", filter.courseId);
  else {
    query = query
      .where("a.clinic_id", "=", filter.clinicId)
      .where(sql<boolean>`a.blocked && tstzrange(${filter.from}, ${filter.to}, '[)')`);
    if (!filter.includeCancelled) query = query.where("a.status", "not in", ["cancelled"]);
  }
  const rows = await query.orderBy("a.starts_at").orderBy("a.id").limit(5000).execute();
  return rows.map((row) => ({
    id: row.id,
    clinicId: row.clinic_id,
    timeZone: row.time_zone,
    client: { id: row.client_id, name: row.client_name },
    offering: { id: row.offering_id, name: row.offering_name, procedureId: row.procedure_id },
    practitioner: { id: row.practitioner_id, name: row.practitioner_name },
    resources: row.resources,
    start: row.starts_at,
    end: row.ends_at,
    blockedStart: new Date(row.blocked_start),
    blockedEnd: new Date(row.blocked_end),
    status: row.status as AppointmentStatus,
    source: row.source,
    notes: row.notes,
    cancelReason: row.cancel_reason,
    priceMinor: Number(row.price_minor),
    currency: row.currency,
    sequence: row.sequence,
    course:
      row.course_id && row.course_session !== null
        ? {
            id: row.course_id,
            name: row.course_name ?? "",
            session: row.course_session,
            sessions: row.course_sessions ?? 0,
          }
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}
