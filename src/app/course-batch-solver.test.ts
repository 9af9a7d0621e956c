import { describe, expect, it } from "vitest";
import type { BatchProblem, BatchRequest } from "../domain/courses/batch.ts";
import { checkBatchSolution } from "../domain/courses/batch-check.ts";
import { planBatchHeuristically } from "../domain/courses/batch-heuristic.ts";
import { generateBatchProblem } from "../domain/courses/batch-instances.ts";
import { DomainError } from "../domain/errors.ts";
import { type SpacingFormulation, solveBatchExactly } from "./course-batch-solver.ts";

// HiGHS on instances small enough to know their optimum by hand, in both spacing
// formulations, and as the yardstick the heuristic never beats.

const everySlot = (days: number, slotsPerDay: number) =>
  Array.from({ length: days * slotsPerDay }, (_, t) => t);
const week = (days: number, slotsPerDay: number, requests: BatchRequest[], cabins = 1): BatchProblem => ({
  days,
  slotsPerDay,
  cabins,
  staff: [{ id: "ada", qualified: true, workingSlots: everySlot(days, slotsPerDay) }],
  requests,
});
const course = (
  id: string,
  sessions: number,
  min: number,
  max: number,
  availableSlots: number[],
): BatchRequest => ({
  id,
  sessions,
  minDaysBetween: min,
  maxDaysBetween: max,
  availableSlots,
});

async function optimum(problem: BatchProblem, formulation: SpacingFormulation) {
  const result = await solveBatchExactly(problem, { formulation });
  expect(result.status).toBe("optimal");
  expect(checkBatchSolution(problem, result.solution)).toEqual([]);
  return result.solution.sessions;
}

describe.each<SpacingFormulation>(["day-window", "big-m"])("solveBatchExactly (%s)", (formulation) => {
  it("places a course's first session alone when its second cannot follow", async () => {
    // Four days of one slot. "a" wants two sessions exactly two days apart (days 1–3); "b"
    // can come only on day 1, "c" only on day 3. Best: b, then a's first session on day 2,
    // then c: three sessions. (A spacing row without a big M on its lower bound forces an
    // unfinished course's last session onto day 0 and finds only two.)
    const blocked = week(4, 1, [
      course("a", 2, 2, 2, [1, 2, 3]),
      course("b", 1, 1, 1, [1]),
      course("c", 1, 1, 1, [3]),
    ]);
    const sessions = await optimum(blocked, formulation);
    expect(sessions.map((s) => [s.requestId, s.number, s.slot]).sort()).toEqual([
      ["a", 1, 2],
      ["b", 1, 1],
      ["c", 1, 3],
    ]);
  });

  it("keeps each course's spacing: three sessions exactly two days apart need days 0, 2, 4", async () => {
    const spaced = week(5, 1, [course("a", 3, 2, 2, [0, 1, 2, 4])]);
    expect((await optimum(spaced, formulation)).map((s) => s.slot)).toEqual([0, 2, 4]);
  });

  it("maximises the sessions placed, even when a one-session client is left out", async () => {
    // Four days of one slot. "a" wants four daily sessions; "b" one, on day 2 only. Giving
    // day 2 to "b" cuts "a" to two sessions (days 0, 1; day 3 is too late after 1): 3 in all.
    const contested = week(4, 1, [course("a", 4, 1, 1, [0, 1, 2, 3]), course("b", 1, 1, 1, [2])]);
    const sessions = await optimum(contested, formulation);
    expect(sessions.map((s) => [s.requestId, s.slot])).toEqual([
      ["a", 0],
      ["a", 1],
      ["a", 2],
      ["a", 3],
    ]);
  });

  it("counts only qualified staff on shift towards a slot's capacity", async () => {
    const problem: BatchProblem = {
      days: 1,
      slotsPerDay: 2,
      cabins: 2,
      staff: [
        { id: "ada", qualified: true, workingSlots: [0, 1] },
        { id: "boris", qualified: false, workingSlots: [0, 1] },
        { id: "vera", qualified: true, workingSlots: [1] },
      ],
      requests: ["a", "b", "c", "d"].map((id) => course(id, 1, 1, 1, [0, 1])),
    };
    const sessions = await optimum(problem, formulation);
    expect(sessions.map((s) => s.slot).sort()).toEqual([0, 1, 1]);
  });
});

describe("solveBatchExactly", () => {
  it("returns an empty optimal plan when nothing can be placed", async () => {
    const closed = { ...week(2, 2, [course("a", 2, 1, 2, [0, 1, 2, 3])]), cabins: 0 };
    expect(await solveBatchExactly(closed)).toEqual({ status: "optimal", solution: { sessions: [] } });
  });

  it("refuses a malformed batch with the fields named", async () => {
    const bad = week(2, 1, [course("a", 2, 2, 1, [0])]);
    await expect(solveBatchExactly(bad)).rejects.toBeInstanceOf(DomainError);
  });

  it("is never beaten by the heuristic, and both plans are valid, on generated congested weeks", async () => {
    for (const seed of [11, 12, 13]) {
      const problem = generateBatchProblem({ seed, days: 5, slotsPerDay: 4, staff: 2, requests: 8 });
      const exact = (await solveBatchExactly(problem)).solution;
      const heuristic = planBatchHeuristically(problem);
      expect(checkBatchSolution(problem, exact)).toEqual([]);
      expect(checkBatchSolution(problem, heuristic)).toEqual([]);
      expect(heuristic.sessions.length).toBeLessThanOrEqual(exact.sessions.length);
    }
  });
});
