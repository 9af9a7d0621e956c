import { Temporal } from "temporal-polyfill";

// Appointment reminders: which messages an appointment gets, when a failed one is
// tried again, and what it says. Pure: the clock, the clinic's zone and the client's
// contact data are passed in.

export type ReminderChannel = "email" | "sms";
export type ReminderLanguage = "ru" | "en";

export interface ReminderOffset {
  /** Stored in reminders.kind: one reminder of each kind per channel. */
  kind: string;
  minutesBefore: number;
}

/** The day before, and shortly before leaving for the clinic. */
export const DEFAULT_REMINDER_OFFSETS: readonly ReminderOffset[] = [
  { kind: "24h", minutesBefore: 24 * 60 },
  { kind: "2h", minutesBefore: 2 * 60 },
];

export interface PlannedReminder {
  channel: ReminderChannel;
  recipient: string;
  kind: string;
  sendAt: Date;
}

/** An SMS gateway wants the number alone: "+7 (999) 123-45-67" becomes "+79991234567". */
export function smsRecipient(phone: string): string {
  return phone.replace(/[\s()-]/g, "");
}

/**
 * The reminders of an appointment starting at `startsAt`: each offset on each channel the
 * client can be reached on. A reminder whose time has already passed is left out rather
 * than sent late: booked two hours ahead, the client gets neither the 24 h nor the 2 h one.
 */
export function planReminders(input: {
  startsAt: Date;
  email: string | null;
  phone: string | null;
  now: Date;
  offsets?: readonly ReminderOffset[];
}): PlannedReminder[] {
  const recipients: [ReminderChannel, string][] = [];
  if (input.email?.trim()) recipients.push(["email", input.email.trim()]);
  if (input.phone?.trim()) recipients.push(["sms", smsRecipient(input.phone)]);
  const planned: PlannedReminder[] = [];
  for (const offset of input.offsets ?? DEFAULT_REMINDER_OFFSETS) {
    const sendAt = new Date(input.startsAt.getTime() - offset.minutesBefore * 60_000);
    if (sendAt < input.now) continue;
    for (const [channel, recipient] of recipients) {
      planned.push({ channel, recipient, kind: offset.kind, sendAt });
    }
  }
  return planned;
}

/** Waits before the 2nd, 3rd, 4th and 5th attempt; after the 5th failure the reminder has failed. */
export const RETRY_DELAYS_MINUTES: readonly number[] = [1, 5, 15, 60];
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

export type RetryDecision =
  | { retry: true; nextAttemptAt: Date }
  | { retry: false; reason: "attempts-exhausted" | "appointment-started" };

/**
 * What follows a failed attempt. `attempts` counts the attempts made, this one included.
 * A reminder that could only go out once the appointment has begun is given up.
 */
export function afterFailedAttempt(input: {
  attempts: number;
  failedAt: Date;
  startsAt: Date;
}): RetryDecision {
  const delay = RETRY_DELAYS_MINUTES[input.attempts - 1];
  if (delay === undefined) return { retry: false, reason: "attempts-exhausted" };
  const nextAttemptAt = new Date(input.failedAt.getTime() + delay * 60_000);
  if (nextAttemptAt >= input.startsAt) return { retry: false, reason: "appointment-started" };
  return { retry: true, nextAttemptAt };
}

export interface ReminderContext {
  language: ReminderLanguage;
  clientFirstName: string;
  clinicName: string;
  clinicAddress: string;
  offeringName: string;
  startsAt: Date;
  /** The clinic's IANA zone: the client comes at the clinic's wall-clock time. */
  timeZone: string;
  /** When the message is written, to say "today" or "tomorrow" where it is. */
  now: Date;
}

export interface EmailContent {
  subject: string;
  text: string;
}

const MONTHS = {
  en: "January February March April May June July August September October November December".split(" "),
  // Genitive, as a date is read: "25 ноября".
  ru: "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(" "),
};
const MONTHS_SHORT_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
const WEEKDAYS = {
  en: "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" "),
  ru: "понедельник вторник среда четверг пятница суббота воскресенье".split(" "),
};

interface LocalStart {
  day: number;
  month: string;
  monthShortEn: string;
  year: number;
  weekday: string;
  time: string;
  /** "today" / "tomorrow" in the clinic's zone, or null for any other day. */
  relativeDay: string | null;
}

function localStart(context: ReminderContext): LocalStart {
  const language = context.language;
  const start = Temporal.Instant.fromEpochMilliseconds(context.startsAt.getTime()).toZonedDateTimeISO(
    context.timeZone,
  );
  const today = Temporal.Instant.fromEpochMilliseconds(context.now.getTime())
    .toZonedDateTimeISO(context.timeZone)
    .toPlainDate();
  const daysAhead = today.until(start.toPlainDate(), { largestUnit: "days" }).days;
  const relative = { en: ["today", "tomorrow"], ru: ["сегодня", "завтра"] }[language];
  return {
    day: start.day,
    month: MONTHS[language][start.month - 1] as string,
    monthShortEn: MONTHS_SHORT_EN[start.month - 1] as string,
    year: start.year,
    weekday: WEEKDAYS[language][start.dayOfWeek - 1] as string,
    time: `${String(start.hour).padStart(2, "0")}:${String(start.minute).padStart(2, "0")}`,
    relativeDay: daysAhead === 0 || daysAhead === 1 ? (relative[daysAhead] as string) : null,
  };
}

export function renderReminderEmail(context: ReminderContext): EmailContent {
  const at = localStart(context);
  const name = context.clientFirstName.trim();
  const address = context.clinicAddress.trim();
  if (context.language === "ru") {
    const when = at.relativeDay ?? `${at.day} ${at.month} (${at.weekday})`;
    return {
      subject: `Напоминание: ${context.offeringName} ${when} в ${at.time}`,
      text: [
        name ? `Здравствуйте, ${name}!` : "Здравствуйте!",
        "",
        `Напоминаем о вашей записи в ${context.clinicName}:`,
        "",
        context.offeringName,
        `${at.weekday}, ${at.day} ${at.month} ${at.year}, ${at.time}`,
        ...(address ? [address] : []),
        "",
        "Если вы не сможете прийти, пожалуйста, заранее сообщите клинике.",
        "",
      ].join("\n"),
    };
  }
  const when = at.relativeDay ?? `on ${at.weekday}, ${at.day} ${at.month}`;
  return {
    subject: `Reminder: ${context.offeringName} ${when} at ${at.time}`,
    text: [
      name ? `Hello ${name},` : "Hello,",
      "",
      `This is a reminder of your appointment at ${context.clinicName}:`,
      "",
      context.offeringName,
      `${at.weekday}, ${at.day} ${at.month} ${at.year}, ${at.time}`,
      ...(address ? [address] : []),
      "",
      "If you cannot come, please let the clinic know in advance.",
      "",
    ].join("\n"),
  };
}

/** One short line: what, when (clinic-local) and where. */
export function renderReminderSms(context: ReminderContext): string {
  const at = localStart(context);
  if (context.language === "ru") {
    const when = at.relativeDay ?? `${at.day} ${at.month}`;
    return `${context.clinicName}: ${context.offeringName} ${when} в ${at.time}.`;
  }
  const when = at.relativeDay ?? `on ${at.day} ${at.monthShortEn}`;
  return `${context.clinicName}: ${context.offeringName} ${when} at ${at.time}.`;
}
