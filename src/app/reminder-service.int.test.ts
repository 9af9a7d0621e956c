import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { PassThrough } from "node:stream";
import { sql } from "kysely";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { addMember, createOrganisation } from "../../test/support/factories.ts";
import { testDeps } from "../../test/support/test-database.ts";
import { listAudit } from "../store/audit-store.ts";
import type { AppDeps } from "./deps.ts";
import { cancelReminders, deliverDueReminders, scheduleReminders } from "./reminder-service.ts";
import {
  logTransport,
  type MessageTransport,
  type OutgoingMessage,
  smtpEmailTransport,
} from "./reminder-transports.ts";
import { startReminderWorker } from "./reminder-worker.ts";

// Delivery passes take every organisation's due reminders, and the worker's database is
// shared with other test files. Dates in 2005 keep these passes away from the reminders
// other files leave due in 2026; after each test its pending reminders are cancelled, so
// neither the next test's passes nor another file's meet them.

const NOW = new Date("2005-11-20T09:00:00Z");
// 10:00 in Moscow (UTC+3), the test clinic's zone.
const STARTS = new Date("2005-11-25T07:00:00Z");
const hoursBefore = (start: Date, hours: number) => new Date(start.getTime() - hours * 3_600_000);
const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);
const DAY_BEFORE = hoursBefore(STARTS, 24);

let deps: AppDeps;
const booked: { organisationId: string; appointmentId: string }[] = [];

beforeAll(async () => {
  deps = await testDeps();
});
afterEach(async () => {
  for (const { organisationId, appointmentId } of booked.splice(0)) {
    await cancelReminders(deps.db, organisationId, appointmentId);
  }
});

async function setUpClinic() {
  const org = await createOrganisation(deps, NOW);
  const practitioner = await addMember(deps, org.organisationId, ["practitioner"], ["cosmetologist"]);
  const offeringId = randomUUID();
  await deps.db
    .insertInto("offerings")
    .values({
      id: offeringId,
      organisation_id: org.organisationId,
      clinic_id: org.clinicId,
      procedure_id: "cryolipolysis",
      name: "Cryolipolysis",
      duration_minutes: 60,
      buffer_before_minutes: 0,
      buffer_after_minutes: 0,
      resource_types: [],
      qualifications: ["cosmetologist"],
      price_minor: 1_500_000,
      currency: "RUB",
    })
    .execute();
  return { ...org, practitionerId: practitioner.userId, offeringId };
}
type Clinic = Awaited<ReturnType<typeof setUpClinic>>;

