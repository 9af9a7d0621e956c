import { sql } from "kysely";
import type { AppointmentStatus } from "../domain/booking/appointments.ts";
import type { Executor } from "./transaction.ts";

// Appointments and the resources they hold. Overlaps are refused by the exclusion
// constraints of 0005_booking.sql; callers translate SQLSTATE 23P01 by constraint name.

export const EXCLUSION_VIOLATION = "23P01";

/** The constraint behind an exclusion violation, to tell "slot taken" from "client busy". */
export function violatedConstraint(error: unknown): string | undefined {
  const constraint = (error as { constraint?: unknown } | null)?.constraint;
  return typeof constraint === "string" ? constraint : undefined;
}

export interface AppointmentTimes {
  start: Date;
  end: Date;
  blockedStart: Date;
  blockedEnd: Date;
}

const range = (from: Date, to: Date) => sql<string>`tstzrange(${from}, ${to}, '[)')`;

export async function insertAppointment(
  tx: Executor,
  row: {
    id: string;
    organisationId: string;
    clinicId: string;
    clientId: string;
    offeringId: string;
    practitionerId: string;
    times: AppointmentTimes;
    resourceIds: readonly string[];
    source: "staff" | "online";
    notes: string;
    priceMinor: number;
    currency: string;
    createdBy: string | null;
    now: Date;
    /** The course and session number, for a course's session. */
    course?: { id: string; number: number };
  },
): Promise<void> {
  await tx
    .insertInto("appointments")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      clinic_id: row.clinicId,
      client_id: row.clientId,
      offering_id: row.offeringId,
      practitioner_id: row.practitionerId,
      starts_at: row.times.start,
      ends_at: row.times.end,
      blocked: range(row.times.blockedStart, row.times.blockedEnd),
      source: row.source,
      notes: row.notes,
      price_minor: row.priceMinor,
      currency: row.currency,
      created_by: row.createdBy,
      created_at: row.now,
      updated_at: row.now,
      ...(row.course && { course_id: row.course.id, course_session: row.course.number }),
    })
    .execute();
  await holdResources(tx, row.organisationId, row.id, row.resourceIds);
}

async function holdResources(
  tx: Executor,
  organisationId: string,
  appointmentId: string,
  ids: readonly string[],
) {
  if (ids.length === 0) return;
  await tx
    .insertInto("appointment_resources")
    .values(
      ids.map((resourceId) => ({
        organisation_id: organisationId,
        appointment_id: appointmentId,
        resource_id: resourceId,
      })),
    )
    .execute();
}

/** Moves an appointment to new times, practitioner and resources; bumps its iCalendar SEQUENCE. */
export async function moveAppointment(
  tx: Executor,
  organisationId: string,
  id: string,
  change: { practitionerId: string; times: AppointmentTimes; resourceIds: readonly string[]; now: Date },
): Promise<void> {
  await tx
    .deleteFrom("appointment_resources")
    .where("organisation_id", "=", organisationId)
    .where("appointment_id", "=", id)
    .execute();
  await tx
    .updateTable("appointments")
    .set({
      practitioner_id: change.practitionerId,
      starts_at: change.times.start,
      ends_at: change.times.end,
      blocked: range(change.times.blockedStart, change.times.blockedEnd),
      sequence: sql<number>`sequence + 1`,
      updated_at: change.now,
    })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .execute();
  await holdResources(tx, organisationId, id, change.resourceIds);
}

export async function setAppointmentStatus(
  tx: Executor,
  organisationId: string,
  id: string,
  change: { status: AppointmentStatus; cancelReason?: string; now: Date },
): Promise<void> {
  await tx
    .updateTable("appointments")
    .set({
      status: change.status,
      ...(change.cancelReason !== undefined && { cancel_reason: change.cancelReason }),
      sequence: sql<number>`sequence + 1`,
      updated_at: change.now,
    })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .execute();
}

/**
 * Takes transaction-scoped advisory locks on the keys (see holdKeys: party and hour), always
 * in the same order. Two bookings that could clash then queue on the first shared key instead
 * of waiting on each other's exclusion checks in opposite orders, which Postgres would end as
 * a deadlock; bookings at unrelated times do not wait at all.
 */
export async function lockBookingParties(tx: Executor, keys: readonly string[]): Promise<void> {
  await sql`select pg_advisory_xact_lock(key) from (
      select distinct hashtextextended(k, 0) as key from unnest(${sql.val([...keys])}::text[]) as k order by key
    ) as keys`.execute(tx);
}

/** A re-planned course session: its (possibly new) number, and booked again if it was suspended. */
export async function reinstateCourseSession(
  tx: Executor,
  organisationId: string,
  id: string,
  change: { number: number; now: Date },
): Promise<void> {
  await tx
    .updateTable("appointments")
    .set({ course_session: change.number, status: "booked", updated_at: change.now })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .execute();
}

/** Locks one appointment row for a change, so two changes of it queue instead of racing. */
export async function lockAppointment(tx: Executor, organisationId: string, id: string) {
  return tx
    .selectFrom("appointments")
    .select([
      "id",
      "status",
      "clinic_id",
      "client_id",
      "offering_id",
      "practitioner_id",
      "starts_at",
      "ends_at",
    ])
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}
