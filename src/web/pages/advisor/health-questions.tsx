import { useId } from "react";
import type { HealthQuestions as Questions } from "../../api/intake-questions.ts";
import { CheckboxField, TextField } from "../../components/form-field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { groupConditions } from "./condition-groups.ts";
import { ConditionQuestionField } from "./condition-question.tsx";
import type { AnswerField, HealthAnswers } from "./health-answers.ts";
import { RecentProceduresQuestion } from "./recent-procedures-question.tsx";

type NumberField = "weightKg" | "bodyTemperatureC" | "systolic" | "diastolic";

/**
 * The health questions themselves: about you (weight, temperature, blood pressure,
 * pregnancy), the conditions in their groups and recent procedures. The advisor and the
 * public booking ask them alike; each step adds its own form, heading and buttons.
 */
export function HealthQuestions(props: {
  questions: Questions;
  answers: HealthAnswers;
  errors: Partial<Record<AnswerField, string>>;
  onChange: (answers: HealthAnswers) => void;
}) {
  const { t } = useI18n();
  const { questions, answers, errors } = props;
  const pressureHintId = useId();

  const number = (field: NumberField) => ({
    name: field,
    inputMode: "decimal" as const,
    autoComplete: "off",
    value: answers[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) =>
      props.onChange({ ...answers, [field]: event.target.value }),
  });

  return (
    <>
      <fieldset className="question-group">
        <legend>{t("advisor.aboutYou")}</legend>
        <div className="form-grid form-grid--narrow">
          <TextField label={t("advisor.weight")} {...number("weightKg")} />
          <TextField label={t("advisor.temperature")} {...number("bodyTemperatureC")} />
        </div>
        <fieldset className="pressure" aria-describedby={pressureHintId}>
          <legend>{t("advisor.pressure")}</legend>
          <p className="field__hint" id={pressureHintId}>
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
    </>
  );
}
