import type { Verdict } from "../../api/screening-types.ts";

/** Best news first: what can be done now, then with care, then what waits on a doctor or on time. */
export const VERDICTS_BEST_FIRST: readonly Verdict[] = [
  "eligible",
  "caution",
  "needs-review",
  "postpone",
  "contraindicated",
];

export interface Rankable {
  procedureId: string;
  verdict: Verdict;
  /** How many of the chosen concerns it helps with. */
  concernCount: number;
  name: string;
}

/**
 * By verdict, then by how many chosen concerns a procedure helps with, then by name.
 * Nothing is dropped: a procedure that is not suitable stays in the list with its reason.
 */
export function rankAdvice<T extends Rankable>(items: readonly T[], locale: string): T[] {
  const rank = (verdict: Verdict) => VERDICTS_BEST_FIRST.indexOf(verdict);
  return [...items].sort(
    (a, b) =>
      rank(a.verdict) - rank(b.verdict) ||
      b.concernCount - a.concernCount ||
      a.name.localeCompare(b.name, locale),
  );
}
