import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { type OpeningHours, WEEKDAYS, type Weekday } from "../clinics.ts";
import type { Qualification } from "../roles.ts";
import { findSlots, slotAt } from "./availability.ts";
import type { AvailabilityQuery, Interval, SlotCheck } from "./types.ts";

// findSlots and slotAt against a deliberately naive oracle: it reads wall-clock times by
// scanning instants minute by minute and checks every minute of every blocked span, on small
// random calendars around real offset changes (a midnight DST in Havana, half-hour DST in
// Lord Howe) and in a zone without DST.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const scenarios = [
  { timeZone: "Europe/Berlin", anchor: "2026-03-28" },
  { timeZone: "Europe/Berlin", anchor: "2026-10-24" },
  { timeZone: "Europe/Moscow", anchor: "2026-03-09" },
  { timeZone: "Australia/Lord_Howe", anchor: "2026-04-04" },
  { timeZone: "Australia/Lord_Howe", anchor: "2026-10-03" },
  { timeZone: "America/Havana", anchor: "2026-03-07" },
  { timeZone: "America/Havana", anchor: "2026-10-31" },
].map((s) => ({
  ...s,
  start: Temporal.PlainDate.from(s.anchor).toZonedDateTime(s.timeZone).epochMilliseconds,
  // Every day a query can touch: the window lies within the anchor and the next 1.5 days.
  dates: [-1, 0, 1, 2, 3].map((d) => Temporal.PlainDate.from(s.anchor).add({ days: d }).toString()),
}));
type Scenario = (typeof scenarios)[number];

const pad = (n: number) => String(n).padStart(2, "0");
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** "YYYY-MM-DDTHH:MM" wall time -> its first instant, read off every minute around the scenario. */
const wallClocks = new Map<Scenario, Map<string, number>>();
function firstInstants(scenario: Scenario): Map<string, number> {
  let map = wallClocks.get(scenario);
  if (map) return map;
  map = new Map();
  for (let t = scenario.start - 2 * 24 * HOUR; t < scenario.start + 5 * 24 * HOUR; t += MINUTE) {
    const z = Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(scenario.timeZone);
    const key = `${z.toPlainDate()}T${pad(z.hour)}:${pad(z.minute)}`;
    if (!map.has(key)) map.set(key, t);
  }
  wallClocks.set(scenario, map);
  return map;
}