/** A client and their booked appointment, written straight into the tables. */
async function book(
  clinic: Clinic,
  input: { startsAt?: Date; email?: string | null; phone?: string | null } = {},
): Promise<string> {
  const startsAt = input.startsAt ?? STARTS;
  const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
  const clientId = randomUUID();
  await deps.db
    .insertInto("clients")
    .values({
      id: clientId,
      organisation_id: clinic.organisationId,
      first_name: "Anna",
      last_name: "Petrova",
      middle_name: null,
      birth_date: null,
      sex: "female",
      phone: input.phone === undefined ? "+7 (999) 123-45-67" : input.phone,
      email: input.email === undefined ? `anna-${clientId.slice(0, 8)}@example.org` : input.email,
      language: "en",
      notes: "",
      consent_data_processing: true,
      consent_marketing: false,
      consent_photos: false,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  const appointmentId = randomUUID();
  await deps.db
    .insertInto("appointments")
    .values({
      id: appointmentId,
      organisation_id: clinic.organisationId,
      clinic_id: clinic.clinicId,
      client_id: clientId,
      offering_id: clinic.offeringId,
      practitioner_id: clinic.practitionerId,
      starts_at: startsAt,
      ends_at: endsAt,
      blocked: sql<string>`tstzrange(${startsAt}, ${endsAt}, '[)')`,
      source: "staff",
      price_minor: 1_500_000,
      currency: "RUB",
    })
    .execute();
  booked.push({ organisationId: clinic.organisationId, appointmentId });
  return appointmentId;
}

async function schedule(clinic: Clinic, appointmentId: string, startsAt = STARTS, now = NOW) {
  await scheduleReminders(deps.db, {
    organisationId: clinic.organisationId,
    appointmentId,
    startsAt,
    now,
    newId: randomUUID,
  });
}

function remindersOf(appointmentId: string) {
  return deps.db
    .selectFrom("reminders")
    .selectAll()
    .where("appointment_id", "=", appointmentId)
    .orderBy("send_at")
    .orderBy("channel")
    .execute();
}

/** A transport that keeps what it is handed; `fail` decides, per call, whether it refuses. */
function recorder(fail: (call: number) => boolean = () => false) {
  const handed: OutgoingMessage[] = [];
  let calls = 0;
  const transport: MessageTransport = {
    async send(message) {
      calls++;
      if (fail(calls)) throw new Error(`421 try again later (call ${calls})`);
      handed.push(message);
    },
    close: () => {},
  };
  return { transport, handed, calls: () => calls };
}

describe("scheduling reminders", () => {
  it("plans 24 h and 2 h reminders by e-mail and SMS, and scheduling again adds nothing", async () => {
    const clinic = await setUpClinic();
    const appointmentId = await book(clinic, { email: "anna@example.org" });
    await schedule(clinic, appointmentId);
    await schedule(clinic, appointmentId);
    const rows = await remindersOf(appointmentId);
    expect(rows.map((r) => [r.channel, r.kind, r.recipient, r.send_at, r.next_attempt_at, r.status])).toEqual(
      [
        ["email", "24h", "anna@example.org", DAY_BEFORE, DAY_BEFORE, "pending"],
        ["sms", "24h", "+79991234567", DAY_BEFORE, DAY_BEFORE, "pending"],
        ["email", "2h", "anna@example.org", hoursBefore(STARTS, 2), hoursBefore(STARTS, 2), "pending"],
        ["sms", "2h", "+79991234567", hoursBefore(STARTS, 2), hoursBefore(STARTS, 2), "pending"],
      ],
    );
  });

  it("plans only what is still ahead and only on channels the client has", async () => {
    const clinic = await setUpClinic();
    const appointmentId = await book(clinic, { phone: null });
    await schedule(clinic, appointmentId, STARTS, hoursBefore(STARTS, 5));
    const rows = await remindersOf(appointmentId);
    expect(rows.map((r) => `${r.channel} ${r.kind}`)).toEqual(["email 2h"]);
  });

  it("replaces the pending reminders when the appointment moves", async () => {
    const clinic = await setUpClinic();
    const appointmentId = await book(clinic);
    await schedule(clinic, appointmentId);
    const later = new Date(STARTS.getTime() + 24 * 3_600_000);
    await schedule(clinic, appointmentId, later);
    const rows = await remindersOf(appointmentId);
    expect(rows.filter((r) => r.status === "pending").map((r) => r.send_at)).toEqual([
      STARTS,
      STARTS,
      hoursBefore(later, 2),
      hoursBefore(later, 2),
    ]);
    expect(rows.filter((r) => r.status === "cancelled")).toHaveLength(4);
  });

  it("cancels pending reminders and leaves a sent one as sent", async () => {
    const clinic = await setUpClinic();
    const appointmentId = await book(clinic);
    await schedule(clinic, appointmentId);
    const sms = recorder();
    await deliverDueReminders(deps, { email: recorder().transport, sms: sms.transport }, DAY_BEFORE);
    // Scheduled again, as when a booking is saved without a change of time: nothing is repeated.
    await schedule(clinic, appointmentId);
    expect(await remindersOf(appointmentId)).toHaveLength(4);
    await cancelReminders(deps.db, clinic.organisationId, appointmentId);
    const rows = await remindersOf(appointmentId);
    expect(rows.map((r) => `${r.channel} ${r.kind} ${r.status}`)).toEqual([
      "email 24h sent",
      "sms 24h sent",
      "email 2h cancelled",
      "sms 2h cancelled",
    ]);
    await deliverDueReminders(deps, { email: recorder().transport, sms: sms.transport }, STARTS);
    expect(sms.handed).toHaveLength(1);
  });
});

describe("delivering reminders", () => {
  it("sends each due e-mail once over SMTP, with the reminder id as its Message-ID", async () => {
    const received: { to: string[]; raw: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push({
            to: (session.envelope.rcptTo as { address: string }[]).map((r) => r.address),
            raw: Buffer.concat(chunks).toString("utf8"),
          });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    const email = smtpEmailTransport(`smtp://127.0.0.1:${port}`, { from: "reminders@clinic.test" });
    try {
      const clinic = await setUpClinic();
      const appointmentId = await book(clinic, { email: "anna@example.org", phone: null });
      await schedule(clinic, appointmentId);
      const transports = { email, sms: recorder().transport };
      expect(await deliverDueReminders(deps, transports, DAY_BEFORE)).toEqual({
        sent: 1,
        failed: 0,
        retried: 0,
      });
      expect(await deliverDueReminders(deps, transports, minutesAfter(DAY_BEFORE, 30))).toEqual({
        sent: 0,
        failed: 0,
        retried: 0,
      });
      const [reminder] = await remindersOf(appointmentId);
      expect(received).toHaveLength(1);
      const [message] = received;
      expect(message?.to).toEqual(["anna@example.org"]);
      const headers = message?.raw.split("\r\n\r\n")[0] ?? "";
      expect(headers).toMatch(/^Subject: Reminder: Cryolipolysis tomorrow at 10:00$/m);
      expect(headers).toMatch(new RegExp(`^Message-ID: <${reminder?.id}@clinic.test>$`, "m"));
      expect(headers).toMatch(/^From: Test clinic <reminders@clinic.test>$/m);
      expect(message?.raw).toContain("Hello Anna,");
      expect(reminder).toMatchObject({ status: "sent", sent_at: DAY_BEFORE, attempts: 1 });
      const audit = await listAudit(deps.db, clinic.organisationId, { entityType: "reminder", limit: 10 });
      expect(audit.map((entry) => [entry.action, entry.entity_id, entry.actor_label])).toEqual([
        ["reminder.sent", reminder?.id, "system:reminders"],
      ]);
    } finally {
      email.close();
      await new Promise<void>((resolve) => smtp.close(resolve));
    }
  });

  it("retries a refused message after 1 and 5 minutes and sends it once", async () => {
    const clinic = await setUpClinic();
    const appointmentId = await book(clinic, { phone: null });
    await schedule(clinic, appointmentId);
    const email = recorder((call) => call <= 2);
    const transports = { email: email.transport, sms: recorder().transport };
    const pass = (at: Date) => deliverDueReminders(deps, transports, at);

    expect(await pass(DAY_BEFORE)).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(await pass(minutesAfter(DAY_BEFORE, 0.5))).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(await pass(minutesAfter(DAY_BEFORE, 1))).toEqual({ sent: 0, failed: 0, retried: 1 });
    const [waiting] = await remindersOf(appointmentId);
    expect(waiting).toMatchObject({
      status: "pending",
      attempts: 2,
      next_attempt_at: minutesAfter(DAY_BEFORE, 6),
      last_error: "421 try again later (call 2)",
    });
    expect(await pass(minutesAfter(DAY_BEFORE, 5))).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(await pass(minutesAfter(DAY_BEFORE, 6))).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await pass(minutesAfter(DAY_BEFORE, 120))).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(email.calls()).toBe(3);
    expect(email.handed).toHaveLength(1);
    const [sent] = await remindersOf(appointmentId);
    expect(sent).toMatchObject({ status: "sent", attempts: 3, last_error: null });
  });

  it("marks a reminder failed after its last attempt", async () => {
    const clinic = await setUpClinic();
    const appointmentId = await book(clinic, { phone: null });
    await schedule(clinic, appointmentId);
    const email = recorder(() => true);
    const transports = { email: email.transport, sms: recorder().transport };
    const outcomes = [];
    for (const minutes of [0, 1, 6, 21, 81]) {
      outcomes.push(await deliverDueReminders(deps, transports, minutesAfter(DAY_BEFORE, minutes)));
    }
    expect(outcomes.map((o) => o.retried + o.failed * 10)).toEqual([1, 1, 1, 1, 10]);
    const [reminder] = await remindersOf(appointmentId);
    expect(reminder).toMatchObject({
      status: "failed",
      attempts: 5,
      last_error: "421 try again later (call 5)",
    });
  });

  it("hands each message over once when two passes run at the same time", async () => {
    const clinic = await setUpClinic();
    const ids = [];
    for (const hour of [0, 2, 4]) {
      const appointmentId = await book(clinic, { startsAt: new Date(STARTS.getTime() + hour * 3_600_000) });
      await schedule(clinic, appointmentId);
      ids.push(...(await remindersOf(appointmentId)).filter((r) => r.kind === "24h").map((r) => r.id));
    }
    const email = recorder();
    const sms = recorder();
    const transports = { email: email.transport, sms: sms.transport };
    const at = minutesAfter(DAY_BEFORE, 4 * 60);
    // Small batches, so that more than one pass finds work.
    const counts = await Promise.all(
      [1, 2, 3].map(() => deliverDueReminders(deps, transports, at, { batchSize: 4 })),
    );
    const handed = [...email.handed, ...sms.handed].map((m) => m.id);
    expect(handed.sort()).toEqual(ids.sort());
    expect(counts.reduce((sum, c) => sum + c.sent, 0)).toBe(6);
  });

  it("never re-sends a message whose sender stopped mid-send: it becomes unknown", async () => {
    const clinic = await setUpClinic();
    const appointmentId = await book(clinic, { phone: null });
    await schedule(clinic, appointmentId);
    let finishHangingSend = () => {};
    let handedOver = () => {};
    const sendStarted = new Promise<void>((resolve) => (handedOver = resolve));
    const hanging: MessageTransport = {
      send: () => {
        handedOver();
        return new Promise<void>((resolve) => (finishHangingSend = resolve));
      },
      close: () => {},
    };
    // The first sender takes the message and never reports back, as a process killed mid-send.
    const stalled = deliverDueReminders(deps, { email: hanging, sms: hanging }, DAY_BEFORE, {
      leaseSeconds: 300,
    });
    await sendStarted;
    expect((await remindersOf(appointmentId))[0]?.status).toBe("sending");

    const email = recorder();
    const transports = { email: email.transport, sms: recorder().transport };
    await deliverDueReminders(deps, transports, minutesAfter(DAY_BEFORE, 4));
    expect((await remindersOf(appointmentId))[0]?.status).toBe("sending");
    await deliverDueReminders(deps, transports, minutesAfter(DAY_BEFORE, 6));
    await deliverDueReminders(deps, transports, minutesAfter(DAY_BEFORE, 60));
    expect(email.calls()).toBe(0);
    const [unknown] = await remindersOf(appointmentId);
    expect(unknown).toMatchObject({ status: "unknown", attempts: 1 });

    // Should the lost sender come back after all, its success is recorded: now we know.
    finishHangingSend();
    await stalled;
    expect((await remindersOf(appointmentId))[0]).toMatchObject({ status: "sent", sent_at: DAY_BEFORE });
  });

  it("does not retry a reminder whose appointment moved while a failing send held it", async () => {
    const clinic = await setUpClinic();
    const appointmentId = await book(clinic, { phone: null });
    await schedule(clinic, appointmentId);
    let refuse = () => {};
    let handedOver = () => {};
    const sendStarted = new Promise<void>((resolve) => (handedOver = resolve));
    const failing: MessageTransport = {
      send: () => {
        handedOver();
        return new Promise<void>((_resolve, reject) => (refuse = () => reject(new Error("421 busy"))));
      },
      close: () => {},
    };
    const attempt = deliverDueReminders(deps, { email: failing, sms: failing }, DAY_BEFORE);
    await sendStarted;
    // The appointment moves while the 24 h e-mail is with the sender, which then fails.
    await cancelReminders(deps.db, clinic.organisationId, appointmentId);
    refuse();
    await attempt;
    const email = recorder();
    await deliverDueReminders(
      deps,
      { email: email.transport, sms: recorder().transport },
      minutesAfter(DAY_BEFORE, 10),
    );
    expect(email.calls()).toBe(0);
    expect((await remindersOf(appointmentId))[0]?.status).toBe("cancelled");
  });

  it("does not send the reminders of an appointment cancelled meanwhile", async () => {
    const clinic = await setUpClinic();
    const appointmentId = await book(clinic);
    await schedule(clinic, appointmentId);
    // Cancelled without cancelling its reminders: delivery still checks the appointment.
    await deps.db
      .updateTable("appointments")
      .set({ status: "cancelled" })
      .where("id", "=", appointmentId)
      .execute();
    const email = recorder();
    const sms = recorder();
    await deliverDueReminders(deps, { email: email.transport, sms: sms.transport }, STARTS);
    expect(email.calls() + sms.calls()).toBe(0);
    const rows = await remindersOf(appointmentId);
    expect(rows.map((r) => r.status)).toEqual(["cancelled", "cancelled", "cancelled", "cancelled"]);
  });
});

describe("transports and the server's worker", () => {
  it("logs each message as one JSON line", async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    stream.on("data", (chunk: Buffer) => lines.push(...chunk.toString("utf8").split("\n").filter(Boolean)));
    const message = { id: "r-1", to: "+79991234567", senderName: "Test clinic", subject: "", text: "Hi." };
    await logTransport("sms", stream).send(message);
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { reminder: "sms", id: "r-1", to: "+79991234567", from: "Test clinic", text: "Hi." },
    ]);
  });

  it("delivers due reminders as soon as it starts, and stopping waits for the pass", async () => {
    const clinic = await setUpClinic();
    const appointmentId = await book(clinic, { phone: null });
    await schedule(clinic, appointmentId);
    const email = recorder();
    const stop = startReminderWorker({
      db: deps.db,
      transports: { email: email.transport, sms: recorder().transport },
      clock: () => DAY_BEFORE,
      intervalMs: 60_000,
    });
    await stop();
    expect(email.handed.map((m) => m.to)).toEqual([(await remindersOf(appointmentId))[0]?.recipient]);
  });
});
