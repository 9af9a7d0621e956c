import { type FormEvent, useRef, useState } from "react";
import type { PublicOffering } from "../../api/public-booking-api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { BookingStepHeading } from "./booking-steps.tsx";

/** Step 1: which of the clinic's online offerings, with its length and price. */
export function OfferingStep(props: {
  offerings: PublicOffering[];
  chosenId: string | null;
  focusHeading: boolean;
  onChoose: (offeringId: string) => void;
  onNext: () => void;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const [missing, setMissing] = useState(false);
  const first = useRef<HTMLInputElement>(null);

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (!props.chosenId) {
      setMissing(true);
      first.current?.focus();
      return;
    }
    props.onNext();
  };

  return (
    <section className="panel booking-step" aria-labelledby="booking-step-offering">
      <BookingStepHeading step="offering" focus={props.focusHeading} />
      {props.offerings.length === 0 ? (
        <p className="empty">{t("book.noOfferings")}</p>
      ) : (
        <form className="form" onSubmit={next} noValidate>
          <fieldset className="choice-group" aria-describedby={missing ? "offering-error" : undefined}>
            <legend>{t("book.offeringLegend")}</legend>
            <div className="offering-choices">
              {props.offerings.map((offering, index) => (
                <label key={offering.id} className="choice offering-choice">
                  <input
                    ref={index === 0 ? first : undefined}
                    type="radio"
                    name="offering"
                    value={offering.id}
                    checked={props.chosenId === offering.id}
                    aria-invalid={missing || undefined}
                    onChange={() => {
                      setMissing(false);
                      props.onChoose(offering.id);
                    }}
                  />
                  <span className="offering-choice__text">
                    <span className="offering-choice__name">{offering.name}</span>
                    <span className="offering-choice__facts">
                      {t("book.minutes", { n: offering.durationMinutes })} ·{" "}
                      {format.money(offering.priceMinor, offering.currency)}
                    </span>
                  </span>
                </label>
              ))}
            </div>
            {missing && (
              <p className="field__error" id="offering-error" role="alert">
                {t("book.offeringRequired")}
              </p>
            )}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button button--primary">
              {t("book.nextTime")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
