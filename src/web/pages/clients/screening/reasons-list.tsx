import type { Reason } from "../../../api/screening-types.ts";
import { VerdictBadge } from "../../../components/verdict-badge.tsx";
import { useI18n } from "../../../i18n/i18n.tsx";
import { articleNumber } from "../../encyclopedia/evidence/citations.ts";

/** A verdict's reasons, most severe first, each with its own level and the article lines it rests on. */
export function ReasonsList({ reasons }: { reasons: readonly Reason[] }) {
  const { t, language } = useI18n();
  return (
    <ul className="reasons-list">
      {reasons.map((reason) => (
        <li key={reason.code} className="reasons-list__item">
          <VerdictBadge verdict={reason.verdict} audience="staff" />{" "}
          <span className="reasons-list__text">{reason.text[language]}</span>
          {reason.sources.length > 0 && (
            <span className="reasons-list__sources">
              {[
                ...new Set(
                  reason.sources.map((s) =>
                    t("cite.ref", { article: articleNumber(s.article), line: s.line }),
                  ),
                ),
              ].join("; ")}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
