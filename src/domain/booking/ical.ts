import { Temporal } from "temporal-polyfill";

// RFC 5545 subscription feeds of appointments. Times are written in the clinic's own zone
// (DTSTART;TZID=...) with a VTIMEZONE built from the zone's real transitions, so a calendar
// app shows 10:00 as 10:00 on both sides of a DST change whatever zone its user is in.
// Notes and cancellation reasons stay out: a feed lives in third-party calendar services.

export type FeedOwnerKind = "practitioner" | "client";

export interface FeedEvent {
  appointmentId: string;
  start: Date;
  end: Date;
  /** booked, checked-in, completed, cancelled or no-show. */
  status: string;
  /** appointments.sequence: bumped on every change a calendar should see. */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
  offeringName: string;
  /** A course's session: the course's name, this session's number and the course's length ("3/10"). */
  course: { name: string; session: number; sessions: number } | null;
  clientName: string;
  practitionerName: string;
  clinic: { name: string; address: string; timeZone: string };
}

export interface FeedCalendar {
  ownerKind: FeedOwnerKind;
  /** The calendar's name in the subscriber's app (X-WR-CALNAME). */
  name: string;
  language: "ru" | "en";
  events: readonly FeedEvent[];
  /** When the feed is generated: every event's DTSTAMP. */
  now: Date;
}

const LABELS = {
  en: { practitioner: "Practitioner", cancelled: "Cancelled.", noShow: "The client did not come (no-show)." },
  ru: { practitioner: "Специалист", cancelled: "Отменено.", noShow: "Клиент не пришёл (неявка)." },
} as const;

/** TEXT value escaping (RFC 5545 3.3.11); control characters other than tab are not allowed in a line. */
export function escapeText(value: string): string {
  return value
    .replace(/[^\P{Cc}\t\n\r]/gu, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

const utf8Length = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 3.1); a continuation line
 * starts with one space, which counts. Splits between code points, never inside one's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

const formatLocal = (t: Temporal.PlainDateTime) =>
  `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;

/** 2026-03-29T08:00:00.000Z → 20260329T080000Z */
const formatUtc = (date: Date) =>
  date
    .toISOString()
    .replace(/\.\d{3}/, "")
    .replace(/[-:]/g, "");

const localTime = (date: Date, timeZone: string) =>
  Temporal.Instant.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(timeZone).toPlainDateTime();

/** UTC offset as ±hhmm, with seconds only when a (historical) offset has them. */
function formatOffset(nanoseconds: number): string {
  const totalSeconds = Math.round(Math.abs(nanoseconds) / 1e9);
  const sign = nanoseconds < 0 ? "-" : "+";
  const seconds = totalSeconds % 60;
  const hhmm = `${sign}${pad(Math.floor(totalSeconds / 3600))}${pad(Math.floor(totalSeconds / 60) % 60)}`;
  return seconds === 0 ? hhmm : `${hhmm}${pad(seconds)}`;
}

/** The zone's abbreviation (CET, EDT…) where one exists, else the offset the way tzdata writes it (+03). */
function zoneAbbreviation(at: Temporal.ZonedDateTime): string {
  for (const locale of ["en-US", "en-GB"]) {
    const name = new Intl.DateTimeFormat(locale, { timeZone: at.timeZoneId, timeZoneName: "short" })
      .formatToParts(at.epochMilliseconds)
      .find((part) => part.type === "timeZoneName")?.value;
    if (name && !/^(GMT|UTC)[+\-−]/.test(name)) return name;
  }
  const offset = formatOffset(at.offsetNanoseconds);
  return offset.endsWith("00") ? offset.slice(0, 3) : offset;
}

/** One STANDARD or DAYLIGHT observance starting at a transition; its DTSTART is in the old offset. */
function observance(transition: Temporal.ZonedDateTime): string[] {
  const from = transition.subtract({ nanoseconds: 1 }).offsetNanoseconds;
  const to = transition.offsetNanoseconds;
  const onset = transition.toInstant().add({ nanoseconds: from }).toZonedDateTimeISO("UTC").toPlainDateTime();
  // Temporal gives offsets, not DST flags: a move forward starts summer time, any other change is standard time.
  const kind = to > from ? "DAYLIGHT" : "STANDARD";
  return [
    `BEGIN:${kind}`,
    `DTSTART:${formatLocal(onset)}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    `TZNAME:${escapeText(zoneAbbreviation(transition))}`,
    `END:${kind}`,
  ];
}

/**
 * VTIMEZONE of an IANA zone for local years fromYear..toYear: the observance in force on
 * 1 January of fromYear, then one per offset change up to the end of toYear.
 */
