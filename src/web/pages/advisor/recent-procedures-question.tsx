import { useId, useState } from "react";
import type { RecentProcedureQuestion } from "../../api/intake-questions.ts";
import { CheckboxField } from "../../components/form-field.tsx";
import { localToday } from "../../components/local-today.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { AnswerField } from "./health-answers.ts";

/**
 * Cosmetic procedures of the last weeks, each ticked with its date. Folded by default:
 * most visitors have had none, and the list is long.
 */
export function RecentProceduresQuestion(props: {
  questions: RecentProcedureQuestion[];
  answers: Record<string, string>;
  errors: Partial<Record<AnswerField, string>>;
  onChange: (answers: Record<string, string>) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const { answers } = props;
  // Open from the start when the visitor comes back with some ticked.
  const [initiallyOpen] = useState(() => Object.keys(answers).length > 0);
  return (
    <details className="disclosure" open={initiallyOpen}>
      <summary>{t("advisor.recentLegend")}</summary>
      <p className="field__hint">{t("advisor.recentHint")}</p>
      <ul className="recent-list">
        {props.questions.map((question) => {
          const date = answers[question.procedureId];
          const error = props.errors[`recent:${question.procedureId}`];
          const dateId = `${id}-${question.procedureId}`;
          return (
            <li key={question.procedureId} className="recent-item">
              <CheckboxField
                label={question.text}
                checked={date !== undefined}
                onChange={(event) => {
                  const { [question.procedureId]: _old, ...others } = answers;
                  props.onChange(event.target.checked ? { ...answers, [question.procedureId]: "" } : others);
                }}
              />
              {date !== undefined && (
                <div className={`field recent-item__date${error ? " field--invalid" : ""}`}>
                  <label htmlFor={dateId}>
                    {t("advisor.recentWhen")}
                    <span className="visually-hidden"> {question.text}</span>
                  </label>
                  <input
                    id={dateId}
                    type="date"
                    max={localToday()}
                    value={date}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${dateId}-error` : undefined}
                    onChange={(event) =>
                      props.onChange({ ...answers, [question.procedureId]: event.target.value })
                    }
                  />
                  {error && (
                    <p className="field__error" id={`${dateId}-error`}>
                      {error}
                    </p>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
