import { sql } from "kysely";
import type { PlannedReminder, ReminderChannel, ReminderLanguage } from "../domain/booking/reminders.ts";
import type { Executor } from "./transaction.ts";

// The reminders outbox. Statuses: pending → sending → sent, and from pending to
// cancelled; sending → pending again after a failed attempt, or failed after the last
// one; sending → unknown when the sender vanished while holding it.

export async function findAppointmentContact(tx: Executor, organisationId: string, appointmentId: string) {
  return tx
    .selectFrom("appointments as a")
    .innerJoin("clients as c", (join) =>
      join.onRef("c.organisation_id", "=", "a.organisation_id").onRef("c.id", "=", "a.client_id"),
    )
    .select(["a.status", "c.email", "c.phone"])
    .where("a.organisation_id", "=", organisationId)
    .where("a.id", "=", appointmentId)
    .executeTakeFirst();
}

export async function listPendingReminders(tx: Executor, organisationId: string, appointmentId: string) {
  return tx
    .selectFrom("reminders")
    .select(["id", "channel", "recipient", "kind", "send_at"])
    .where("organisation_id", "=", organisationId)
    .where("appointment_id", "=", appointmentId)
    .where("status", "=", "pending")
    .execute();
}

/** Inserts the planned reminders; one already pending, sending or sent for the same slot is kept as it is. */
export async function insertReminders(
  tx: Executor,
  rows: {
    organisationId: string;
    appointmentId: string;
    now: Date;
    planned: (PlannedReminder & { id: string })[];
  },
) {
  if (rows.planned.length === 0) return;
  await tx
    .insertInto("reminders")
    .values(
      rows.planned.map((reminder) => ({
        id: reminder.id,
        organisation_id: rows.organisationId,
        appointment_id: rows.appointmentId,
        channel: reminder.channel,
        recipient: reminder.recipient,
        kind: reminder.kind,
        send_at: reminder.sendAt,
        next_attempt_at: reminder.sendAt,
        created_at: rows.now,
      })),
    )
    .onConflict((conflict) =>
      conflict
        .columns(["appointment_id", "channel", "kind", "send_at"])
        // Literal, not parameters: the arbiter is the partial index reminders_one_per_slot,
        // which Postgres matches by proving its predicate from this one.
        .where(sql<boolean>`status in ('pending', 'sending', 'sent')`)
        .doNothing(),
    )
    .execute();
}

/**
 * Cancels an appointment's reminders that have not gone out (all of them, or only the listed
 * ones). A reminder in the hands of a sender is cancelled too, so a failed attempt can never
 * put it back in the queue for a time that no longer holds; it keeps its claim, so a send
 * that succeeds after all is still recorded as sent.
 */
export async function cancelPendingReminders(
  tx: Executor,
  organisationId: string,
  appointmentId: string,
  onlyIds?: readonly string[],
) {
  if (onlyIds?.length === 0) return;
  let query = tx
    .updateTable("reminders")
    .set({ status: "cancelled" })
    .where("organisation_id", "=", organisationId)
    .where("appointment_id", "=", appointmentId)
    .where("status", "in", ["pending", "sending"]);
  if (onlyIds) query = query.where("id", "in", onlyIds);
  await query.execute();
}

/**
 * Rows whose sender held them past the lease become unknown: the message may or may not
 * have gone out, and they are never handed over again.
 */
export async function expireLeases(tx: Executor, now: Date) {
  return tx
    .updateTable("reminders")
    .set((eb) => ({
      status: "unknown",
      attempts: eb("attempts", "+", 1),
      last_error: "The sender stopped while sending: the message may or may not have gone out.",
    }))
    .where("status", "=", "sending")
    .where("claimed_until", "<", now)
    .returning(["id", "organisation_id", "appointment_id", "channel", "kind"])
    .execute();
}

/**
 * Takes up to `limit` due pending reminders for this sender. SKIP LOCKED lets parallel
 * senders each take different rows instead of waiting for one another.
 */
