import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { assertValidBatchProblem, type BatchProblem, type BatchSession } from "./batch.ts";
import { type BatchRule, checkBatchSolution } from "./batch-check.ts";
import { batchUpperBound, planBatchHeuristically } from "./batch-heuristic.ts";
import { generateBatchProblem } from "./batch-instances.ts";

// Four days of two slots (slot = day·2 + index). Ada works every slot; Boris, who lacks the
// qualification, too; Vera only on day 0. Course "a" wants three sessions one or two days
// apart, any time; course "b" two sessions exactly two days apart, mornings only.
const all = [0, 1, 2, 3, 4, 5, 6, 7];
const problem: BatchProblem = {
  days: 4,
  slotsPerDay: 2,
  cabins: 1,
  staff: [
    { id: "ada", qualified: true, workingSlots: all },
    { id: "boris", qualified: false, workingSlots: all },
    { id: "vera", qualified: true, workingSlots: [0, 1] },
  ],
  requests: [
    { id: "a", sessions: 3, minDaysBetween: 1, maxDaysBetween: 2, availableSlots: all },
    { id: "b", sessions: 2, minDaysBetween: 2, maxDaysBetween: 2, availableSlots: [0, 2, 4, 6] },
  ],
};
const valid: BatchSession[] = [
  { requestId: "a", number: 1, slot: 1, staffId: "ada" },
  { requestId: "a", number: 2, slot: 3, staffId: "ada" },
  { requestId: "a", number: 3, slot: 7, staffId: "ada" },
  { requestId: "b", number: 1, slot: 0, staffId: "vera" },
  { requestId: "b", number: 2, slot: 4, staffId: "ada" },
];
const rules = (sessions: BatchSession[]) => checkBatchSolution(problem, { sessions }).map((v) => v.rule);
const replace = (index: number, change: Partial<BatchSession>) =>
  valid.map((s, i) => (i === index ? { ...s, ...change } : s));

describe("checkBatchSolution", () => {
  it("accepts a plan that keeps every rule", () => {
    expect(rules(valid)).toEqual([]);
  });

  it.each<[string, BatchSession[], BatchRule[]]>([
    [
      "a request nobody made",
      [...valid, { requestId: "z", number: 1, slot: 5, staffId: "ada" }],
      ["unknown-request"],
    ],
    [
      "a session past the course's length",
      replace(2, { number: 4 }),
      ["unknown-session-number", "previous-session-missing"],
    ],
    ["the same session twice", [...valid, { ...(valid[0] as BatchSession), slot: 5 }], ["duplicate-session"]],
    ["a slot past the week", replace(2, { slot: 8 }), ["slot-out-of-range", "spacing-too-long"]],
    ["an afternoon for a mornings-only client", replace(4, { slot: 5 }), ["client-unavailable"]],
    ["a staff member who does not exist", replace(4, { staffId: "zoe" }), ["unknown-staff"]],
    ["an unqualified staff member", replace(4, { staffId: "boris" }), ["staff-not-qualified"]],
    ["a staff member off shift", replace(4, { staffId: "vera" }), ["staff-not-working"]],
    [
      "one staff member in two places",
      replace(0, { slot: 0, staffId: "vera" }),
      ["staff-double-booked", "cabin-full"],
    ],
    ["a session whose predecessor is missing", valid.filter((_, i) => i !== 1), ["previous-session-missing"]],
    ["sessions too close", replace(4, { slot: 2 }), ["spacing-too-short"]],
    ["sessions too far apart", replace(4, { slot: 6 }), ["spacing-too-long"]],
    [
      "two sessions on one day",
      replace(1, { slot: 0 }).slice(0, 2),
      ["two-sessions-one-day", "spacing-too-short"],
    ],
  ])("rejects %s", (_, sessions, expected) => {
    expect(rules(sessions).sort()).toEqual([...expected].sort());
  });

  it("holds a slot to the cabin count even with staff to spare", () => {
    const sessions = replace(0, { slot: 0 });
    expect(rules(sessions)).toEqual(["cabin-full"]);
    expect(checkBatchSolution({ ...problem, cabins: 2 }, { sessions })).toEqual([]);
  });

  it("holds a staff member to one session a slot even with cabins to spare", () => {
    const sessions = replace(0, { slot: 0, staffId: "vera" });
    expect(checkBatchSolution({ ...problem, cabins: 2 }, { sessions }).map((v) => v.rule)).toEqual([
      "staff-double-booked",
    ]);
  });
});

