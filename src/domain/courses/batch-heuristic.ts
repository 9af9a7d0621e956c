import {
  assertValidBatchProblem,
  assignStaff,
  type BatchProblem,
  type BatchRequest,
  type BatchSolution,
  seededRandom,
  slotCapacities,
} from "./batch.ts";

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
