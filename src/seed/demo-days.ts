import { Temporal } from "temporal-polyfill";
import { addDays, type Closures, localDateOf, openingIntervals } from "../domain/booking/local-time.ts";
import type { OpeningHours } from "../domain/clinics.ts";

// Which local days the demo schedule fills, and the instants of its wall-clock times.

const DAY = 86_400_000;
/** Far enough to find the next working day past any weekend or a long closure. */
const LOOK_AHEAD_DAYS = 15;

export interface DemoDays {
  /** Today, when the clinic is still open after `now`; otherwise null. */
  today: string | null;
  /** The first working day after today. */
  next: string | null;
}

/** The rest of today if the clinic is open after `now`, and the working day after it. */
export function demoDays(
  clinic: { timeZone: string; openingHours: OpeningHours; closures: Closures },
  now: number,
): DemoDays {
  const todayDate = localDateOf(now, clinic.timeZone);
  const open = openingIntervals(clinic.openingHours, clinic.closures, clinic.timeZone, {
    start: now,
    end: now + LOOK_AHEAD_DAYS * DAY,
  });
  const openDates = [...new Set(open.map((interval) => localDateOf(interval.start, clinic.timeZone)))];
  return {
    today: openDates.includes(todayDate) ? todayDate : null,
    next: openDates.find((date) => date >= addDays(todayDate, 1)) ?? null,
  };
}

/** The instant a clinic-local date and "HH:MM" name; a time the clocks skip moves forward. */
export function localInstant(date: string, clock: string, timeZone: string): number {
  return Temporal.PlainDateTime.from(`${date}T${clock}`).toZonedDateTime(timeZone, {
    disambiguation: "compatible",
  }).epochMilliseconds;
}
