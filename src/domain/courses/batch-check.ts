import {
  type BatchProblem,
  type BatchRequest,
  type BatchSession,
  type BatchSolution,
  dayOfSlot,
  slotCount,
} from "./batch.ts";

// Checks a batch plan against every rule of the model in batch.ts.

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
