import type { CityPriceStats } from "../../api/prices-api.ts";
import { VerdictBadge } from "../../components/verdict-badge.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { useAddress } from "../../router/navigation.ts";
import { CourseFacts } from "./course-facts.tsx";
import type { ProcedureAdvice } from "./fetch-advice.ts";
import { PriceFacts } from "./price-facts.tsx";
import { ReactionsFacts } from "./reactions-facts.tsx";

/**
 * One procedure for this visitor: its verdict in plain words with the reasons, what it helps
 * with, the typical course, what to expect afterwards and the price. A procedure that does not
 * suit the visitor is shown like any other, with its reason first.
 */
export function ProcedureAdviceCard(props: {
  advice: ProcedureAdvice;
  city: string;
  stats: CityPriceStats | null | undefined;
}) {
  const { t, language, formatDate } = useI18n();
  const { procedure, result, concerns } = props.advice;
  const headingId = `advice-${procedure.id}`;
  // Opened from a clinic's site (/advisor?clinic=<id>): a suitable procedure can be booked there.
  const bookingClinic = useAddress().query.get("clinic");
  const bookable = result.verdict === "eligible" || result.verdict === "caution";
  return (
    <li className={`advice advice--${result.verdict}`}>
      <article aria-labelledby={headingId}>
        <header className="advice__header">
          <h3 id={headingId}>{procedure.names[language]}</h3>
          <p className="advice__verdict">
            <VerdictBadge verdict={result.verdict} audience="visitor" />
            {result.verdict === "postpone" && result.until && (
              <span className="advice__until">{t("advisor.until", { date: formatDate(result.until) })}</span>
            )}
          </p>
        </header>
        <p className="advice__helps">
          {t("advisor.helpsWith", {
            concerns: concerns.map((concern) => t(`advisor.concern.${concern}`)).join(", "),
          })}
        </p>
        <p>{t(`advisor.verdictText.${result.verdict}`)}</p>
        {result.reasons.length > 0 && (
          <>
            <h4>{t("advisor.why")}</h4>
            <ul className="advice__reasons">
              {result.reasons.map((reason) => (
                <li key={reason.code} className={`advice__reason advice__reason--${reason.verdict}`}>
                  {reason.text[language]}
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="advice-facts">
          <CourseFacts procedure={procedure} />
          <ReactionsFacts procedure={procedure} />
          <PriceFacts procedure={procedure} city={props.city} stats={props.stats} />
        </div>
        <p className="advice__more">
          <Link to={`/encyclopedia/${procedure.id}`}>
            {t("advisor.about", { procedure: procedure.names[language] })}
          </Link>
        </p>
        {bookingClinic && bookable && (
          <p className="advice__book">
            <Link
              to={`/book/${encodeURIComponent(bookingClinic)}?procedure=${encodeURIComponent(procedure.id)}`}
              className="button button--primary"
            >
              {t("book.fromAdvisor", { procedure: procedure.names[language] })}
            </Link>
          </p>
        )}
      </article>
    </li>
  );
}
