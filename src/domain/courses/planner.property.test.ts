import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { alternativesFor, planCourse } from "./planner.ts";
import type { CandidateSlot, ClientDay, CoursePlanInput, CourseRules, PlannedSession } from "./types.ts";

// The planner against brute force on tiny random instances: whatever it returns keeps every
// rule, and it reports a course (or an alternative) missing exactly when exhaustive search
// finds none; a partial plan is as long as the longest course prefix that fits.

const FIRST = "2026-03-02";
const MINUTE = 60_000;
const dateAt = (offset: number) => Temporal.PlainDate.from(FIRST).add({ days: offset }).toString();
const offsets = new Map<string, number>();
const offsetOf = (date: string) => {
  let offset = offsets.get(date);
  if (offset === undefined) {
    offset = Temporal.PlainDate.from(FIRST).until(Temporal.PlainDate.from(date)).days;
    offsets.set(date, offset);
  }
  return offset;
};
const instant = (offset: number, minute: number) => Date.UTC(2026, 2, 2 + offset) + minute * MINUTE;
const MINUTES = [540, 600, 660];

/** True one time in three: rare enough that many instances still fit. */
const sometimes = fc.constantFrom(false, false, true);

const instanceArbitrary = fc
  .record({
    days: fc.integer({ min: 4, max: 9 }),
    slots: fc.array(
      fc.record({
        offset: fc.integer({ min: -1, max: 9 }),
        minute: fc.constantFrom(...MINUTES),
        practitionerIds: fc.subarray(["a", "b"], { minLength: 1 }),
      }),
      { minLength: 6, maxLength: 30 },
    ),
    clientDays: fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 9 }),
        cold: sometimes,
        wholeBody: sometimes,
        busyMinute: fc.option(fc.constantFrom(...MINUTES.map((m) => m + 15)), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
    sessions: fc.integer({ min: 1, max: 4 }),
    minDays: fc.integer({ min: 1, max: 2 }),
    extraDays: fc.integer({ min: 0, max: 2 }),
    wholeBody: fc.boolean(),
    // Mostly none: a repeat rule in a week-long horizon leaves little to plan.
    earliestOffset: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 2 }),
    firstOffset: fc.integer({ min: 0, max: 1 }),
    weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7]),
    timeOfDay: fc.option(
      fc.constantFrom({ from: 540, to: 600 }, { from: 600, to: 720 }, { from: 660, to: 700 }),
      {
        nil: null,
      },
    ),
    practitionerId: fc.constantFrom(null, "a", "b", "c"),
    requirements: fc.record({ practitioner: sometimes, timeOfDay: sometimes, startOnFirstDate: sometimes }),
  })
  .map((g): CoursePlanInput => {
    const unique = new Map<string, CandidateSlot>();
    for (const slot of g.slots) {
      const start = instant(slot.offset, slot.minute);
      unique.set(String(start), {
        start,
        end: start + 30 * MINUTE,
        date: dateAt(slot.offset),
        minuteOfDay: slot.minute,
        practitionerIds: slot.practitionerIds,
        resourceIds: [`room-${slot.minute}`],
      });
    }
    const days = new Map<string, ClientDay>();
    for (const day of g.clientDays) {
      const date = dateAt(day.offset);
      const known = days.get(date) ?? { date, busy: [], cold: false, wholeBody: false };
      // Every procedure the clinic books is a cold one, a whole-body one too.
      known.cold ||= day.cold || day.wholeBody;
      known.wholeBody ||= day.wholeBody;
      if (day.busyMinute !== undefined) {
        const start = instant(day.offset, day.busyMinute);
        known.busy.push({ start, end: start + 30 * MINUTE });
      }
      days.set(date, known);
    }
    const rules: CourseRules = {
      procedureId: "ice-cryomassage",
      sessions: g.sessions,
      minDaysBetween: g.minDays,
      maxDaysBetween: g.minDays + g.extraDays,
      wholeBody: g.wholeBody,
      earliestStart: g.earliestOffset === null ? null : dateAt(g.earliestOffset),
      provenance: {} as CourseRules["provenance"],
    };
    return {
      rules,
      firstDate: dateAt(g.firstOffset),
      horizonEnd: dateAt(g.days - 1),
      candidates: [...unique.values()].sort((a, b) => a.start - b.start),
      clientDays: [...days.values()],
      preferences: { weekdays: g.weekdays, timeOfDay: g.timeOfDay, practitionerId: g.practitionerId },
      requirements: g.requirements,
    };
  });

/** Whether a session may sit on this candidate, on its own (spacing is checked between sessions). */
function allowed(input: CoursePlanInput, candidate: CandidateSlot, practitionerId: string): boolean {
  const { rules, requirements, preferences } = input;
  if (candidate.date < input.firstDate || candidate.date > input.horizonEnd) return false;
  if (!candidate.practitionerIds.includes(practitionerId)) return false;
  const day = input.clientDays.find((d) => d.date === candidate.date);
  if (day?.cold) return false;
  if (rules.wholeBody && day?.wholeBody) return false;
  if (day?.busy.some((b) => b.start < candidate.end && candidate.start < b.end)) return false;
  const time = preferences.timeOfDay;
  if (
    requirements?.timeOfDay &&
    time &&
    !(time.from <= candidate.minuteOfDay && candidate.minuteOfDay < time.to)
  )
    return false;
  if (
    requirements?.practitioner &&
    preferences.practitionerId !== null &&
    practitionerId !== preferences.practitionerId
  )
    return false;
  return true;
}

