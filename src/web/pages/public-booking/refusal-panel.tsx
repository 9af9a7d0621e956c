import { useEffect, useRef } from "react";
import type { Reason } from "../../api/screening-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import type { Refusal } from "./booking-outcome.ts";

/**
 * Why the visitor cannot book this online, said kindly: nothing was booked or stored, the
 * clinic wants to see them first, and how to reach it.
 */
export function RefusalPanel(props: {
  refusal: Refusal;
  procedure: string;
  until: string | null;
  reasons: readonly Reason[];
  clinic: { id: string; name: string; address: string; city: string };
  onChangeAnswers: () => void;
}) {
  const { t, language, formatDate } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: "start" });
  }, []);
  const { refusal, procedure } = props;
  return (
    <section className="panel booking-refusal" aria-labelledby="booking-refusal-heading">
      <h2 id="booking-refusal-heading" ref={heading} tabIndex={-1}>
        {t("book.refusal.title")}
      </h2>
      <p>{t(`book.refusal.${refusal}`, { procedure })}</p>
      {refusal === "postpone" && props.until && (
        <p>{t("book.refusal.until", { date: formatDate(props.until) })}</p>
      )}
      {props.reasons.length > 0 && (
        <>
          <h3>{t("book.refusal.why")}</h3>
          <ul className="booking-refusal__reasons">
            {props.reasons.map((reason) => (
              <li key={reason.code}>{reason.text[language]}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t("book.refusal.nothingStored")}</p>
      <h3>{t("book.refusal.contactTitle")}</h3>
      <p>{t("book.refusal.contact", { clinic: props.clinic.name })}</p>
      <address className="booking-refusal__address">
        {props.clinic.name}
        <br />
        {props.clinic.address || props.clinic.city}
      </address>
      <div className="form-actions">
        <button type="button" className="button" onClick={props.onChangeAnswers}>
          {t("book.refusal.changeAnswers")}
        </button>
        <Link to={`/advisor?clinic=${encodeURIComponent(props.clinic.id)}`} className="button button--quiet">
          {t("book.refusal.advisor")}
        </Link>
      </div>
    </section>
  );
}
