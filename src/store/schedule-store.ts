import { sql } from "kysely";
import type { WorkingHoursItem } from "../domain/booking/offerings.ts";
import type { OpeningHours } from "../domain/clinics.ts";
import type { Qualification } from "../domain/roles.ts";
import type { Executor } from "./transaction.ts";

// When practitioners work: weekly hours per clinic, and time off as instant ranges.

const NO_HOURS: OpeningHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/**
 * Active practitioners of the organisation with their hours at the clinic, by name; or one
 * member, whatever their roles. Unset hours read as a week without hours.
 */
export async function listPractitionerHours(
  tx: Executor,
  organisationId: string,
  clinicId: string,
  userId?: string,
): Promise<WorkingHoursItem[]> {
  let query = tx
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .leftJoin("working_hours as w", (join) =>
      join
        .onRef("w.organisation_id", "=", "m.organisation_id")
        .onRef("w.user_id", "=", "m.user_id")
        .on("w.clinic_id", "=", clinicId),
    )
    .select(["m.user_id as userId", "u.name", "m.qualifications", "w.hours"])
    .where("m.organisation_id", "=", organisationId);
  query = userId
    ? query.where("m.user_id", "=", userId)
    : query.where("m.active", "=", true).where(sql<boolean>`'practitioner' = any(m.roles)`);
  const rows = await query.orderBy("u.name").orderBy("m.user_id").execute();
  return rows.map((row) => ({
    userId: row.userId,
    name: row.name,
    qualifications: row.qualifications as Qualification[],
    hours: (row.hours as OpeningHours | null) ?? NO_HOURS,
    hoursSet: row.hours !== null,
  }));
}

export async function upsertWorkingHours(
  tx: Executor,
  row: { organisationId: string; clinicId: string; userId: string; hours: OpeningHours; now: Date },
) {
  const hours = JSON.stringify(row.hours);
  await tx
    .insertInto("working_hours")
    .values({
      organisation_id: row.organisationId,
      clinic_id: row.clinicId,
      user_id: row.userId,
      hours,
      updated_at: row.now,
    })
    .onConflict((conflict) =>
      conflict
        .columns(["organisation_id", "clinic_id", "user_id"])
        .doUpdateSet({ hours, updated_at: row.now }),
    )
    .execute();
}

export interface StoredTimeOff {
  id: string;
  userId: string;
  start: Date;
  end: Date;
  reason: string;
}

export async function insertTimeOff(
  tx: Executor,
  row: {
    id: string;
    organisationId: string;
    userId: string;
    start: Date;
    end: Date;
    reason: string;
    now: Date;
  },
) {
  await tx
    .insertInto("time_off")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      user_id: row.userId,
      during: sql<string>`tstzrange(${row.start}::timestamptz, ${row.end}::timestamptz, '[)')`,
      reason: row.reason,
      created_at: row.now,
    })
    .execute();
}

function timeOffQuery(tx: Executor, organisationId: string, userId: string) {
  return tx
    .selectFrom("time_off")
    .select([
      "id",
      "user_id as userId",
      sql<Date>`lower(during)`.as("start"),
      sql<Date>`upper(during)`.as("end"),
      "reason",
    ])
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId);
}

const toTimeOff = (row: StoredTimeOff): StoredTimeOff => ({
  ...row,
  start: new Date(row.start),
  end: new Date(row.end),
});

/** A member's time off, by start. */
export async function listTimeOff(tx: Executor, organisationId: string, userId: string) {
  const rows = await timeOffQuery(tx, organisationId, userId)
    .orderBy(sql`lower(during)`)
    .orderBy("id")
    .execute();
  return rows.map(toTimeOff);
}

export async function findTimeOff(tx: Executor, organisationId: string, userId: string, id: string) {
  const row = await timeOffQuery(tx, organisationId, userId).where("id", "=", id).executeTakeFirst();
  return row && toTimeOff(row);
}

/** Deletes one period of time off; false when it was already gone. */
export async function deleteTimeOff(tx: Executor, organisationId: string, id: string): Promise<boolean> {
  const result = await tx
    .deleteFrom("time_off")
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
