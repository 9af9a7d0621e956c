import type { Actor } from "../domain/actor.ts";
import { formatInstant } from "../domain/booking/local-time.ts";
import {
  assertPractitioner,
  type TimeOff,
  timeRangeCreateSchema,
  type WorkingHoursItem,
  workingHoursSetSchema,
} from "../domain/booking/offerings.ts";
import type { OpeningHours } from "../domain/clinics.ts";
import { notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import type { StaffMember } from "../domain/staff.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { appendAudit } from "../store/audit-store.ts";
import { findClinic } from "../store/clinic-store.ts";
import {
  deleteTimeOff,
  findTimeOff,
  insertTimeOff,
  listPractitionerHours,
  listTimeOff,
  type StoredTimeOff,
  upsertWorkingHours,
} from "../store/schedule-store.ts";
import { findStaffMember } from "../store/staff-store.ts";
import { type Executor, inTransaction } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";

// When practitioners work: weekly hours at each clinic (booking setup) and time off
// (kept by the front desk). Time off belongs to a person, not a clinic, so its
// instants are written in UTC.

async function memberOf(tx: Executor, actor: Actor, userId: string): Promise<StaffMember> {
  const member = await findStaffMember(tx, actor.organisationId, userId);
  if (!member) throw notFound("staff-member");
  return member;
}

async function assertClinic(tx: Executor, actor: Actor, clinicId: string) {
  if (!(await findClinic(tx, actor.organisationId, clinicId))) throw notFound("clinic");
}

const toTimeOff = (row: StoredTimeOff): TimeOff => ({
  ...row,
  start: formatInstant(row.start.getTime(), "UTC"),
  end: formatInstant(row.end.getTime(), "UTC"),
});

/** Every active practitioner with their hours at the clinic (null until set). */
export async function listWorkingHours(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
): Promise<WorkingHoursItem[]> {
  assertCan(actor.roles, "booking.read");
  await assertClinic(deps.db, actor, clinicId);
  return listPractitionerHours(deps.db, actor.organisationId, clinicId);
}

/** Sets a practitioner's weekly hours at a clinic inside a transaction. */
export async function setWorkingHoursIn(
  tx: Executor,
  actor: Actor,
  clinicId: string,
  userId: string,
  hours: OpeningHours,
): Promise<WorkingHoursItem> {
  await upsertWorkingHours(tx, {
    organisationId: actor.organisationId,
    clinicId,
    userId,
    hours,
    now: actor.now,
  });
  await appendAudit(tx, actor, {
    action: "working-hours.set",
    entityType: "user",
    entityId: userId,
    details: { clinicId, hours },
  });
  return (await listPractitionerHours(tx, actor.organisationId, clinicId, userId))[0] as WorkingHoursItem;
}

export async function setWorkingHours(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
  userId: string,
  body: unknown,
): Promise<WorkingHoursItem> {
  assertCan(actor.roles, "booking.setup");
  return inTransaction(deps.db, async (tx) => {
    await assertClinic(tx, actor, clinicId);
    const member = await memberOf(tx, actor, userId);
    const { hours } = parseOrThrow(workingHoursSetSchema, body);
    assertPractitioner(member.roles);
    return setWorkingHoursIn(tx, actor, clinicId, userId, hours);
  });
}

export async function listTimeOffOf(deps: AppDeps, actor: Actor, userId: string): Promise<TimeOff[]> {
  assertCan(actor.roles, "booking.read");
  await memberOf(deps.db, actor, userId);
  return (await listTimeOff(deps.db, actor.organisationId, userId)).map(toTimeOff);
}

export async function addTimeOff(
  deps: AppDeps,
  actor: Actor,
  userId: string,
  body: unknown,
): Promise<TimeOff> {
  assertCan(actor.roles, "schedule.manage");
  return inTransaction(deps.db, async (tx) => {
    await memberOf(tx, actor, userId);
    const input = parseOrThrow(timeRangeCreateSchema, body);
    const id = deps.newId();
    await insertTimeOff(tx, { id, organisationId: actor.organisationId, userId, ...input, now: actor.now });
    const timeOff = toTimeOff((await findTimeOff(tx, actor.organisationId, userId, id)) as StoredTimeOff);
    await appendAudit(tx, actor, {
      action: "time-off.add",
      entityType: "user",
      entityId: userId,
      details: { timeOffId: id, start: timeOff.start, end: timeOff.end, reason: timeOff.reason },
    });
    return timeOff;
  });
}

export async function removeTimeOff(deps: AppDeps, actor: Actor, userId: string, timeOffId: string) {
  assertCan(actor.roles, "schedule.manage");
  await inTransaction(deps.db, async (tx) => {
    await memberOf(tx, actor, userId);
    const stored = await findTimeOff(tx, actor.organisationId, userId, timeOffId);
    if (!stored || !(await deleteTimeOff(tx, actor.organisationId, timeOffId))) throw notFound("time-off");
    const timeOff = toTimeOff(stored);
    await appendAudit(tx, actor, {
      action: "time-off.remove",
      entityType: "user",
      entityId: userId,
      details: { timeOffId, start: timeOff.start, end: timeOff.end, reason: timeOff.reason },
    });
  });
}
