import { type FormEvent, useEffect, useRef, useState } from "react";
import { healthQuestionsFrom } from "../../api/intake-questions.ts";
import { screeningApi } from "../../api/screening-api.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { LoadState } from "../../components/load-state.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { AnswerField, HealthAnswers } from "../advisor/health-answers.ts";
import { HealthQuestions } from "../advisor/health-questions.tsx";
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
  const { t, language } = useI18n();
  const { answers, errors } = props;
  const questionnaire = useLoad(`questionnaire:${language}`, () => screeningApi.questionnaire(language));
  const form = useRef<HTMLFormElement>(null);
  const [attempts, setAttempts] = useState(0);

  // After a refused attempt, the first answer to correct takes focus.
  useEffect(() => {
    if (attempts === 0) return;
    form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [attempts]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await props.onSubmit();
    setAttempts((count) => count + 1);
  };

  return (
    <section className="panel booking-step" aria-labelledby="booking-step-health">
      <BookingStepHeading step="health" focus />
      <p className="muted">{t("book.healthLead")}</p>
      <LoadState data={questionnaire.data} error={questionnaire.error} loading={questionnaire.loading}>
        {(loaded) => (
          <form ref={form} className="form" onSubmit={submit} noValidate>
            <FormAlert error={props.formError} />
            <HealthQuestions
              questions={healthQuestionsFrom(loaded)}
              answers={answers}
              errors={errors}
              onChange={props.onChange}
            />
            <div className="form-actions">
              <button type="button" className="button" onClick={props.onBack}>
                {t("book.back")}
              </button>
              <button type="submit" className="button button--primary" disabled={props.checking}>
                {props.checking ? t("advisor.checking") : t("book.nextContact")}
              </button>
            </div>
          </form>
        )}
      </LoadState>
    </section>
  );
}
