import { type FormEvent, useEffect, useRef, useState } from "react";
import { healthQuestionsFrom } from "../../api/intake-questions.ts";
import { screeningApi } from "../../api/screening-api.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { CheckboxField, TextField } from "../../components/form-field.tsx";
import { LoadState } from "../../components/load-state.tsx";
import { useLoad } from "../../components/use-load.ts";
import type { Submission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { StepHeading } from "./advisor-steps.tsx";
import { groupConditions } from "./condition-groups.ts";
import { ConditionQuestionField } from "./condition-question.tsx";
import type { AnswerField, HealthAnswers } from "./health-answers.ts";
import { RecentProceduresQuestion } from "./recent-procedures-question.tsx";

type NumberField = "weightKg" | "bodyTemperatureC" | "systolic" | "diastolic";

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

  const number = (field: NumberField) => ({
    name: field,
    inputMode: "decimal" as const,
    autoComplete: "off",
    value: answers[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) =>
      props.onChange({ ...answers, [field]: event.target.value }),
  });

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
        {(loaded) => {
          const questions = healthQuestionsFrom(loaded);
          return (
            <form ref={form} className="form" onSubmit={submit} noValidate>
              <FormAlert error={submission.formError} />
              <fieldset className="question-group">
                <legend>{t("advisor.aboutYou")}</legend>
                <div className="form-grid form-grid--narrow">
                  <TextField label={t("advisor.weight")} {...number("weightKg")} />
                  <TextField label={t("advisor.temperature")} {...number("bodyTemperatureC")} />
                </div>
                <fieldset className="pressure" aria-describedby="pressure-hint">
                  <legend>{t("advisor.pressure")}</legend>
                  <p className="field__hint" id="pressure-hint">
                    {t("advisor.pressureHint")}
                  </p>
                  <div className="form-grid form-grid--narrow">
                    <TextField label={t("advisor.systolic")} {...number("systolic")} />
                    <TextField label={t("advisor.diastolic")} {...number("diastolic")} />
                  </div>
                </fieldset>
                <CheckboxField
                  label={t("advisor.pregnant")}
                  checked={answers.pregnant}
                  onChange={(event) => props.onChange({ ...answers, pregnant: event.target.checked })}
                />
              </fieldset>
              <fieldset className="question-group">
                <legend>{t("advisor.conditionsLegend")}</legend>
                {groupConditions(questions.conditions).map(({ group, questions: inGroup }) => (
                  <fieldset key={group} className="condition-group">
                    <legend>{t(`advisor.group.${group}`)}</legend>
                    <div className="condition-group__list">
                      {inGroup.map((question) => (
                        <ConditionQuestionField
                          key={question.conditionId}
                          question={question}
                          answer={answers.conditions[question.conditionId]}
                          onChange={(answer) => {
                            const { [question.conditionId]: _old, ...others } = answers.conditions;
                            props.onChange({
                              ...answers,
                              conditions: answer ? { ...others, [question.conditionId]: answer } : others,
                            });
                          }}
                        />
                      ))}
                    </div>
                  </fieldset>
                ))}
              </fieldset>
              <RecentProceduresQuestion
                questions={questions.recentProcedures}
                answers={answers.recentProcedures}
                errors={errors}
                onChange={(recentProcedures) => props.onChange({ ...answers, recentProcedures })}
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
          );
        }}
      </LoadState>
    </section>
  );
}