export function timeZoneComponent(timeZone: string, fromYear: number, toYear: number): string[] {
  const start = Temporal.PlainDate.from({ year: fromYear, month: 1, day: 1 }).toZonedDateTime({ timeZone });
  const end = Temporal.PlainDate.from({ year: toYear + 1, month: 1, day: 1 }).toZonedDateTime({ timeZone });
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  const inForce = start.add({ nanoseconds: 1 }).getTimeZoneTransition("previous");
  if (inForce) {
    lines.push(...observance(inForce));
  } else {
    // A zone that never changed its offset (UTC and the like).
    const offset = formatOffset(start.offsetNanoseconds);
    lines.push("BEGIN:STANDARD", "DTSTART:19700101T000000", `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`);
    lines.push(`TZNAME:${escapeText(zoneAbbreviation(start))}`, "END:STANDARD");
  }
  for (let next = start.getTimeZoneTransition("next"); next; next = next.getTimeZoneTransition("next")) {
    if (Temporal.ZonedDateTime.compare(next, end) >= 0) break;
    lines.push(...observance(next));
  }
  lines.push("END:VTIMEZONE");
  return lines;
}

function eventComponent(event: FeedEvent, calendar: FeedCalendar): string[] {
  const labels = LABELS[calendar.language];
  const zone = event.clinic.timeZone;
  // A paused course's suspended session no longer holds its time: shown cancelled until re-planned.
  const cancelled =
    event.status === "cancelled" || event.status === "no-show" || event.status === "suspended";
  const what = event.course
    ? `${event.course.name} ${event.course.session}/${event.course.sessions}`
    : event.offeringName;
  const summary =
    calendar.ownerKind === "practitioner"
      ? `${what} — ${event.clientName}`
      : `${what} — ${event.clinic.name}`;
  const description = [
    ...(calendar.ownerKind === "client" ? [`${labels.practitioner}: ${event.practitionerName}`] : []),
    ...(event.status === "cancelled" ? [labels.cancelled] : []),
    ...(event.status === "no-show" ? [labels.noShow] : []),
  ].join("\n");
  return [
    "BEGIN:VEVENT",
    `UID:${event.appointmentId}@cryodesk`,
    `DTSTAMP:${formatUtc(calendar.now)}`,
    `DTSTART;TZID=${zone}:${formatLocal(localTime(event.start, zone))}`,
    `DTEND;TZID=${zone}:${formatLocal(localTime(event.end, zone))}`,
    `SEQUENCE:${event.sequence}`,
    `SUMMARY:${escapeText(summary)}`,
    `LOCATION:${escapeText([event.clinic.name, event.clinic.address].filter(Boolean).join(", "))}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    `STATUS:${cancelled ? "CANCELLED" : "CONFIRMED"}`,
    // A cancelled appointment no longer makes its time busy.
    `TRANSP:${cancelled ? "TRANSPARENT" : "OPAQUE"}`,
    `CREATED:${formatUtc(event.createdAt)}`,
    `LAST-MODIFIED:${formatUtc(event.updatedAt)}`,
    "END:VEVENT",
  ];
}

/** Local years each zone's events touch, so its VTIMEZONE covers every one of them. */
function yearsByZone(events: readonly FeedEvent[]): Map<string, { from: number; to: number }> {
  const years = new Map<string, { from: number; to: number }>();
  for (const event of events) {
    const zone = event.clinic.timeZone;
    const first = localTime(event.start, zone).year;
    const last = localTime(event.end, zone).year;
    const known = years.get(zone);
    years.set(zone, { from: Math.min(first, known?.from ?? first), to: Math.max(last, known?.to ?? last) });
  }
  return years;
}

/** The whole feed as one iCalendar object, CRLF line endings, folded lines. */
export function renderCalendar(calendar: FeedCalendar): string {
  const zones = yearsByZone(calendar.events);
  const lines = [
    "BEGIN:VCALENDAR",
    "PRODID:-//Cryodesk//Appointments//EN",
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(zones.size === 1 ? [`X-WR-TIMEZONE:${[...zones.keys()][0]}`] : []),
    // How often subscribers should poll: appointments move during the day.
    "REFRESH-INTERVAL;VALUE=DURATION:PT15M",
    "X-PUBLISHED-TTL:PT15M",
  ];
  for (const [zone, { from, to }] of zones) lines.push(...timeZoneComponent(zone, from, to));
  for (const event of calendar.events) lines.push(...eventComponent(event, calendar));
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
