import { type FormEvent, useRef, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { StepHeading } from "./advisor-steps.tsx";
import { CONCERNS, type ConcernId } from "./concerns.ts";

/** Step 1: what the visitor would like help with, one or more. */
export function ConcernStep(props: {
  focusHeading: boolean;
  chosen: ConcernId[];
  onChange: (chosen: ConcernId[]) => void;
  onNext: () => void;
}) {
  const { t } = useI18n();
  const [missing, setMissing] = useState(false);
  const first = useRef<HTMLInputElement>(null);

  const toggle = (id: ConcernId, on: boolean) => {
    setMissing(false);
    props.onChange(on ? [...props.chosen, id] : props.chosen.filter((chosen) => chosen !== id));
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (props.chosen.length === 0) {
      setMissing(true);
      first.current?.focus();
      return;
    }
    props.onNext();
  };

  return (
    <section className="panel advisor-step" aria-labelledby="step-concerns">
      <StepHeading step="concerns" focus={props.focusHeading} />
      <form className="form" onSubmit={next} noValidate>
        <fieldset
          className="choice-group"
          aria-describedby={missing ? "concerns-hint concerns-error" : "concerns-hint"}
        >
          <legend>{t("advisor.concernsLegend")}</legend>
          <p className="field__hint" id="concerns-hint">
            {t("advisor.concernsHint")}
          </p>
          <div className="choice-grid">
            {CONCERNS.map((concern, index) => (
              <label key={concern.id} className="choice">
                <input
                  ref={index === 0 ? first : undefined}
                  type="checkbox"
                  name="concern"
                  value={concern.id}
                  checked={props.chosen.includes(concern.id)}
                  aria-invalid={missing || undefined}
                  onChange={(event) => toggle(concern.id, event.target.checked)}
                />
                <span>{t(`advisor.concern.${concern.id}`)}</span>
              </label>
            ))}
          </div>
          {missing && (
            <p className="field__error" id="concerns-error" role="alert">
              {t("advisor.concernsRequired")}
            </p>
          )}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t("advisor.next")}
          </button>
        </div>
      </form>
    </section>
  );
}
