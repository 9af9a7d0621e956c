import { Temporal } from "temporal-polyfill";

// Wall-clock arithmetic in the clinic's zone, never the browser's: which local day and
// minute an instant falls on, and which instant a local day and minute mean.

export const MINUTES_PER_DAY = 24 * 60;

export interface LocalMoment {
  /** The clinic's local date, "YYYY-MM-DD". */
  date: string;
  /** Minutes since the local midnight by the wall clock (10:30 is 630, on a DST day too). */
  minutes: number;
}

export function localMoment(instant: string, timeZone: string): LocalMoment {
  const zoned = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone);
  return { date: zoned.toPlainDate().toString(), minutes: zoned.hour * 60 + zoned.minute };
}

/**
 * The instant of a local date and wall-clock minute, written with the clinic's offset
 * ("2026-03-29T10:00:00+02:00"). A time the clock skips is taken as the one just after;
 * the server says whether it can be booked.
 */
export function instantAt(date: string, minutes: number, timeZone: string): string {
  const time = Temporal.PlainTime.from({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
  return Temporal.PlainDate.from(date)
    .toPlainDateTime(time)
    .toZonedDateTime(timeZone)
    .toString({ timeZoneName: "never" });
}

export function todayIn(timeZone: string, now: Date = new Date()): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** The Monday of the date's week: clinics plan Monday to Sunday. */
export function weekStart(date: string): string {
  const day = Temporal.PlainDate.from(date);
  return day.subtract({ days: day.dayOfWeek - 1 }).toString();
}

export function daysFrom(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(first, index));
}

/** "mon".."sun" of a local date, as opening hours are keyed. */
export function weekdayKey(date: string): "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun" {
  const keys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
  return keys[Temporal.PlainDate.from(date).dayOfWeek - 1] ?? "mon";
}

/** "09:30" as minutes since midnight. */
export function clockMinutes(clock: string): number {
  const [hours, minutes] = clock.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Minutes since midnight as "09:30". */
export function clockText(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    return Temporal.PlainDate.from(value, { overflow: "reject" }).toString() === value;
  } catch {
    return false;
  }
}
