import type { Interval } from "./types.ts";

// Half-open intervals [start, end) of epoch milliseconds. "Normalised" lists are sorted, hold no
// empty interval, and no two of their intervals overlap or touch: a span that lies inside the
// union of a normalised list lies inside exactly one of its intervals.

/** Sorts, drops empty intervals and merges overlapping or touching ones. */
export function normalise(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  let last: Interval | undefined;
  for (const interval of sorted) {
    if (last && interval.start <= last.end) {
      if (interval.end > last.end) last.end = interval.end;
    } else {
      last = { start: interval.start, end: interval.end };
      merged.push(last);
    }
  }
  return merged;
}

/** The parts of normalised `free` not covered by normalised `busy`. */
export function subtract(free: readonly Interval[], busy: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let b = 0;
  for (const interval of free) {
    let start = interval.start;
    // Busy intervals ending before this one starts cannot touch it, nor any later one.
    while (b < busy.length && (busy[b] as Interval).end <= start) b++;
    let k = b;
    while (k < busy.length && (busy[k] as Interval).start < interval.end) {
      const cut = busy[k] as Interval;
      if (cut.start > start) result.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
      k++;
    }
    if (start < interval.end) result.push({ start, end: interval.end });
  }
  return result;
}

/** The time covered by both normalised lists, normalised. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) result.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return result;
}

/** Whether [start, end) lies inside one interval of a normalised list (binary search). */
export function covers(intervals: readonly Interval[], start: number, end: number): boolean {
  let low = 0;
  let high = intervals.length;
  // The first interval ending after `start` is the only one that can hold it.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((intervals[middle] as Interval).end <= start) low = middle + 1;
    else high = middle;
  }
  const candidate = intervals[low];
  return candidate !== undefined && candidate.start <= start && end <= candidate.end;
}

/** Whether [start, end) overlaps any interval of a list in any order; empty intervals hold nothing. */
export function overlapsAny(intervals: readonly Interval[], start: number, end: number): boolean {
  for (const interval of intervals) {
    if (interval.start < end && start < interval.end && interval.start < interval.end) return true;
  }
  return false;
}

/**
 * Answers questions about spans whose starts never decrease, walking a normalised list once:
 * a sweep over candidates in time order costs the list's length plus one step per question.
 */
export class IntervalSweep {
  private index = 0;

  constructor(private readonly intervals: readonly Interval[]) {}

  /** Whether [start, end) lies inside one interval. */
  covers(start: number, end: number): boolean {
    const current = this.advanceTo(start);
    return current !== undefined && current.start <= start && end <= current.end;
  }

  /** Whether [start, end) overlaps any interval. */
  overlaps(start: number, end: number): boolean {
    const current = this.advanceTo(start);
    return current !== undefined && current.start < end;
  }

  /** The first interval ending after `start`; earlier ones can never matter again. */
  private advanceTo(start: number): Interval | undefined {
    const intervals = this.intervals;
    while (this.index < intervals.length && (intervals[this.index] as Interval).end <= start) this.index++;
    return intervals[this.index];
  }
}
