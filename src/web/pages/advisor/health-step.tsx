import { type FormEvent, useEffect, useRef, useState } from "react";
import { healthQuestionsFrom } from "../../api/intake-questions.ts";
import { screeningApi } from "../../api/screening-api.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { LoadState } from "../../components/load-state.tsx";
import { useLoad } from "../../components/use-load.ts";
import type { Submission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { StepHeading } from "./advisor-steps.tsx";
import type { AnswerField, HealthAnswers } from "./health-answers.ts";
import { HealthQuestions } from "./health-questions.tsx";

/** Step 2: the health questions, taken from the catalog's intake questionnaire. */
export function HealthStep(props: {
  answers: HealthAnswers;
  onChange: (answers: HealthAnswers) => void;
  errors: Partial<Record<AnswerField, string>>;
  submission: Submission;
  onBack: () => void;
  onSubmit: () => Promise<void>;
}) {
  const { t, language } = useI18n();
  const { answers, errors, submission } = props;
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
    <section className="panel advisor-step" aria-labelledby="step-health">
      <StepHeading step="health" focus />
      <p className="muted">{t("advisor.healthLead")}</p>
      <LoadState data={questionnaire.data} error={questionnaire.error} loading={questionnaire.loading}>
        {(loaded) => (
          <form ref={form} className="form" onSubmit={submit} noValidate>
            <FormAlert error={submission.formError} />
            <HealthQuestions
              questions={healthQuestionsFrom(loaded)}
              answers={answers}
              errors={errors}
              onChange={props.onChange}
            />
            <div className="form-actions">
              <button type="button" className="button" onClick={props.onBack}>
                {t("advisor.back")}
              </button>
              <button type="submit" className="button button--primary" disabled={submission.pending}>
                {submission.pending ? t("advisor.checking") : t("advisor.showResults")}
              </button>
            </div>
          </form>
        )}
      </LoadState>
    </section>
  );
}