describe("planBatchHeuristically", () => {
  it("places every session of the example week", () => {
    const plan = planBatchHeuristically(problem);
    expect(checkBatchSolution(problem, plan)).toEqual([]);
    expect(plan.sessions).toHaveLength(5);
  });

  it("leaves the only slot a constrained client can come to that client", () => {
    const oneDay: BatchProblem = {
      days: 1,
      slotsPerDay: 2,
      cabins: 1,
      staff: [{ id: "ada", qualified: true, workingSlots: [0, 1] }],
      requests: [
        { id: "flexible", sessions: 1, minDaysBetween: 1, maxDaysBetween: 1, availableSlots: [0, 1] },
        { id: "early-only", sessions: 1, minDaysBetween: 1, maxDaysBetween: 1, availableSlots: [0] },
      ],
    };
    const slots = planBatchHeuristically(oneDay).sessions.map((s) => [s.requestId, s.slot]);
    expect(slots.sort()).toEqual([
      ["early-only", 0],
      ["flexible", 1],
    ]);
  });

  it("places a course partly, from its first session, when the spacing runs out of days", () => {
    const gap: BatchProblem = {
      days: 6,
      slotsPerDay: 1,
      cabins: 1,
      staff: [{ id: "ada", qualified: true, workingSlots: [0, 1, 2, 3, 4, 5] }],
      requests: [{ id: "a", sessions: 3, minDaysBetween: 1, maxDaysBetween: 2, availableSlots: [0, 1, 5] }],
    };
    expect(planBatchHeuristically(gap).sessions.map((s) => [s.number, s.slot])).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });

  const problems = fc
    .record({
      days: fc.integer({ min: 1, max: 6 }),
      slotsPerDay: fc.integer({ min: 1, max: 4 }),
      cabins: fc.integer({ min: 0, max: 2 }),
    })
    .chain(({ days, slotsPerDay, cabins }) => {
      const slots = fc.array(fc.integer({ min: 0, max: days * slotsPerDay - 1 }), { maxLength: 12 });
      return fc.record({
        days: fc.constant(days),
        slotsPerDay: fc.constant(slotsPerDay),
        cabins: fc.constant(cabins),
        staff: fc.uniqueArray(
          fc.record({ id: fc.constantFrom("s1", "s2", "s3"), qualified: fc.boolean(), workingSlots: slots }),
          {
            selector: (s) => s.id,
            maxLength: 3,
          },
        ),
        requests: fc
          .array(
            fc.record({
              sessions: fc.integer({ min: 1, max: 4 }),
              minDaysBetween: fc.integer({ min: 1, max: 3 }),
              spread: fc.integer({ min: 0, max: 2 }),
              availableSlots: slots,
            }),
            { maxLength: 7 },
          )
          .map((list) =>
            list.map(({ spread, ...r }, i) => ({
              ...r,
              id: `r${i}`,
              maxDaysBetween: r.minDaysBetween + spread,
            })),
          ),
      });
    });

  it("always returns a valid plan, never above the upper bound, the same for the same seed", () => {
    fc.assert(
      fc.property(problems, fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const plan = planBatchHeuristically(p, { seed });
        expect(checkBatchSolution(p, plan)).toEqual([]);
        expect(plan.sessions.length).toBeLessThanOrEqual(batchUpperBound(p));
        expect(planBatchHeuristically(p, { seed })).toEqual(plan);
      }),
      { numRuns: 300 },
    );
  });

  it("returns valid plans for generated congested weeks", () => {
    for (const seed of [1, 2, 3]) {
      const week = generateBatchProblem({ seed, days: 7, slotsPerDay: 12, staff: 3, requests: 30 });
      const plan = planBatchHeuristically(week);
      expect(checkBatchSolution(week, plan)).toEqual([]);
      // Congested: more sessions are wanted than the week can hold.
      expect(plan.sessions.length).toBeLessThan(week.requests.reduce((n, r) => n + r.sessions, 0));
    }
  });
});

describe("generateBatchProblem", () => {
  it("builds the same valid week from the same seed and another from another seed", () => {
    const spec = { seed: 7, days: 7, slotsPerDay: 12, staff: 3, requests: 20 };
    const week = generateBatchProblem(spec);
    expect(() => assertValidBatchProblem(week)).not.toThrow();
    expect(generateBatchProblem(spec)).toEqual(week);
    expect(generateBatchProblem({ ...spec, seed: 8 })).not.toEqual(week);
  });
});

describe("assertValidBatchProblem", () => {
  it("names the malformed fields", () => {
    const bad: BatchProblem = {
      ...problem,
      requests: [
        { id: "a", sessions: 2, minDaysBetween: 3, maxDaysBetween: 2, availableSlots: [0] },
        { id: "b", sessions: 2, minDaysBetween: 1, maxDaysBetween: 2, availableSlots: [8] },
      ],
    };
    let error: unknown;
    try {
      assertValidBatchProblem(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const fields = ((error as DomainError).details.fields ?? []).map((f) => f.field);
    expect(fields.sort()).toEqual(["requests.0.maxDaysBetween", "requests.1.availableSlots"]);
  });
});