/** Every rule a list of planned sessions must keep, checked from scratch. */
function assertKeepsRules(input: CoursePlanInput, sessions: readonly PlannedSession[]) {
  const { rules, requirements } = input;
  sessions.forEach((session, index) => {
    expect(session.number).toBe(index + 1);
    const candidate = input.candidates.find((c) => c.start === session.start);
    expect(candidate).toBeDefined();
    if (!candidate) return;
    expect([session.date, session.end, session.resourceIds]).toEqual([
      candidate.date,
      candidate.end,
      candidate.resourceIds,
    ]);
    expect(allowed(input, candidate, session.practitionerId)).toBe(true);
    if (index === 0) {
      if (rules.earliestStart) expect(session.date >= rules.earliestStart).toBe(true);
      if (requirements?.startOnFirstDate) expect(session.date).toBe(input.firstDate);
    } else {
      const gap = offsetOf(session.date) - offsetOf((sessions[index - 1] as PlannedSession).date);
      expect(gap).toBeGreaterThanOrEqual(rules.minDaysBetween);
      expect(gap).toBeLessThanOrEqual(rules.maxDaysBetween);
    }
    if (requirements?.practitioner) expect(session.practitionerId).toBe(sessions[0]?.practitionerId);
  });
  expect(new Set(sessions.map((s) => s.date)).size).toBe(sessions.length);
}

/** The longest run of sessions 1..k (k ≤ rules.sessions) that keeps every rule, by exhaustive search. */
function longestByBruteForce(input: CoursePlanInput): number {
  const { rules, requirements } = input;
  const practitioners = ["a", "b", "c"];
  let best = 0;
  // practitioner: the one every session must have, or null when any will do.
  const fitsFor = (candidate: CandidateSlot, practitioner: string | null) =>
    practitioner === null
      ? practitioners.some((p) => allowed(input, candidate, p))
      : allowed(input, candidate, practitioner);
  const extend = (last: CandidateSlot, practitioner: string | null, length: number) => {
    best = Math.max(best, length);
    if (length === rules.sessions) return;
    for (const next of input.candidates) {
      const gap = offsetOf(next.date) - offsetOf(last.date);
      if (gap < rules.minDaysBetween || gap > rules.maxDaysBetween) continue;
      if (fitsFor(next, practitioner)) extend(next, practitioner, length + 1);
    }
  };
  for (const first of input.candidates) {
    if (rules.earliestStart && first.date < rules.earliestStart) continue;
    if (requirements?.startOnFirstDate && first.date !== input.firstDate) continue;
    for (const p of requirements?.practitioner ? practitioners : [null]) {
      if (fitsFor(first, p)) extend(first, p, 1);
    }
  }
  return best;
}

const fits = (input: CoursePlanInput) => longestByBruteForce(input) === input.rules.sessions;

describe("course planner against brute force", () => {
  it("keeps every rule and finds a course, or the longest part of one, exactly when one exists", () => {
    fc.assert(
      fc.property(instanceArbitrary, (input) => {
        const plan = planCourse(input);
        assertKeepsRules(input, plan.sessions);
        const longest = longestByBruteForce(input);
        expect(plan.ok).toBe(longest === input.rules.sessions);
        expect(plan.sessions).toHaveLength(longest);
        if (!plan.ok) expect(plan.problem.number).toBe(plan.sessions.length + 1);
      }),
      { numRuns: 400 },
    );
  });

  it("offers each alternative exactly when brute force finds a course with that one requirement relaxed", () => {
    fc.assert(
      fc.property(instanceArbitrary, (input) => {
        const alternatives = alternativesFor(input);
        const laterStarts = [];
        for (let offset = offsetOf(input.firstDate) + 1; offset <= offsetOf(input.horizonEnd); offset++) {
          laterStarts.push({ ...input, firstDate: dateAt(offset) });
        }
        const later = laterStarts.find(fits);
        expect(alternatives.laterStart !== undefined).toBe(later !== undefined);
        if (alternatives.laterStart && later) assertKeepsRules(later, alternatives.laterStart.sessions);

        const withPractitioner = (practitionerId: string) => ({
          ...input,
          preferences: { ...input.preferences, practitionerId },
          requirements: { ...input.requirements, practitioner: true },
        });
        const others = ["a", "b"].filter((p) => p !== input.preferences.practitionerId).map(withPractitioner);
        expect(alternatives.otherPractitioner !== undefined).toBe(others.some(fits));
        const chosen = alternatives.otherPractitioner?.sessions[0]?.practitionerId;
        if (alternatives.otherPractitioner && chosen) {
          assertKeepsRules(withPractitioner(chosen), alternatives.otherPractitioner.sessions);
        }

        const anyTime = { ...input, requirements: { ...input.requirements, timeOfDay: false } };
        const timeRequired = input.requirements?.timeOfDay === true && input.preferences.timeOfDay !== null;
        expect(alternatives.otherTimes !== undefined).toBe(timeRequired && fits(anyTime));
        if (alternatives.otherTimes) assertKeepsRules(anyTime, alternatives.otherTimes.sessions);
      }),
      { numRuns: 300 },
    );
  });
});