function oracle(q: AvailabilityQuery, scenario: Scenario) {
  const zone = q.clinic.timeZone;
  const weekdayOf = (date: string) => WEEKDAYS[Temporal.PlainDate.from(date).dayOfWeek - 1] as Weekday;
  const closed = (date: string) => q.clinic.closures.some((c) => c.startsOn <= date && date <= c.endsOn);
  // Boundaries as documented: 'compatible' disambiguation, "24:00" is the next day's start.
  const boundary = (date: string, hhmm: string) => {
    const day = Temporal.PlainDate.from(date);
    if (hhmm === "24:00") return day.add({ days: 1 }).toZonedDateTime(zone).epochMilliseconds;
    const minutes = minutesOf(hhmm);
    const wall = day.toPlainDateTime({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
    return wall.toZonedDateTime(zone, { disambiguation: "compatible" }).epochMilliseconds;
  };
  const asInstants = (hours: OpeningHours, skipClosed: boolean) =>
    scenario.dates
      .filter((date) => !skipClosed || !closed(date))
      .flatMap((date) =>
        hours[weekdayOf(date)].map((i) => ({ start: boundary(date, i.open), end: boundary(date, i.close) })),
      );
  const holds = (list: readonly Interval[], t: number) => list.some((i) => i.start <= t && t < i.end);
  const everyMinute = (span: Interval, test: (t: number) => boolean) => {
    for (let t = span.start; t < span.end; t += MINUTE) if (!test(t)) return false;
    return true;
  };
  const opening = asInstants(q.clinic.openingHours, true);
  const working = new Map(q.practitioners.map((p) => [p.id, asInstants(p.workingHours, false)]));
  const { durationMinutes, bufferBeforeMinutes, bufferAfterMinutes, resourceTypes, qualifications } =
    q.offering;

  const check = (start: number, practitionerId?: string, resourceIds?: readonly string[]): SlotCheck => {
    if (start < q.notBefore) return { ok: false, reason: "in-the-past" };
    const date = Temporal.Instant.fromEpochMilliseconds(start)
      .toZonedDateTimeISO(zone)
      .toPlainDate()
      .toString();
    if (closed(date) || q.clinic.openingHours[weekdayOf(date)].length === 0)
      return { ok: false, reason: "clinic-closed" };
    const blocked = {
      start: start - bufferBeforeMinutes * MINUTE,
      end: start + (durationMinutes + bufferAfterMinutes) * MINUTE,
    };
    if (!everyMinute(blocked, (t) => holds(opening, t)))
      return { ok: false, reason: "outside-opening-hours" };
    const practitionerIds = q.practitioners
      .filter((p) => practitionerId === undefined || p.id === practitionerId)
      .filter((p) => p.qualifications.some((x) => qualifications.includes(x)))
      .filter((p) => everyMinute(blocked, (t) => holds(working.get(p.id) ?? [], t) && !holds(p.busy, t)))
      .map((p) => p.id);
    if (practitionerIds.length === 0) return { ok: false, reason: "no-practitioner" };
    const pool = resourceIds ? q.resources.filter((r) => resourceIds.includes(r.id)) : q.resources;
    const chosen: string[] = [];
    for (const type of resourceTypes) {
      const free = pool.find(
        (r) => r.type === type && !chosen.includes(r.id) && everyMinute(blocked, (t) => !holds(r.busy, t)),
      );
      if (!free) return { ok: false, reason: "resource-unavailable" };
      chosen.push(free.id);
    }
    if (resourceIds && chosen.length !== resourceIds.length)
      return { ok: false, reason: "resource-unavailable" };
    const end = start + durationMinutes * MINUTE;
    return { ok: true, slot: { start, end, blocked, practitionerIds, resourceIds: chosen } };
  };

  const grid = new Set<number>();
  const wall = firstInstants(scenario);
  for (const date of scenario.dates) {
    for (const interval of q.clinic.openingHours[weekdayOf(date)]) {
      for (let m = minutesOf(interval.open); m < minutesOf(interval.close); m += q.stepMinutes) {
        const start = wall.get(`${date}T${clock(m)}`);
        if (start !== undefined && start >= q.window.start && start < q.window.end) grid.add(start);
      }
    }
  }
  const slots = [...grid]
    .sort((a, b) => a - b)
    .flatMap((start) => {
      const result = check(start);
      return result.ok ? [result.slot] : [];
    });
  return { slots, grid: [...grid], check };
}

// Random calendars: hours on a quarter-hour grid (night hours included), busy times on a
// five-minute grid, one to three practitioners, up to three resources of two types.
type DayHours = OpeningHours[Weekday];
const dayHours: fc.Arbitrary<DayHours> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<DayHours>([]) },
  {
    weight: 4,
    arbitrary: fc
      .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 2, maxLength: 4 })
      .map((marks) => {
        const sorted = marks.sort((a, b) => a - b);
        const intervals: DayHours = [];
        for (let k = 0; k + 1 < sorted.length; k += 2) {
          intervals.push({
            open: clock((sorted[k] as number) * 15),
            close: clock((sorted[k + 1] as number) * 15),
          });
        }
        return intervals;
      }),
  },
);
const sameEveryDay = (day: DayHours) => Object.fromEntries(WEEKDAYS.map((d) => [d, day])) as OpeningHours;
const weekHours: fc.Arbitrary<OpeningHours> = fc.oneof(
  fc.record(
    Object.fromEntries(WEEKDAYS.map((d) => [d, dayHours])) as Record<Weekday, fc.Arbitrary<DayHours>>,
  ),
  dayHours.map(sameEveryDay),
  fc.constant(sameEveryDay([{ open: "00:00", close: "24:00" }])),
);

