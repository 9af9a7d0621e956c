import { sql } from "kysely";
import type { ClientPreferences, CourseRules } from "../domain/courses/types.ts";
import type { Executor } from "./transaction.ts";

// Courses and what planning needs to know about a client's other appointments.

export type CourseStatus = "active" | "paused" | "completed" | "cancelled";

export interface CourseRow {
  id: string;
  clinicId: string;
  clientId: string;
  offeringId: string;
  name: string;
  sessions: number;
  rules: CourseRules;
  preferences: ClientPreferences;
  status: CourseStatus;
  pausedReason: string | null;
  /** The adverse event that paused the course, if one did. */
  pausedByAdverseEvent: string | null;
  pausedAt: Date | null;
  createdAt: Date;
}

export async function insertCourse(
  tx: Executor,
  row: Omit<CourseRow, "status" | "pausedReason" | "pausedByAdverseEvent" | "pausedAt" | "createdAt"> & {
    organisationId: string;
    createdBy: string | null;
    now: Date;
  },
) {
  await tx
    .insertInto("courses")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      clinic_id: row.clinicId,
      client_id: row.clientId,
      offering_id: row.offeringId,
      name: row.name,
      sessions: row.sessions,
      rules: JSON.stringify(row.rules),
      preferences: JSON.stringify(row.preferences),
      created_by: row.createdBy,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}

export async function findCourses(
  tx: Executor,
  organisationId: string,
  filter: { id: string; forUpdate?: boolean } | { clientId: string },
): Promise<CourseRow[]> {
  let query = tx.selectFrom("courses").selectAll().where("organisation_id", "=", organisationId);
  query = "id" in filter ? query.where("id", "=", filter.id) : query.where("client_id", "=", filter.clientId);
  if ("id" in filter && filter.forUpdate) query = query.forUpdate();
  const rows = await query.orderBy("created_at", "desc").orderBy("id").execute();
  return rows.map((row) => ({
    id: row.id,
    clinicId: row.clinic_id,
    clientId: row.client_id,
    offeringId: row.offering_id,
    name: row.name,
    sessions: row.sessions,
    rules: row.rules as CourseRules,
    preferences: row.preferences as ClientPreferences,
    status: row.status as CourseStatus,
    pausedReason: row.paused_reason,
    pausedByAdverseEvent: row.paused_by_adverse_event,
    pausedAt: row.paused_at,
    createdAt: row.created_at,
  }));
}

export async function setCourseStatus(
  tx: Executor,
  organisationId: string,
  id: string,
  change: {
    status: CourseStatus;
    /** Why it is paused (a staff member's words, or the adverse event); null when it no longer is. */
    pause?: { reason: string | null; adverseEventId: string | null } | null;
    now: Date;
  },
) {
  await tx
    .updateTable("courses")
    .set({
      status: change.status,
      ...(change.pause !== undefined && {
        paused_reason: change.pause?.reason ?? null,
        paused_by_adverse_event: change.pause?.adverseEventId ?? null,
        paused_at: change.pause ? change.now : null,
      }),
      updated_at: change.now,
    })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .execute();
}

/**
 * The course's booked sessions starting at or after `from` stop holding their slots
 * (pausing; and a re-plan, before it moves them, so they never block each other).
 */
export async function suspendSessionsFrom(
  tx: Executor,
  organisationId: string,
  courseId: string,
  from: Date,
  now: Date,
) {
  const rows = await tx
    .updateTable("appointments")
    .set({ status: "suspended", sequence: sql<number>`sequence + 1`, updated_at: now })
    .where("organisation_id", "=", organisationId)
    .where("course_id", "=", courseId)
    .where("status", "=", "booked")
    .where("starts_at", ">=", from)
    .returning("id")
    .execute();
  return rows.map((row) => row.id);
}

/** The course's sessions still to happen: booked or suspended, starting at or after `from`. */
export async function sessionsStillToCome(
  tx: Executor,
  organisationId: string,
  courseId: string,
  from: Date,
) {
  const rows = await tx
    .selectFrom("appointments")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("course_id", "=", courseId)
    .where("status", "in", ["booked", "suspended"])
    .where("starts_at", ">=", from)
    .orderBy("course_session")
    .execute();
  return rows.map((row) => row.id);
}

export interface ClientAppointmentTime {
  id: string;
  courseId: string | null;
  procedureId: string;
  start: Date;
  end: Date;
}

/** The client's appointments that hold their slot, overlapping [from, to). */
export async function clientAppointmentsBetween(
  tx: Executor,
  organisationId: string,
  clientId: string,
  from: Date,
  to: Date,
): Promise<ClientAppointmentTime[]> {
  const rows = await tx
    .selectFrom("appointments as a")
    .innerJoin("offerings as o", "o.id", "a.offering_id")
    .select(["a.id", "a.course_id", "o.procedure_id", "a.starts_at", "a.ends_at"])
    .where("a.organisation_id", "=", organisationId)
    .where("a.client_id", "=", clientId)
    .where(sql<boolean>`appointment_holds_slot(a.status)`)
    .where("a.starts_at", "<", to)
    .where("a.ends_at", ">", from)
    .orderBy("a.starts_at")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    courseId: row.course_id,
    procedureId: row.procedure_id,
    start: row.starts_at,
    end: row.ends_at,
  }));
}

/** Start of the last session of the client's earlier courses of this procedure, if any. */
export async function lastCourseSessionOf(
  tx: Executor,
  organisationId: string,
  clientId: string,
  procedureId: string,
  exceptCourseId?: string,
  /** Only sessions before this instant: a later course is not the one this repeats. */
  before?: Date,
): Promise<Date | undefined> {
  let query = tx
    .selectFrom("appointments as a")
    .innerJoin("offerings as o", "o.id", "a.offering_id")
    .select((eb) => eb.fn.max("a.starts_at").as("last"))
    .where("a.organisation_id", "=", organisationId)
    .where("a.client_id", "=", clientId)
    .where("o.procedure_id", "=", procedureId)
    .where("a.course_id", "is not", null)
    .where("a.status", "in", ["booked", "checked-in", "completed"]);
  // Re-planning a course must not count the course itself as the one it repeats.
  if (exceptCourseId) query = query.where("a.course_id", "!=", exceptCourseId);
  if (before) query = query.where("a.starts_at", "<", before);
  const row = await query.executeTakeFirst();
  return row?.last ? new Date(row.last as unknown as string) : undefined;
}

/** Every session of a course with its status, read inside the caller's transaction. */
export async function courseSessionStates(tx: Executor, organisationId: string, courseId: string) {
  return tx
    .selectFrom("appointments")
    .select(["id", "status"])
    .where("organisation_id", "=", organisationId)
    .where("course_id", "=", courseId)
    .execute();
}
