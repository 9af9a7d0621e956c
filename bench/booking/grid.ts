import { Temporal } from "temporal-polyfill";

// The calendar both halves of the booking benchmark aim at: 30-minute sessions starting
// on the clinic's quarter-hour grid, 08:00–21:30 local, over a range of future days.
// A start is named by its cell, epoch seconds / 900, so the HTTP load and the SQL
// baseline draw from exactly the same set of starts with plain integer arithmetic.

export const TIME_ZONE = "Europe/Moscow";
export const OPEN = "08:00";
export const CLOSE = "22:00";
export const SESSION_MINUTES = 30;
const CELL_MS = 15 * 60_000;
export const CELLS_PER_DAY = 96;
/** Starts from 08:00 to 21:30: the last one ends at closing. */
export const STARTS_PER_DAY = (14 * 60 - SESSION_MINUTES) / 15 + 1;
/** A session covers this many cells; two sessions overlap exactly when their cells meet. */
export const CELLS_PER_SESSION = SESSION_MINUTES / 15;

export interface DayRange {
  /** Cell of 08:00 on the range's first day. */
  firstCell: number;
  days: number;
  firstDate: string;
}

/**
 * `days` local days from `firstDate`. Cells are linear over the range only while the zone
 * keeps one offset (Moscow has had no daylight saving since 2014); a zone that changes
 * would make the SQL baseline aim at other wall-clock times than the HTTP load, so it is
 * refused.
 */
export function dayRange(firstDate: string, days: number): DayRange {
  const opening = (offset: number) =>
    Temporal.PlainDate.from(firstDate)
      .add({ days: offset })
      .toZonedDateTime({ timeZone: TIME_ZONE, plainTime: OPEN }).epochMilliseconds;
  const first = opening(0);
  const last = opening(days - 1);
  if (last - first !== (days - 1) * CELLS_PER_DAY * CELL_MS)
    throw new Error(`${TIME_ZONE} changes its offset between ${firstDate} and ${days} days later.`);
  return { firstCell: first / CELL_MS, days, firstDate };
}

/** The local date `offset` days after today in the clinic's zone. */
export function localDateAhead(offset: number): string {
  return Temporal.Now.plainDateISO(TIME_ZONE).add({ days: offset }).toString();
}

export const cellOf = (range: DayRange, day: number, startIndex: number) =>
  range.firstCell + day * CELLS_PER_DAY + startIndex;

export const instantOfCell = (cell: number) => cell * CELL_MS;

/** A uniformly random start of the range, as a cell. */
export function randomCell(range: DayRange, random: () => number): number {
  return cellOf(range, Math.floor(random() * range.days), Math.floor(random() * STARTS_PER_DAY));
}

/** The instants [start, end) the range's sessions can occupy, for counting what was booked in it. */
export function rangeBounds(range: DayRange): { start: Date; end: Date } {
  return {
    start: new Date(instantOfCell(range.firstCell)),
    end: new Date(instantOfCell(range.firstCell + range.days * CELLS_PER_DAY)),
  };
}
