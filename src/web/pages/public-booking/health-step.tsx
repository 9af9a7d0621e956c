import { useI18n } from "../../i18n/i18n.tsx";
import type { AnswerField, HealthAnswers } from "../advisor/health-answers.ts";
import { HealthForm } from "../advisor/health-form.tsx";
import { BookingStepHeading } from "./booking-steps.tsx";

/**
 * Step 3: the advisor's health questions, from the catalog's intake questionnaire. The
 * answers go to the clinic with the booking, which screens them before holding the time.
 */
export function HealthStep(props: {
  answers: HealthAnswers;
  onChange: (answers: HealthAnswers) => void;
  errors: Partial<Record<AnswerField, string>>;
  formError: string | null;
  checking: boolean;
  onBack: () => void;
  onSubmit: () => Promise<void>;
}) {
  const { t } = useI18n();
  return (
    <section className="panel booking-step" aria-labelledby="booking-step-health">
      <BookingStepHeading step="health" focus />
      <p className="muted">{t("book.healthLead")}</p>
      <HealthForm
        answers={props.answers}
        onChange={props.onChange}
        errors={props.errors}
        formError={props.formError}
        pending={props.checking}
        backLabel={t("book.back")}
        submitLabel={t("book.nextContact")}
        onBack={props.onBack}
        onSubmit={props.onSubmit}
      />
    </section>
  );
}
