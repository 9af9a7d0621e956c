import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { FormAlert } from "../../components/form-alert.tsx";
import { TextField } from "../../components/form-field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { BookingStepHeading } from "./booking-steps.tsx";
import type { ContactDetails, ContactField } from "./contact-details.ts";

/** Step 4: who is coming and how the clinic reaches them, with consent to keep their data. */
export function ContactStep(props: {
  details: ContactDetails;
  errors: Partial<Record<ContactField, string>>;
  /** What is wrong as a whole, announced when the visitor tries to go on. */
  formError: string | null;
  onChange: (details: ContactDetails) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useI18n();
  const { details, errors } = props;
  const consentId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [attempts, setAttempts] = useState(0);

  // Opened with errors (the server refused a box) or after a refused attempt: focus the first.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each attempt, not on each keystroke
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [attempts]);

  const text = (field: Exclude<ContactField, "consent">) => ({
    field,
    name: field,
    value: details[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) =>
      props.onChange({ ...details, [field]: event.target.value }),
  });

  const next = (event: FormEvent) => {
    event.preventDefault();
    props.onNext();
    setAttempts((count) => count + 1);
  };

  return (
    <section className="panel booking-step" aria-labelledby="booking-step-contact">
      <BookingStepHeading step="contact" focus />
      <form ref={form} className="form" onSubmit={next} noValidate>
        <FormAlert error={props.formError} />
        <div className="form-grid">
          <TextField label={t("book.firstName")} required autoComplete="given-name" {...text("firstName")} />
          <TextField label={t("book.lastName")} required autoComplete="family-name" {...text("lastName")} />
          <TextField
            label={t("book.phone")}
            hint={t("book.phoneHint")}
            required
            type="tel"
            autoComplete="tel"
            {...text("phone")}
          />
          <TextField
            label={t("book.email")}
            hint={t("book.emailHint")}
            type="email"
            autoComplete="email"
            {...text("email")}
          />
        </div>
        <div
          className={`consent${errors.consent ? " field--invalid" : ""}`}
          data-field="consentDataProcessing"
        >
          <div className="checkbox">
            <input
              id={consentId}
              type="checkbox"
              required
              checked={details.consent}
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={errors.consent ? `${consentId}-error` : undefined}
              onChange={(event) => props.onChange({ ...details, consent: event.target.checked })}
            />
            <label htmlFor={consentId}>{t("book.consent")}</label>
          </div>
          {errors.consent && (
            <p className="field__error" id={`${consentId}-error`}>
              {errors.consent}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="button" className="button" onClick={props.onBack}>
            {t("book.back")}
          </button>
          <button type="submit" className="button button--primary">
            {t("book.nextConfirm")}
          </button>
        </div>
      </form>
    </section>
  );
}
