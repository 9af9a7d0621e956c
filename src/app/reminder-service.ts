import type { Kysely } from "kysely";
import type { Actor } from "../domain/actor.ts";
import {
  afterFailedAttempt,
  type PlannedReminder,
  planReminders,
  type ReminderContext,
  renderReminderEmail,
  renderReminderSms,
} from "../domain/booking/reminders.ts";
import { notFound } from "../domain/errors.ts";
import { appendAudit } from "../store/audit-store.ts";
import {
  type ClaimedReminder,
  cancelPendingReminders,
  claimDueReminders,
  expireLeases,
  findAppointmentContact,
  insertReminders,
  listPendingReminders,
  markAttemptFailed,
  markSent,
  markSkipped,
  releaseClaims,
} from "../store/reminder-store.ts";
import type { DB } from "../store/tables.ts";
import { type Executor, inTransaction } from "../store/transaction.ts";
import type { OutgoingMessage, ReminderTransports } from "./reminder-transports.ts";

// The reminder outbox: rows are written in the booking's own transaction, so a reminder
// exists exactly when its appointment does, and a delivery pass sends them later.
//
// Never sent twice: a row is claimed (pending → sending, with a lease) in a short
// transaction that commits BEFORE the message is handed to the transport, and only a
// pending row can be claimed. If the sender dies between the hand-over and recording the
// outcome, nobody can tell whether the message went out; such a row, found in `sending`
// past its lease, becomes `unknown` and is never handed over again. We prefer a rare lost
// reminder to a duplicate one. The reminder id travels as the e-mail Message-ID, so a
// receiver can drop a repeat too.

/**
 * Makes the pending reminders of an appointment those of its start `startsAt`: missing
 * ones are added, pending ones for another start or an old address are cancelled.
 * Scheduling twice for the same start changes nothing. Runs in the booking's transaction.
 */
export async function scheduleReminders(
  tx: Executor,
  input: {
    organisationId: string;
    appointmentId: string;
    startsAt: Date;
    now: Date;
    newId: () => string;
    /** An appointment booked in this transaction, with its client's contact: nothing is pending yet. */
    newAppointment?: { email: string | null; phone: string | null };
  },
): Promise<void> {
  if (input.newAppointment) {
    const planned = planReminders({ startsAt: input.startsAt, ...input.newAppointment, now: input.now });
    await insertReminders(tx, {
      organisationId: input.organisationId,
      appointmentId: input.appointmentId,
      now: input.now,
      planned: planned.map((plan) => ({ ...plan, id: input.newId() })),
    });
    return;
  }
  const appointment = await findAppointmentContact(tx, input.organisationId, input.appointmentId);
  if (!appointment) throw notFound("appointment");
  const planned =
    appointment.status === "booked"
      ? planReminders({
          startsAt: input.startsAt,
          email: appointment.email,
          phone: appointment.phone,
          now: input.now,
        })
      : [];
  const pending = await listPendingReminders(tx, input.organisationId, input.appointmentId);
  const same = (row: (typeof pending)[number], plan: PlannedReminder) =>
    row.channel === plan.channel &&
    row.kind === plan.kind &&
    row.recipient === plan.recipient &&
    new Date(row.send_at).getTime() === plan.sendAt.getTime();
  const stale = pending.filter((row) => !planned.some((plan) => same(row, plan)));
  const missing = planned.filter((plan) => !pending.some((row) => same(row, plan)));
  await cancelPendingReminders(
    tx,
    input.organisationId,
    input.appointmentId,
    stale.map((row) => row.id),
  );
  await insertReminders(tx, {
    organisationId: input.organisationId,
    appointmentId: input.appointmentId,
    now: input.now,
    planned: missing.map((plan) => ({ ...plan, id: input.newId() })),
  });
}

/**
 * Cancels the appointment's reminders not yet sent. One a sender holds cannot be recalled,
 * but a failed attempt will not retry it.
 */
export async function cancelReminders(
  tx: Executor,
  organisationId: string,
  appointmentId: string,
): Promise<void> {
  await cancelPendingReminders(tx, organisationId, appointmentId);
}

export interface DeliveryCounts {
  sent: number;
  failed: number;
  retried: number;
}

/**
 * One delivery pass over every organisation's due reminders, up to `batchSize` of them.
 * The lease must outlast handing the whole batch over (each transport bounds its own
 * time); a lease that runs out only turns a row into `unknown`, never into a repeat.
 */
