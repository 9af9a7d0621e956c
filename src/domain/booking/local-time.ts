import { Temporal } from "temporal-polyfill";
import { type OpeningHours, WEEKDAYS, type Weekday } from "../clinics.ts";
import { intersect, normalise } from "./intervals.ts";
import type { Interval } from "./types.ts";

// Clinic-local wall-clock time turned into instants (epoch milliseconds).
//
// Rules, the same for opening hours, working hours and the slot grid:
// - a wall-clock time is converted on its own local day, so 10:00 stays 10:00 local on both
//   sides of a daylight-saving change;
// - interval boundaries use Temporal's 'compatible' disambiguation: a time skipped by spring
//   forward moves later by the size of the gap, a time repeated by fall back takes its first
//   occurrence;
// - "24:00" is the start of the next local day.
//
// Temporal is slow next to arithmetic on numbers, and availability converts thousands of
// times per search. A local day without an offset change has one offset all day, so its
// conversions are additions; only days touched by a change ask Temporal.

const MINUTE = 60_000;
const DAY = 86_400_000;
export const MINUTES_PER_DAY = 1440;

export interface LocalDay {
  readonly timeZone: string;
  /** ISO date, e.g. "2026-03-29". */
  readonly date: string;
  readonly weekday: Weekday;
  /** The day's first instant (its 00:00, or the first existing time after it). */
  readonly start: number;
  /** The next day's first instant: this day's "24:00". */
  readonly end: number;
  /** The day's 00:00 read as if it were UTC, for wall-clock arithmetic. */
  readonly wallMidnight: number;
  /** The zone's UTC offset all day long, or undefined when it changes on this day. */
  readonly offset: number | undefined;
}

/** Minutes after local midnight of "HH:MM" ("24:00" is 1440). */
export function clockMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

const zoned = (instant: number, timeZone: string) =>
  Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(timeZone);

/** The clinic-local ISO date of an instant. */
export function localDateOf(instant: number, timeZone: string): string {
  return zoned(instant, timeZone).toPlainDate().toString();
}

/** The first instant of a local ISO date (its 00:00, or the first existing time after it). */
export function startOfLocalDay(date: string, timeZone: string): number {
  return Temporal.PlainDate.from(date).toZonedDateTime(timeZone).epochMilliseconds;
}

/** The calendar date `days` after (or before) an ISO date. */
export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** Whole calendar days from one ISO date to another: a DST change never shortens a day here. */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "days" }).days;
}

/** The later of two ISO dates. */
export const laterDate = (a: string, b: string): string => (daysBetween(a, b) > 0 ? b : a);

/** Local days `from` (inclusive) to `to` (exclusive) as instants, e.g. an API's ?from&to. */
export function localDateRange(from: string, to: string, timeZone: string): Interval {
  return { start: startOfLocalDay(from, timeZone), end: startOfLocalDay(to, timeZone) };
}

