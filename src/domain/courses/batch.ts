import { z } from "zod";
import { parseOrThrow } from "../validation.ts";

// Batch course planning: many course requests compete for one cryosauna cabin and its staff
// over a day or a week; place as many sessions as possible.
//
// The model, stated exactly (the checker below enforces every line of it):
// - Time: `days` local days of `slotsPerDay` slots each. Slot t (0 ≤ t < days·slotsPerDay) lies
//   on day(t) = ⌊t / slotsPerDay⌋. A slot is one session with its buffers; a session fills one slot.
// - Cabins: at most `cabins` sessions in any slot (one cryosauna cabin: 1).
// - Staff: each session needs one qualified staff member working in its slot, and a member runs
//   at most one session per slot. Every session of a batch is the same procedure, so any
//   qualified member can run any session: a slot's sessions can be given distinct members
//   exactly when there are no more of them than qualified members working then. Both solvers
//   therefore use the aggregate capacity(t) = min(cabins, qualified members working in t), and
//   members are assigned afterwards slot by slot (assignStaff). Per-member assignment variables
//   would only add symmetric copies of the same schedules.
// - Requests: request r wants sessions numbered 1..n_r, only in its available slots (the
//   client's availability), at most one session per local day, and consecutive sessions
//   minDaysBetween..maxDaysBetween whole days apart (1 = the next day; minDaysBetween ≥ 1).
// - Partial courses: session k+1 may be placed only if session k is placed, and then
//   day(k+1) − day(k) ∈ [min_r, max_r]. So a request's placed sessions are 1..m_r for some
//   m_r ≤ n_r, on strictly increasing days.
// - Objective: maximise Σ m_r, the number of sessions placed. Nothing else is weighed: the
//   heuristic breaks ties by slot pressure, which never trades away a session.

export interface BatchStaff {
  id: string;
  /** Holds the qualification the batch's procedure requires. */
  qualified: boolean;
  /** Slots the member works and is free in. */
  workingSlots: readonly number[];
}

export interface BatchRequest {
  id: string;
  sessions: number;
  minDaysBetween: number;
  maxDaysBetween: number;
  availableSlots: readonly number[];
}

export interface BatchProblem {
  days: number;
  slotsPerDay: number;
  cabins: number;
  staff: readonly BatchStaff[];
  requests: readonly BatchRequest[];
}

/** A placed session: `number` is 1-based within its request's course. */
export interface BatchSession {
  requestId: string;
  number: number;
  slot: number;
  staffId: string;
}

export type BatchPlacement = Omit<BatchSession, "staffId">;

export interface BatchSolution {
  sessions: BatchSession[];
}

const count = z.number().int().min(1).max(10_000);
const slotList = z.array(z.number().int().min(0));
const problemSchema = z
  .object({
    days: count,
    slotsPerDay: count,
    cabins: z.number().int().min(0).max(100),
    staff: z.array(z.object({ id: z.string().min(1), qualified: z.boolean(), workingSlots: slotList })),
    requests: z.array(
      z
        .object({
          id: z.string().min(1),
          sessions: z.number().int().min(1).max(100),
          minDaysBetween: count,
          maxDaysBetween: count,
          availableSlots: slotList,
        })
        .refine((r) => r.minDaysBetween <= r.maxDaysBetween, {
          message: "The spacing's minimum exceeds its maximum.",
          path: ["maxDaysBetween"],
        }),
    ),
  })
  .superRefine((p, ctx) => {
    const slots = p.days * p.slotsPerDay;
    const outside = (list: number[]) => list.some((t) => t >= slots);
    const duplicate = (ids: string[]) => new Set(ids).size !== ids.length;
    p.staff.forEach((s, i) => {
      if (outside(s.workingSlots))
        ctx.addIssue({
          code: "custom",
          path: ["staff", i, "workingSlots"],
          message: "A slot is past the end.",
        });
    });
    p.requests.forEach((r, i) => {
      if (outside(r.availableSlots))
        ctx.addIssue({
          code: "custom",
          path: ["requests", i, "availableSlots"],
          message: "A slot is past the end.",
        });
    });
    if (duplicate(p.staff.map((s) => s.id)))
      ctx.addIssue({ code: "custom", path: ["staff"], message: "Staff ids repeat." });
    if (duplicate(p.requests.map((r) => r.id)))
      ctx.addIssue({ code: "custom", path: ["requests"], message: "Request ids repeat." });
  });

/** Throws a validation error naming every malformed field. */
export function assertValidBatchProblem(problem: BatchProblem): void {
  parseOrThrow(problemSchema, problem);
}

export const slotCount = (p: BatchProblem) => p.days * p.slotsPerDay;
export const dayOfSlot = (p: BatchProblem, slot: number) => Math.floor(slot / p.slotsPerDay);

/** Qualified members working in each slot, in the problem's order. */
function qualifiedBySlot(problem: BatchProblem): string[][] {
  const bySlot = Array.from({ length: slotCount(problem) }, () => [] as string[]);
  for (const member of problem.staff) {
    if (!member.qualified) continue;
    for (const t of new Set(member.workingSlots)) bySlot[t]?.push(member.id);
  }
  return bySlot;
}

/** Sessions each slot can hold: min(cabins, qualified staff working then). */
export function slotCapacities(problem: BatchProblem): Int32Array {
  return Int32Array.from(qualifiedBySlot(problem), (ids) => Math.min(problem.cabins, ids.length));
}

/** Gives each placed session a distinct qualified member working in its slot. */
export function assignStaff(problem: BatchProblem, placements: readonly BatchPlacement[]): BatchSolution {
  const bySlot = qualifiedBySlot(problem);
  const taken = new Map<number, number>();
  const sessions = placements.map((p) => {
    const index = taken.get(p.slot) ?? 0;
    const staffId = bySlot[p.slot]?.[index];
    if (staffId === undefined || index >= problem.cabins)
      throw new Error(`Slot ${p.slot} has no room for request ${p.requestId}'s session ${p.number}.`);
    taken.set(p.slot, index + 1);
    return { ...p, staffId };
  });
  return { sessions };
}

/** mulberry32: a small deterministic generator, so a seed names one instance or plan. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