export async function deliverDueReminders(
  deps: { db: Kysely<DB> },
  transports: ReminderTransports,
  now: Date,
  options: { batchSize?: number; leaseSeconds?: number } = {},
): Promise<DeliveryCounts> {
  const batchSize = options.batchSize ?? 10;
  const leaseSeconds = options.leaseSeconds ?? 600;
  await inTransaction(deps.db, async (tx) => {
    for (const row of await expireLeases(tx, now)) {
      await audit(tx, row.organisation_id, now, "reminder.unknown", row);
    }
  });
  const claimed = await inTransaction(deps.db, async (tx) => {
    const rows = await claimDueReminders(tx, {
      now,
      claimedUntil: new Date(now.getTime() + leaseSeconds * 1000),
      limit: batchSize,
    });
    const notBooked = rows.filter((row) => row.appointment_status !== "booked");
    const begun = rows.filter((row) => row.appointment_status === "booked" && new Date(row.starts_at) <= now);
    await markSkipped(
      tx,
      notBooked.map((row) => row.id),
      "The appointment is no longer booked.",
    );
    await markSkipped(
      tx,
      begun.map((row) => row.id),
      "The appointment had begun.",
    );
    for (const row of [...notBooked, ...begun]) {
      await audit(tx, row.organisation_id, now, "reminder.skip", row);
    }
    return rows.filter((row) => !notBooked.includes(row) && !begun.includes(row));
  });
  // Committed: these rows are ours alone now, whatever happens to this process.
  const counts: DeliveryCounts = { sent: 0, failed: 0, retried: 0 };
  for (const [index, reminder] of claimed.entries()) {
    try {
      await handOver(deps, transports, reminder, now, counts);
    } catch (error) {
      // The outcome could not be recorded (the database went away). Rows not yet handed
      // over go back to pending if possible, rather than ending unknown unsent.
      const untouched = claimed.slice(index + 1).map((row) => row.id);
      await inTransaction(deps.db, (tx) => releaseClaims(tx, untouched)).catch(() => {});
      throw error;
    }
  }
  return counts;
}

async function handOver(
  deps: { db: Kysely<DB> },
  transports: ReminderTransports,
  reminder: ClaimedReminder,
  now: Date,
  counts: DeliveryCounts,
) {
  let failure: string | undefined;
  try {
    await transports[reminder.channel].send(message(reminder, now));
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  await inTransaction(deps.db, async (tx) => {
    if (failure === undefined) {
      await markSent(tx, reminder.id, now);
      counts.sent++;
      await audit(tx, reminder.organisation_id, now, "reminder.sent", reminder);
      return;
    }
    const decision = afterFailedAttempt({
      attempts: reminder.attempts + 1,
      failedAt: now,
      startsAt: new Date(reminder.starts_at),
    });
    const nextAttemptAt = decision.retry ? decision.nextAttemptAt : null;
    if (!(await markAttemptFailed(tx, reminder.id, { error: failure, nextAttemptAt }))) return;
    if (decision.retry) {
      counts.retried++;
      return;
    }
    counts.failed++;
    await audit(tx, reminder.organisation_id, now, "reminder.failed", reminder, { error: failure });
  });
}

function message(reminder: ClaimedReminder, now: Date): OutgoingMessage {
  const context: ReminderContext = {
    language: reminder.language,
    clientFirstName: reminder.first_name,
    clinicName: reminder.clinic_name,
    clinicAddress: reminder.clinic_address,
    offeringName: reminder.offering_name,
    startsAt: new Date(reminder.starts_at),
    timeZone: reminder.time_zone,
    now,
  };
  const base = { id: reminder.id, to: reminder.recipient, senderName: reminder.clinic_name };
  if (reminder.channel === "sms") return { ...base, subject: "", text: renderReminderSms(context) };
  return { ...base, ...renderReminderEmail(context) };
}

/** The audit log is append-only, so it records what happened but not the recipient's address. */
function audit(
  tx: Executor,
  organisationId: string,
  now: Date,
  action: string,
  reminder: { id: string; appointment_id: string; channel: string; kind: string },
  extra: Record<string, unknown> = {},
) {
  const actor: Actor = {
    organisationId,
    userId: null,
    label: "system:reminders",
    roles: [],
    ip: null,
    userAgent: null,
    now,
  };
  return appendAudit(tx, actor, {
    action,
    entityType: "reminder",
    entityId: reminder.id,
    details: {
      appointmentId: reminder.appointment_id,
      channel: reminder.channel,
      kind: reminder.kind,
      ...extra,
    },
  });
}
