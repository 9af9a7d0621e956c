import { describe, expect, it } from "vitest";
import {
  afterFailedAttempt,
  MAX_ATTEMPTS,
  planReminders,
  type ReminderContext,
  renderReminderEmail,
  renderReminderSms,
} from "./reminders.ts";

const startsAt = new Date("2026-11-25T07:00:00Z");
const hoursBefore = (hours: number) => new Date(startsAt.getTime() - hours * 3_600_000);

describe("planReminders", () => {
  it("plans 24 h and 2 h before on every channel the client can be reached on", () => {
    const planned = planReminders({
      startsAt,
      email: "anna@example.org",
      phone: "+7 (999) 123-45-67",
      now: hoursBefore(72),
    });
    expect(planned).toEqual([
      { channel: "email", recipient: "anna@example.org", kind: "24h", sendAt: hoursBefore(24) },
      { channel: "sms", recipient: "+79991234567", kind: "24h", sendAt: hoursBefore(24) },
      { channel: "email", recipient: "anna@example.org", kind: "2h", sendAt: hoursBefore(2) },
      { channel: "sms", recipient: "+79991234567", kind: "2h", sendAt: hoursBefore(2) },
    ]);
  });

  it("uses only the channels the client has contact data for", () => {
    const emailOnly = planReminders({
      startsAt,
      email: "anna@example.org",
      phone: null,
      now: hoursBefore(72),
    });
    expect(emailOnly.map((r) => `${r.channel} ${r.kind}`)).toEqual(["email 24h", "email 2h"]);
    const phoneOnly = planReminders({ startsAt, email: "  ", phone: "89991234567", now: hoursBefore(72) });
    expect(phoneOnly.map((r) => `${r.channel} ${r.kind}`)).toEqual(["sms 24h", "sms 2h"]);
    expect(planReminders({ startsAt, email: null, phone: null, now: hoursBefore(72) })).toEqual([]);
  });

  it("leaves out reminders whose time has already passed", () => {
    const bookedThreeHoursAhead = planReminders({
      startsAt,
      email: "a@b.cd",
      phone: null,
      now: hoursBefore(3),
    });
    expect(bookedThreeHoursAhead.map((r) => r.kind)).toEqual(["2h"]);
    expect(planReminders({ startsAt, email: "a@b.cd", phone: null, now: hoursBefore(1) })).toEqual([]);
  });

  it("takes clinic-chosen offsets", () => {
    const planned = planReminders({
      startsAt,
      email: "a@b.cd",
      phone: null,
      now: hoursBefore(100),
      offsets: [{ kind: "3d", minutesBefore: 3 * 24 * 60 }],
    });
    expect(planned).toEqual([{ channel: "email", recipient: "a@b.cd", kind: "3d", sendAt: hoursBefore(72) }]);
  });
});

describe("afterFailedAttempt", () => {
  const failedAt = new Date("2026-11-20T09:00:00Z");
  const later = new Date("2026-11-25T07:00:00Z");
  const minutesAfterFailure = (attempts: number) => {
    const decision = afterFailedAttempt({ attempts, failedAt, startsAt: later });
    return decision.retry
      ? (decision.nextAttemptAt.getTime() - failedAt.getTime()) / 60_000
      : decision.reason;
  };

  it("waits 1, 5, 15 and 60 minutes, then gives up after the last attempt", () => {
    expect([1, 2, 3, 4, 5].map(minutesAfterFailure)).toEqual([1, 5, 15, 60, "attempts-exhausted"]);
    expect(MAX_ATTEMPTS).toBe(5);
  });

  it("gives up when the next try would come after the appointment has begun", () => {
    const inTenMinutes = new Date(failedAt.getTime() + 10 * 60_000);
    expect(afterFailedAttempt({ attempts: 2, failedAt, startsAt: inTenMinutes })).toEqual({
      retry: true,
      nextAttemptAt: new Date(failedAt.getTime() + 5 * 60_000),
    });
    expect(afterFailedAttempt({ attempts: 3, failedAt, startsAt: inTenMinutes })).toEqual({
      retry: false,
      reason: "appointment-started",
    });
  });
});

