import { type FormEvent, useEffect, useRef, useState } from "react";
import { healthQuestionsFrom } from "../../api/intake-questions.ts";
import { screeningApi } from "../../api/screening-api.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { LoadState } from "../../components/load-state.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { AnswerField, HealthAnswers } from "./health-answers.ts";
import { HealthQuestions } from "./health-questions.tsx";

/**
 * The health questions from the catalog's intake questionnaire as a form, with back and
 * submit buttons: the advisor and the public booking ask them the same way. After a refused
 * attempt the first answer to correct takes focus.
 */
export function HealthForm(props: {
  answers: HealthAnswers;
  onChange: (answers: HealthAnswers) => void;
  errors: Partial<Record<AnswerField, string>>;
  formError: string | null;
  pending: boolean;
  backLabel: string;
  submitLabel: string;
  onBack: () => void;
  onSubmit: () => Promise<void>;
}) {
  const { t, language } = useI18n();
  const questionnaire = useLoad(`questionnaire:${language}`, () => screeningApi.questionnaire(language));
  const form = useRef<HTMLFormElement>(null);
  const [attempts, setAttempts] = useState(0);

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
    <LoadState data={questionnaire.data} error={questionnaire.error} loading={questionnaire.loading}>
      {(loaded) => (
        <form ref={form} className="form" onSubmit={submit} noValidate>
          <FormAlert error={props.formError} />
          <HealthQuestions
            questions={healthQuestionsFrom(loaded)}
            answers={props.answers}
            errors={props.errors}
            onChange={props.onChange}
          />
          <div className="form-actions">
            <button type="button" className="button" onClick={props.onBack}>
              {props.backLabel}
            </button>
            <button type="submit" className="button button--primary" disabled={props.pending}>
              {props.pending ? t("advisor.checking") : props.submitLabel}
            </button>
          </div>
        </form>
      )}
    </LoadState>
  );
}