function queryFor(scenario: Scenario) {
  const busy = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 48 })).map(([at, length]) => {
      const start = scenario.start - 12 * HOUR + at * 5 * MINUTE;
      return { start, end: start + length * 5 * MINUTE };
    }),
    { maxLength: 4 },
  );
  const types = fc.constantFrom("room", "device:cryotone");
  return fc
    .record({
      openingHours: weekHours,
      closures: fc.array(
        fc
          .tuple(fc.constantFrom(...scenario.dates), fc.integer({ min: 0, max: 1 }))
          .map(([startsOn, extra]) => ({
            startsOn,
            endsOn: Temporal.PlainDate.from(startsOn).add({ days: extra }).toString(),
          })),
        { maxLength: 1 },
      ),
      durationMinutes: fc.constantFrom(15, 30, 45, 60, 90),
      bufferBeforeMinutes: fc.constantFrom(0, 5, 15),
      bufferAfterMinutes: fc.constantFrom(0, 10, 15),
      resourceTypes: fc.array(types, { maxLength: 2 }),
      qualifications: fc.constantFrom<Qualification[]>(
        ["nurse"],
        ["cosmetologist"],
        ["nurse", "cosmetologist"],
      ),
      practitioners: fc.array(
        fc.record({
          qualifications: fc.constantFrom<Qualification[]>(
            [],
            ["nurse"],
            ["cosmetologist"],
            ["nurse", "cosmetologist"],
          ),
          workingHours: fc.oneof(fc.constant(sameEveryDay([{ open: "00:00", close: "24:00" }])), weekHours),
          busy,
        }),
        { minLength: 1, maxLength: 3 },
      ),
      resources: fc.array(fc.record({ type: types, busy }), { maxLength: 4 }),
      windowStart: fc.integer({ min: 0, max: 96 }),
      windowLength: fc.integer({ min: 4, max: 144 }),
      stepMinutes: fc.constantFrom(10, 15, 20, 30, 45, 60),
      notBefore: fc.integer({ min: -8, max: 24 }),
      probes: fc.array(fc.integer({ min: -72, max: 720 }), { maxLength: 4 }),
    })
    .map((r): { query: AvailabilityQuery; probes: number[] } => {
      const windowStart = scenario.start + r.windowStart * 15 * MINUTE;
      return {
        query: {
          clinic: { timeZone: scenario.timeZone, openingHours: r.openingHours, closures: r.closures },
          offering: {
            durationMinutes: r.durationMinutes,
            bufferBeforeMinutes: r.bufferBeforeMinutes,
            bufferAfterMinutes: r.bufferAfterMinutes,
            resourceTypes: r.resourceTypes,
            qualifications: r.qualifications,
          },
          practitioners: r.practitioners.map((p, k) => ({ id: `p${k}`, ...p })),
          resources: r.resources.map((res, k) => ({ id: `r${k}`, ...res })),
          window: { start: windowStart, end: windowStart + r.windowLength * 15 * MINUTE },
          stepMinutes: r.stepMinutes,
          notBefore: windowStart + r.notBefore * 15 * MINUTE,
        },
        probes: r.probes.map((p) => scenario.start + p * 5 * MINUTE),
      };
    });
}

describe("availability against a brute-force oracle", () => {
  it("findSlots and slotAt agree exactly with the oracle on random calendars", () => {
    const cases = fc
      .constantFrom(...scenarios)
      .chain((scenario) => queryFor(scenario).map((c) => ({ ...c, scenario })));
    fc.assert(
      fc.property(cases, ({ scenario, query, probes }) => {
        const expected = oracle(query, scenario);
        expect(findSlots(query)).toEqual(expected.slots);
        // Every grid start, bookable or not, and starts off the grid, with the oracle's reason.
        for (const start of [...expected.grid, ...probes]) {
          expect(slotAt(query, start)).toEqual(expected.check(start));
        }
        // Asking for the first listed practitioner and resources gives the same answer as the oracle.
        const first = expected.slots[0];
        if (first) {
          const practitionerId = first.practitionerIds.at(-1);
          const choice = { practitionerId, resourceIds: [...first.resourceIds].reverse() };
          expect(slotAt(query, first.start, choice)).toEqual(
            expected.check(
              first.start,
              practitionerId,
              choice.resourceIds.length ? choice.resourceIds : undefined,
            ),
          );
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
