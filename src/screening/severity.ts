import { VERDICTS, type Verdict } from "./contract.ts";

// Verdicts ordered by severity: a lower rank is more severe. A procedure's verdict is
// the most severe of its reasons; reasons are listed most severe first, then by code.

const RANK: Record<Verdict, number> = Object.fromEntries(
  VERDICTS.map((verdict, index) => [verdict, index]),
) as Record<Verdict, number>;

/** 0 for contraindicated … 4 for eligible. */
export function severityRank(verdict: Verdict): number {
  return RANK[verdict];
}

/** Most severe first, then by code, then by condition: a total order for a stable output. */
export function compareReasons(
  a: { verdict: Verdict; code: string; conditionId?: string | undefined },
  b: { verdict: Verdict; code: string; conditionId?: string | undefined },
): number {
  const bySeverity = RANK[a.verdict] - RANK[b.verdict];
  if (bySeverity !== 0) return bySeverity;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  const ca = a.conditionId ?? "";
  const cb = b.conditionId ?? "";
  return ca === cb ? 0 : ca < cb ? -1 : 1;
}
