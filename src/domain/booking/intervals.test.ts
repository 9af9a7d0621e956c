import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { covers, IntervalSweep, intersect, normalise, overlapsAny, subtract } from "./intervals.ts";
import type { Interval } from "./types.ts";

// Checked against the plainest model of a set of intervals: the integer points it holds.
const points = (intervals: readonly Interval[]) => {
  const set = new Set<number>();
  for (const { start, end } of intervals) for (let t = start; t < end; t++) set.add(t);
  return [...set].sort((a, b) => a - b);
};
const isNormalised = (intervals: readonly Interval[]) =>
  intervals.every((i, k) => i.start < i.end && (k === 0 || (intervals[k - 1] as Interval).end < i.start));

const interval = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
  .map(([start, length]) => ({ start, end: start + length }));
const intervals = fc.array(interval, { maxLength: 8 });

describe("interval lists", () => {
  it("merges overlapping and touching intervals and drops empty ones", () => {
    expect(
      normalise([
        { start: 10, end: 20 },
        { start: 0, end: 5 },
        { start: 20, end: 25 },
        { start: 15, end: 18 },
        { start: 30, end: 30 },
      ]),
    ).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 25 },
    ]);
  });

  it("cuts busy time out of free time", () => {
    expect(
      subtract(
        [{ start: 0, end: 100 }],
        [
          { start: 10, end: 20 },
          { start: 90, end: 120 },
        ],
      ),
    ).toEqual([
      { start: 0, end: 10 },
      { start: 20, end: 90 },
    ]);
  });

  it("agrees with the point model for normalise, subtract and intersect", () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        const left = normalise(a);
        const right = normalise(b);
        expect(isNormalised(left)).toBe(true);
        expect(points(left)).toEqual(points(a));
        const rightPoints = new Set(points(b));
        const difference = subtract(left, right);
        expect(isNormalised(difference)).toBe(true);
        expect(points(difference)).toEqual(points(a).filter((t) => !rightPoints.has(t)));
        const both = intersect(left, right);
        expect(isNormalised(both)).toBe(true);
        expect(points(both)).toEqual(points(a).filter((t) => rightPoints.has(t)));
      }),
    );
  });

  it("answers containment and overlap the same by binary search, by sweep and by brute force", () => {
    const queries = fc.array(interval, { maxLength: 12 }).map((q) => q.sort((x, y) => x.start - y.start));
    fc.assert(
      fc.property(intervals, queries, (raw, spans) => {
        const list = normalise(raw);
        const sweep = new IntervalSweep(list);
        const overlapSweep = new IntervalSweep(list);
        const held = new Set(points(list));
        for (const { start, end } of spans.filter((s) => s.end > s.start)) {
          const inside = list.some((i) => i.start <= start && end <= i.end);
          let overlapping = false;
          for (let t = start; t < end; t++) overlapping ||= held.has(t);
          expect(covers(list, start, end)).toBe(inside);
          expect(sweep.covers(start, end)).toBe(inside);
          expect(overlapsAny(raw, start, end)).toBe(overlapping);
          expect(overlapSweep.overlaps(start, end)).toBe(overlapping);
        }
      }),
    );
  });
});