/** ISO 8601 with the zone's offset at that instant, e.g. "2026-03-29T10:00:00+02:00". */
export function formatInstant(instant: number, timeZone: string): string {
  // Whole seconds with a whole-minute offset in years 1000–9999 (every slot and appointment):
  // plain arithmetic. Anything else the way Temporal writes it.
  if (instant % 1000 === 0) {
    const offset = offsetAt(instant, timeZone);
    const local = new Date(instant + offset);
    const year = local.getUTCFullYear();
    if (offset % 60_000 === 0 && year >= 1000 && year <= 9999) {
      const minutes = Math.abs(offset) / 60_000;
      const sign = offset < 0 ? "-" : "+";
      const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
      const mm = String(minutes % 60).padStart(2, "0");
      return `${local.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
    }
  }
  return zoned(instant, timeZone).toString({ timeZoneName: "never" });
}

const QUARTER_HOUR = 15 * 60_000;
const offsets = new Map<string, Map<number, number>>();

/**
 * The zone's UTC offset at an instant, in milliseconds. Looked up once per quarter hour of
 * UTC: a quarter in which the offset changes (its first and last millisecond disagree) is
 * never cached, so a DST change is exact to the millisecond.
 */
function offsetAt(instant: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone || zone.size > 100_000) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const quarter = Math.floor(instant / QUARTER_HOUR);
  const cached = zone.get(quarter);
  if (cached !== undefined) return cached;
  const offset = zoned(instant, timeZone).offsetNanoseconds / 1e6;
  const first = zoned(quarter * QUARTER_HOUR, timeZone).offsetNanoseconds / 1e6;
  const last = zoned((quarter + 1) * QUARTER_HOUR - 1, timeZone).offsetNanoseconds / 1e6;
  if (first === last) zone.set(quarter, offset);
  return offset;
}

interface OffsetChange {
  at: number;
  before: number;
  after: number;
}

/** The zone's offset at `from` and every change of it up to `to`. */
function offsetChanges(timeZone: string, from: number, to: number) {
  let cursor = zoned(from, timeZone);
  const initial = cursor.offsetNanoseconds / 1e6;
  const changes: OffsetChange[] = [];
  let offset = initial;
  for (;;) {
    const next = cursor.getTimeZoneTransition("next");
    if (!next || next.epochMilliseconds > to) break;
    const after = next.offsetNanoseconds / 1e6;
    changes.push({ at: next.epochMilliseconds, before: offset, after });
    offset = after;
    cursor = next;
  }
  return { initial, changes };
}

const isoDateOf = (wallMidnight: number) => new Date(wallMidnight).toISOString().slice(0, 10);
const weekdayOf = (wallMidnight: number) => WEEKDAYS[(new Date(wallMidnight).getUTCDay() + 6) % 7] as Weekday;

/** Every local day that overlaps [range.start, range.end), in order. */
export function localDays(range: Interval, timeZone: string): LocalDay[] {
  const first = zoned(range.start, timeZone);
  const last = zoned(Math.max(range.start, range.end - 1), timeZone);
  const firstMidnight = Date.UTC(first.year, first.month - 1, first.day);
  const lastMidnight = Date.UTC(last.year, last.month - 1, last.day);
  // Offsets stay within a day of UTC, so a two-day margin sees every change that matters.
  const { initial, changes } = offsetChanges(timeZone, firstMidnight - 2 * DAY, lastMidnight + 3 * DAY);

  // One more day than asked for: its start is the last day's end.
  const starts: number[] = [];
  const offsets: (number | undefined)[] = [];
  for (let wall = firstMidnight; wall <= lastMidnight + DAY; wall += DAY) {
    // A change touches a day when the wall times it skips or repeats fall on that day.
    let offset: number | undefined = initial;
    for (const change of changes) {
      const low = change.at + Math.min(change.before, change.after);
      const high = change.at + Math.max(change.before, change.after);
      if (high <= wall) offset = change.after;
      else if (low < wall + DAY) offset = undefined;
      if (offset === undefined || low >= wall + DAY) break;
    }
    offsets.push(offset);
    starts.push(offset === undefined ? startOfLocalDay(isoDateOf(wall), timeZone) : wall - offset);
  }

  const days: LocalDay[] = [];
  for (let index = 0, wall = firstMidnight; wall <= lastMidnight; index++, wall += DAY) {
    days.push({
      timeZone,
      date: isoDateOf(wall),
      weekday: weekdayOf(wall),
      start: starts[index] as number,
      end: starts[index + 1] as number,
      wallMidnight: wall,
      offset: offsets[index],
    });
  }
  return days;
}

function plainDateTime(day: LocalDay, minutes: number): Temporal.PlainDateTime {
  return Temporal.PlainDate.from(day.date).toPlainDateTime({
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
  });
}

/** The instant of a wall-clock time on a day, 'compatible' disambiguation; 1440 is the day's end. */
export function wallClockInstant(day: LocalDay, minutes: number): number {
  if (minutes >= MINUTES_PER_DAY) return day.end;
  if (day.offset !== undefined) return day.wallMidnight + minutes * MINUTE - day.offset;
  return plainDateTime(day, minutes).toZonedDateTime(day.timeZone, { disambiguation: "compatible" })
    .epochMilliseconds;
}

/** The first instant showing a wall-clock time on a day, or undefined if the clocks skip it. */
export function firstInstantOfWallClock(day: LocalDay, minutes: number): number | undefined {
  if (minutes >= MINUTES_PER_DAY) return undefined;
  if (day.offset !== undefined) return day.wallMidnight + minutes * MINUTE - day.offset;
  const wall = plainDateTime(day, minutes);
  // 'earlier' moves a skipped time back across the gap, so it reads differently afterwards.
  const instant = wall.toZonedDateTime(day.timeZone, { disambiguation: "earlier" });
  return instant.toPlainDateTime().equals(wall) ? instant.epochMilliseconds : undefined;
}

/** Weekly hours as minutes after midnight, each day's intervals sorted by opening. */
export type WeeklyMinutes = Readonly<Record<Weekday, readonly { open: number; close: number }[]>>;

export function weeklyMinutes(hours: OpeningHours): WeeklyMinutes {
  const result = {} as Record<Weekday, { open: number; close: number }[]>;
  for (const weekday of WEEKDAYS) {
    result[weekday] = hours[weekday]
      .map((i) => ({ open: clockMinutes(i.open), close: clockMinutes(i.close) }))
      .sort((a, b) => a.open - b.open);
  }
  return result;
}

export type Closures = readonly { startsOn: string; endsOn: string }[];

/** Whether a local ISO date falls in one of the closures (inclusive dates). */
export function isClosedOn(date: string, closures: Closures): boolean {
  return closures.some((closure) => closure.startsOn <= date && date <= closure.endsOn);
}

/** Weekly hours on the given days (skipping closed ones) as normalised instant intervals. */
export function hoursOnDays(
  hours: WeeklyMinutes,
  days: readonly LocalDay[],
  closures: Closures = [],
): Interval[] {
  const intervals: Interval[] = [];
  for (const day of days) {
    if (closures.length > 0 && isClosedOn(day.date, closures)) continue;
    for (const { open, close } of hours[day.weekday]) {
      intervals.push({ start: wallClockInstant(day, open), end: wallClockInstant(day, close) });
    }
  }
  return normalise(intervals);
}

/** Opening hours less closures as instant intervals within a window. */
export function openingIntervals(
  hours: OpeningHours,
  closures: Closures,
  timeZone: string,
  window: Interval,
): Interval[] {
  if (window.end <= window.start) return [];
  const all = hoursOnDays(weeklyMinutes(hours), localDays(window, timeZone), closures);
  return intersect(all, [window]);
}
