import type { StoredScreening } from "../../../api/screening-types.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { ReasonsList } from "./reasons-list.tsx";
import { ScreeningAnswers } from "./screening-answers.tsx";
import type { ScreeningNames } from "./screening-catalog.ts";
import { VerdictDetail } from "./verdict-detail.tsx";

/** Every screening, newest first: when, which kind, who recorded it; opened, its answers and verdicts. */
export function ScreeningHistory({ history, names }: { history: StoredScreening[]; names: ScreeningNames }) {
  const { t, formatDate } = useI18n();
  if (history.length === 0) return null;
  return (
    <section className="screening-section" aria-labelledby="screening-history">
      <h3 id="screening-history">{t("screening.history")}</h3>
      <ul className="screening-history">
        {history.map((screening) => (
          <li key={screening.id}>
            <details className="screening-entry">
              <summary>
                <span className="screening-entry__date">{formatDate(screening.date)}</span>
                {" · "}
                {t(`screening.kindLabel.${screening.kind}`)}
                {" · "}
                <span className="muted">
                  {screening.recordedBy
                    ? t("screening.recordedBy", { name: screening.recordedBy.name })
                    : t("screening.recordedBySystem")}
                </span>
              </summary>
              <div className="screening-entry__body">
                <h4>{t("screening.answers")}</h4>
                <ScreeningAnswers screening={screening} names={names} />
                <h4>{t("screening.verdicts")}</h4>
                <ul className="verdict-list">
                  {screening.results.results.map((result) => (
                    <li key={result.procedureId} className="verdict-row">
                      <VerdictDetail
                        name={names.procedure(result.procedureId)}
                        verdict={result.verdict}
                        until={result.until}
                        clearedBy={
                          screening.reviews.find((review) => review.procedureId === result.procedureId) ??
                          null
                        }
                      />
                      <ReasonsList reasons={result.reasons} />
                    </li>
                  ))}
                </ul>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
