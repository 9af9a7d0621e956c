import { type BatchProblem, seededRandom } from "./batch.ts";

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
