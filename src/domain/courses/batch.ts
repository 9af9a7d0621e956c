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

export type BatchRule =
  | "unknown-request"
  | "unknown-session-number"
  | "duplicate-session"
  | "slot-out-of-range"
  | "client-unavailable"
  | "unknown-staff"
  | "staff-not-qualified"
  | "staff-not-working"
  | "staff-double-booked"
  | "cabin-full"
  | "previous-session-missing"
  | "spacing-too-short"
  | "spacing-too-long"
  | "two-sessions-one-day";

export interface BatchViolation {
  rule: BatchRule;
  requestId: string;
  number: number;
}

/** Every rule the solution breaks; empty when it is a valid plan for the problem. */
export function checkBatchSolution(problem: BatchProblem, solution: BatchSolution): BatchViolation[] {
  const violations: BatchViolation[] = [];
  const flag = (rule: BatchRule, s: BatchSession) =>
    violations.push({ rule, requestId: s.requestId, number: s.number });
  const requests = new Map(problem.requests.map((r) => [r.id, r]));
  const staff = new Map(problem.staff.map((m) => [m.id, m]));
  const inSlot = new Map<number, BatchSession[]>();
  const byRequest = new Map<string, Map<number, BatchSession>>();

  for (const s of solution.sessions) {
    const request = requests.get(s.requestId);
    if (!request) {
      flag("unknown-request", s);
      continue;
    }
    if (!Number.isInteger(s.number) || s.number < 1 || s.number > request.sessions)
      flag("unknown-session-number", s);
    const numbered = byRequest.get(s.requestId) ?? new Map<number, BatchSession>();
    byRequest.set(s.requestId, numbered);
    if (numbered.has(s.number)) flag("duplicate-session", s);
    else numbered.set(s.number, s);
    if (!Number.isInteger(s.slot) || s.slot < 0 || s.slot >= slotCount(problem)) {
      flag("slot-out-of-range", s);
      continue;
    }
    if (!request.availableSlots.includes(s.slot)) flag("client-unavailable", s);
    const member = staff.get(s.staffId);
    if (!member) flag("unknown-staff", s);
    else {
      if (!member.qualified) flag("staff-not-qualified", s);
      if (!member.workingSlots.includes(s.slot)) flag("staff-not-working", s);
    }
    const others = inSlot.get(s.slot) ?? [];
    if (others.some((o) => o.staffId === s.staffId)) flag("staff-double-booked", s);
    if (others.length >= problem.cabins) flag("cabin-full", s);
    inSlot.set(s.slot, [...others, s]);
  }

  for (const [requestId, numbered] of byRequest) {
    const request = requests.get(requestId) as BatchRequest;
    const days = new Set<number>();
    for (const s of [...numbered.values()].sort((a, b) => a.number - b.number)) {
      const day = dayOfSlot(problem, s.slot);
      if (days.has(day)) flag("two-sessions-one-day", s);
      days.add(day);
      if (s.number === 1) continue;
      const previous = numbered.get(s.number - 1);
      if (!previous) {
        flag("previous-session-missing", s);
        continue;
      }
      const gap = day - dayOfSlot(problem, previous.slot);
      if (gap < request.minDaysBetween) flag("spacing-too-short", s);
      if (gap > request.maxDaysBetween) flag("spacing-too-long", s);
    }
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------
// Heuristic. Greedy: requests in most-constrained-first order (fewest usable slots per session
// wanted), each given its longest chain of sessions on the slots still free, found exactly by a
// dynamic programme over days. Ties between equally long chains go to the one on the least
// contested slots, leaving the crowded ones to requests that need them. Then ruin and recreate:
// take an unfinished request and a few requests holding slots it could use out, put the
// unfinished one back first and the others after, keep the result unless it places fewer
// sessions. Every step keeps the schedule valid, so stopping anywhere gives a valid plan.

export interface HeuristicOptions {
  /** Seeds the ruin-and-recreate choices: the same seed gives the same plan. */
  seed?: number;
  /** Ruin-and-recreate rounds per request. */
  roundsPerRequest?: number;
}

interface Workspace {
  problem: BatchProblem;
  capacity: Int32Array;
  available: Uint8Array[];
  /** Expected demand over capacity per slot: the cost of taking the slot. */
  pressure: Float64Array;
}

function workspace(problem: BatchProblem): Workspace {
  const capacity = slotCapacities(problem);
  const available = problem.requests.map((r) => {
    const mask = new Uint8Array(capacity.length);
    for (const t of r.availableSlots) if ((capacity[t] ?? 0) > 0) mask[t] = 1;
    return mask;
  });
  const pressure = new Float64Array(capacity.length);
  problem.requests.forEach((r, i) => {
    const mask = available[i] as Uint8Array;
    const usable = mask.reduce((a, b) => a + b, 0);
    for (let t = 0; t < mask.length; t++) if (mask[t]) pressure[t] = (pressure[t] ?? 0) + r.sessions / usable;
  });
  for (let t = 0; t < pressure.length; t++) pressure[t] = (pressure[t] ?? 0) / Math.max(1, capacity[t] ?? 0);
  return { problem, capacity, available, pressure };
}

/** The longest chain of request r's sessions on free slots, least pressure among the longest. */
function longestChain(ws: Workspace, r: number, used: Int32Array): number[] {
  const { days, slotsPerDay } = ws.problem;
  const request = ws.problem.requests[r] as BatchRequest;
  const mask = ws.available[r] as Uint8Array;
  const daySlot = new Int32Array(days).fill(-1);
  const dayCost = new Float64Array(days);
  for (let d = 0; d < days; d++) {
    for (let t = d * slotsPerDay; t < (d + 1) * slotsPerDay; t++) {
      if (!mask[t] || (used[t] ?? 0) >= (ws.capacity[t] ?? 0)) continue;
      const cost = ws.pressure[t] ?? 0;
      if (daySlot[d] === -1 || cost < (dayCost[d] ?? 0)) {
        daySlot[d] = t;
        dayCost[d] = cost;
      }
    }
  }
  // cost[k·days + d]: least pressure of a chain of k+1 sessions whose last is on day d.
  const cost = new Float64Array(request.sessions * days).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(request.sessions * days).fill(-1);
  let last = { k: -1, day: -1 };
  for (let k = 0; k < request.sessions; k++) {
    let bestDay = -1;
    for (let d = 0; d < days; d++) {
      if (daySlot[d] === -1) continue;
      const here = k * days + d;
      if (k === 0) cost[here] = dayCost[d] ?? 0;
      for (let p = Math.max(0, d - request.maxDaysBetween); k > 0 && p <= d - request.minDaysBetween; p++) {
        const c = (cost[(k - 1) * days + p] ?? 0) + (dayCost[d] ?? 0);
        if (c < (cost[here] ?? 0)) {
          cost[here] = c;
          from[here] = p;
        }
      }
      if ((cost[here] ?? 0) < (bestDay === -1 ? Number.POSITIVE_INFINITY : (cost[k * days + bestDay] ?? 0)))
        bestDay = d;
    }
    if (bestDay === -1) break;
    last = { k, day: bestDay };
  }
  const chain: number[] = [];
  for (let k = last.k, d = last.day; k >= 0; d = from[k * days + d] ?? -1, k--) chain.push(daySlot[d] ?? -1);
  return chain.reverse();
}

/**
 * No plan places more: each request at most its longest chain on an empty schedule, and each
 * day at most its capacity on slots someone can take and one session per request there.
 */
export const batchUpperBound = (problem: BatchProblem) => upperBound(workspace(problem));

function upperBound(ws: Workspace): number {
  const { days, slotsPerDay } = ws.problem;
  const empty = new Int32Array(ws.capacity.length);
  const alone = ws.available.reduce((sum, _, r) => sum + longestChain(ws, r, empty).length, 0);
  let byDays = 0;
  for (let d = 0; d < days; d++) {
    let slots = 0;
    let clients = 0;
    for (const mask of ws.available)
      clients += mask.subarray(d * slotsPerDay, (d + 1) * slotsPerDay).includes(1) ? 1 : 0;
    for (let t = d * slotsPerDay; t < (d + 1) * slotsPerDay; t++) {
      const wanting = ws.available.reduce((n, mask) => n + (mask[t] ?? 0), 0);
      slots += Math.min(ws.capacity[t] ?? 0, wanting);
    }
    byDays += Math.min(slots, clients);
  }
  return Math.min(alone, byDays);
}

/** The heuristic's plan: always valid, in milliseconds for a week of a clinic's requests. */
export function planBatchHeuristically(problem: BatchProblem, options: HeuristicOptions = {}): BatchSolution {
  assertValidBatchProblem(problem);
  const ws = workspace(problem);
  const random = seededRandom(options.seed ?? 1);
  const requests = problem.requests;
  const used = new Int32Array(ws.capacity.length);
  const chains: number[][] = requests.map(() => []);
  const remove = (r: number) => {
    for (const t of chains[r] ?? []) used[t] = (used[t] ?? 0) - 1;
    chains[r] = [];
  };
  const insert = (r: number) => {
    const chain = longestChain(ws, r, used);
    for (const t of chain) used[t] = (used[t] ?? 0) + 1;
    chains[r] = chain;
  };
  const placed = () => chains.reduce((sum, c) => sum + c.length, 0);

  const usable = ws.available.map((mask) => mask.reduce((a, b) => a + b, 0));
  const order = requests.map((_, r) => r);
  order.sort(
    (a, b) =>
      (usable[a] ?? 0) / (requests[a]?.sessions ?? 1) - (usable[b] ?? 0) / (requests[b]?.sessions ?? 1),
  );
  for (const r of order) insert(r);

  let total = placed();
  const bound = upperBound(ws);
  const rounds = (options.roundsPerRequest ?? 100) * requests.length;
  for (let round = 0; round < rounds && total < bound; round++) {
    const unfinished = order.filter((r) => (chains[r]?.length ?? 0) < (requests[r]?.sessions ?? 0));
    if (unfinished.length === 0) break;
    const r = unfinished[Math.floor(random() * unfinished.length)] as number;
    const mask = ws.available[r] as Uint8Array;
    const rivals = order.filter((q) => q !== r && (chains[q] ?? []).some((t) => mask[t]));
    const ruined = [r];
    for (let n = 1 + Math.floor(random() * 3); n > 0 && rivals.length > 0; n--)
      ruined.push(rivals.splice(Math.floor(random() * rivals.length), 1)[0] as number);
    const before = ruined.map((q) => chains[q] as number[]);
    for (const q of ruined) remove(q);
    for (const q of ruined) insert(q);
    const after = placed();
    if (after >= total) {
      total = after;
      continue;
    }
    for (const q of ruined) remove(q);
    ruined.forEach((q, i) => {
      const chain = before[i] as number[];
      chains[q] = chain;
      for (const t of chain) used[t] = (used[t] ?? 0) + 1;
    });
  }

  const placements = chains.flatMap((chain, r) =>
    chain.map((slot, k) => ({ requestId: (requests[r] as BatchRequest).id, number: k + 1, slot })),
  );
  return assignStaff(problem, placements);
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

// ---------------------------------------------------------------------------------------------
// Instance generator: a clinic's week as it looks to the planner. Staff work most days, in a
// morning or an evening shift; a few hold no cryosauna qualification. Clients want 2–5 sessions
// every 1–3 days, come on most days, within a window of the day (after work, mornings…).
// Congestion is the caller's choice through the number of requests.

export interface BatchInstanceSpec {
  seed: number;
  days: number;
  slotsPerDay: number;
  staff: number;
  requests: number;
  cabins?: number;
}

export function generateBatchProblem(spec: BatchInstanceSpec): BatchProblem {
  const random = seededRandom(spec.seed);
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const { days, slotsPerDay: perDay } = spec;
  const staff = Array.from({ length: spec.staff }, (_, i) => {
    const shift = Math.max(1, Math.round(perDay * (0.5 + 0.3 * random())));
    const start = random() < 0.5 ? 0 : perDay - shift;
    const workingSlots: number[] = [];
    for (let d = 0; d < days; d++) {
      if (random() < 0.2) continue;
      for (let s = start; s < start + shift; s++) workingSlots.push(d * perDay + s);
    }
    return { id: `staff-${i + 1}`, qualified: i === 0 || random() < 0.85, workingSlots };
  });
  const requests = Array.from({ length: spec.requests }, (_, i) => {
    const minDaysBetween = between(1, 2);
    const width = random() < 0.2 ? perDay : between(2, Math.max(2, Math.ceil(perDay * 0.6)));
    const from = between(0, Math.max(0, perDay - width));
    const availableSlots: number[] = [];
    for (let d = 0; d < days; d++) {
      if (random() < 0.25) continue;
      for (let s = from; s < Math.min(perDay, from + width); s++) availableSlots.push(d * perDay + s);
    }
    return {
      id: `request-${i + 1}`,
      sessions: between(2, 5),
      minDaysBetween,
      maxDaysBetween: between(minDaysBetween, 3),
      availableSlots,
    };
  });
  return { days, slotsPerDay: perDay, cabins: spec.cabins ?? 1, staff, requests };
}
