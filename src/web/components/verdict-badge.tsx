import type { Verdict } from "../api/screening-types.ts";
import { useI18n } from "../i18n/i18n.tsx";

// A screening verdict as a badge: its word, a symbol and a colour, so no one relies on colour alone.

const SYMBOLS: Record<Verdict, string> = {
  eligible: "✓",
  caution: "!",
  "needs-review": "?",
  postpone: "…",
  contraindicated: "✕",
};

/** Visitors read plain words ("Not suitable"); staff the screening's own ("Contraindicated"). */
export function VerdictBadge({ verdict, audience }: { verdict: Verdict; audience: "visitor" | "staff" }) {
  const { t } = useI18n();
  return (
    <span className={`verdict verdict--${verdict}`}>
      <span className="verdict__symbol" aria-hidden="true">
        {SYMBOLS[verdict]}
      </span>
      <span>
        {audience === "visitor" ? t(`advisor.verdict.${verdict}`) : t(`screening.verdict.${verdict}`)}
      </span>
    </span>
  );
}