describe("rendering", () => {
  const base: ReminderContext = {
    language: "en",
    clientFirstName: "Anna",
    clinicName: "Polar Clinic",
    clinicAddress: "Tverskaya 1",
    offeringName: "Cryolipolysis",
    startsAt: new Date("2026-11-25T07:00:00Z"),
    timeZone: "Europe/Moscow",
    now: new Date("2026-11-20T09:00:00Z"),
  };

  it("writes an English e-mail in the clinic's local time", () => {
    expect(renderReminderEmail(base)).toEqual({
      subject: "Reminder: Cryolipolysis on Wednesday, 25 November at 10:00",
      text: [
        "Hello Anna,",
        "",
        "This is a reminder of your appointment at Polar Clinic:",
        "",
        "Cryolipolysis",
        "Wednesday, 25 November 2026, 10:00",
        "Tverskaya 1",
        "",
        "If you cannot come, please let the clinic know in advance.",
        "",
      ].join("\n"),
    });
  });

  it("writes a Russian e-mail in the clinic's local time", () => {
    const email = renderReminderEmail({
      ...base,
      language: "ru",
      clientFirstName: "Анна",
      offeringName: "Криолиполиз",
    });
    expect(email.subject).toBe("Напоминание: Криолиполиз 25 ноября (среда) в 10:00");
    expect(email.text).toContain("Здравствуйте, Анна!");
    expect(email.text).toContain("Напоминаем о вашей записи в Polar Clinic:");
    expect(email.text).toContain("среда, 25 ноября 2026, 10:00");
  });

  it("shows the same instant at Berlin's wall-clock time for a Berlin clinic", () => {
    const berlin = { ...base, timeZone: "Europe/Berlin" };
    expect(renderReminderEmail(berlin).subject).toBe(
      "Reminder: Cryolipolysis on Wednesday, 25 November at 08:00",
    );
    expect(renderReminderSms({ ...berlin, language: "ru" })).toBe(
      "Polar Clinic: Cryolipolysis 25 ноября в 08:00.",
    );
  });

  it("follows summer time: the day after the spring change Berlin is two hours ahead of UTC", () => {
    const afterChange = {
      ...base,
      startsAt: new Date("2026-03-30T08:00:00Z"),
      now: new Date("2026-03-20T08:00:00Z"),
    };
    expect(renderReminderSms({ ...afterChange, timeZone: "Europe/Berlin" })).toBe(
      "Polar Clinic: Cryolipolysis on 30 Mar at 10:00.",
    );
    expect(renderReminderSms({ ...afterChange, timeZone: "Europe/Moscow" })).toBe(
      "Polar Clinic: Cryolipolysis on 30 Mar at 11:00.",
    );
  });

  it('says "tomorrow" and "today" by the clinic\'s calendar, not by UTC', () => {
    // 00:30 on the 24th in Moscow is still the 23rd in UTC: the appointment is tomorrow there.
    const justAfterMidnight = { ...base, now: new Date("2026-11-23T21:30:00Z") };
    expect(renderReminderEmail(justAfterMidnight).subject).toBe("Reminder: Cryolipolysis tomorrow at 10:00");
    expect(renderReminderSms({ ...justAfterMidnight, language: "ru" })).toBe(
      "Polar Clinic: Cryolipolysis завтра в 10:00.",
    );
    const nightOfTheDay = { ...base, now: new Date("2026-11-24T22:30:00Z") };
    expect(renderReminderSms(nightOfTheDay)).toBe("Polar Clinic: Cryolipolysis today at 10:00.");
    expect(renderReminderEmail({ ...nightOfTheDay, language: "ru" }).subject).toBe(
      "Напоминание: Cryolipolysis сегодня в 10:00",
    );
  });

  it("leaves out an empty address and greets without a name when there is none", () => {
    const text = renderReminderEmail({ ...base, clinicAddress: "", clientFirstName: " " }).text;
    expect(text.startsWith("Hello,\n")).toBe(true);
    expect(text).toContain("Wednesday, 25 November 2026, 10:00\n\nIf you cannot come");
  });
});