export async function claimDueReminders(
  tx: Executor,
  input: { now: Date; claimedUntil: Date; limit: number },
) {
  const claimed = await tx
    .updateTable("reminders")
    .set({ status: "sending", claimed_until: input.claimedUntil })
    .where("id", "in", (eb) =>
      eb
        .selectFrom("reminders")
        .select("id")
        .where("status", "=", "pending")
        .where("next_attempt_at", "<=", input.now)
        .orderBy("next_attempt_at")
        .limit(input.limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning("id")
    .execute();
  if (claimed.length === 0) return [];
  const rows = await tx
    .selectFrom("reminders as r")
    .innerJoin("appointments as a", (join) =>
      join.onRef("a.organisation_id", "=", "r.organisation_id").onRef("a.id", "=", "r.appointment_id"),
    )
    .innerJoin("clients as c", (join) =>
      join.onRef("c.organisation_id", "=", "a.organisation_id").onRef("c.id", "=", "a.client_id"),
    )
    .innerJoin("clinics as cl", (join) =>
      join.onRef("cl.organisation_id", "=", "a.organisation_id").onRef("cl.id", "=", "a.clinic_id"),
    )
    .innerJoin("offerings as o", (join) =>
      join.onRef("o.organisation_id", "=", "a.organisation_id").onRef("o.id", "=", "a.offering_id"),
    )
    .select([
      "r.id",
      "r.organisation_id",
      "r.appointment_id",
      "r.channel",
      "r.recipient",
      "r.kind",
      "r.attempts",
      "a.status as appointment_status",
      "a.starts_at",
      "c.first_name",
      "c.language",
      "cl.name as clinic_name",
      "cl.address as clinic_address",
      "cl.time_zone",
      "o.name as offering_name",
    ])
    .where(
      "r.id",
      "in",
      claimed.map((row) => row.id),
    )
    .orderBy("r.next_attempt_at")
    .execute();
  return rows.map((row) => ({
    ...row,
    channel: row.channel as ReminderChannel,
    language: (row.language === "en" ? "en" : "ru") as ReminderLanguage,
  }));
}

export type ClaimedReminder = Awaited<ReturnType<typeof claimDueReminders>>[number];

export async function markSkipped(tx: Executor, ids: readonly string[], reason: string) {
  if (ids.length === 0) return;
  await tx
    .updateTable("reminders")
    .set({ status: "cancelled", claimed_until: null, last_error: reason })
    .where("id", "in", ids)
    .where("status", "=", "sending")
    .execute();
}

/**
 * The transport took the message. A row already marked unknown (our lease ran out while
 * the transport was slow) is corrected to sent: now we know.
 */
export async function markSent(tx: Executor, id: string, now: Date) {
  await tx
    .updateTable("reminders")
    .set((eb) => ({
      status: "sent",
      sent_at: now,
      claimed_until: null,
      last_error: null,
      // An unknown row had its attempt counted when its lease ran out.
      attempts: eb
        .case()
        .when("status", "=", "sending")
        .then(eb("attempts", "+", 1))
        .else(eb.ref("attempts"))
        .end(),
    }))
    .where("id", "=", id)
    .where((eb) =>
      eb.or([
        eb("status", "in", ["sending", "unknown"]),
        // Cancelled while the sender held it: it went out all the same.
        eb.and([eb("status", "=", "cancelled"), eb("claimed_until", "is not", null)]),
      ]),
    )
    .execute();
}

/**
 * The transport refused the message: pending again for `nextAttemptAt`, or failed for good.
 * A row that went unknown in the meantime stays unknown.
 */
export async function markAttemptFailed(
  tx: Executor,
  id: string,
  outcome: { error: string; nextAttemptAt: Date | null },
): Promise<boolean> {
  const result = await tx
    .updateTable("reminders")
    .set((eb) => ({
      status: outcome.nextAttemptAt ? "pending" : "failed",
      attempts: eb("attempts", "+", 1),
      claimed_until: null,
      last_error: outcome.error.slice(0, 1000),
      ...(outcome.nextAttemptAt && { next_attempt_at: outcome.nextAttemptAt }),
    }))
    .where("id", "=", id)
    .where("status", "=", "sending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Gives claimed rows that were never handed to a transport back to the next pass. */
export async function releaseClaims(tx: Executor, ids: readonly string[]) {
  if (ids.length === 0) return;
  await tx
    .updateTable("reminders")
    .set({ status: "pending", claimed_until: null })
    .where("id", "in", ids)
    .where("status", "=", "sending")
    .execute();
}
