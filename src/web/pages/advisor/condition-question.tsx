import type { ConditionQuestion } from "../../api/intake-questions.ts";
import { CheckboxField } from "../../components/form-field.tsx";
import { isMessageKey } from "../../i18n/has-message.ts";
import { useI18n } from "../../i18n/i18n.tsx";

/** One condition to tick, in plain words; where it counts only at the treated area, "where?" follows. */
export function ConditionQuestionField(props: {
  question: ConditionQuestion;
  answer: { sites: string[] } | undefined;
  onChange: (answer: { sites: string[] } | undefined) => void;
}) {
  const { t } = useI18n();
  const { question, answer } = props;
  const plainKey = `advisor.condition.${question.conditionId}`;
  const label = isMessageKey(plainKey) ? t(plainKey) : question.text;
  const siteName = (site: { id: string; text: string }) => {
    const key = `site.${site.id}`;
    return isMessageKey(key) ? t(key) : site.text;
  };
  const sites = answer?.sites ?? [];
  return (
    <div className="condition-question">
      <CheckboxField
        label={label}
        name={`condition:${question.conditionId}`}
        checked={answer !== undefined}
        onChange={(event) => props.onChange(event.target.checked ? { sites: [] } : undefined)}
      />
      {answer && question.sites && (
        <fieldset className="checkbox-group sub-question">
          <legend>
            {t("advisor.where")}
            <span className="visually-hidden"> — {label}</span>
          </legend>
          <p className="field__hint">{t("advisor.whereHint")}</p>
          {question.sites.map((site) => (
            <CheckboxField
              key={site.id}
              label={siteName(site)}
              checked={sites.includes(site.id)}
              onChange={(event) =>
                props.onChange({
                  sites: event.target.checked ? [...sites, site.id] : sites.filter((id) => id !== site.id),
                })
              }
            />
          ))}
        </fieldset>
      )}
    </div>
  );
}
