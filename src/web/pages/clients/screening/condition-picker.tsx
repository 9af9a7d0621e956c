import { useEffect, useRef, useState } from "react";
import { catalogApi } from "../../../api/catalog-api.ts";
import type { ConditionSummary } from "../../../api/catalog-types.ts";
import { CheckboxField, SelectField, TextField } from "../../../components/form-field.tsx";
import { useDebouncedValue } from "../../../components/use-debounced-value.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import type { ScreeningNames } from "./screening-catalog.ts";
import type { ChosenCondition, ScreeningField } from "./screening-form-values.ts";

const SEARCH_DELAY_MS = 250;
const MAX_MATCHES = 8;

/** Conditions from the catalog, found by name in either language, synonym or ICD-10 code. */
export function ConditionPicker(props: {
  chosen: ChosenCondition[];
  names: ScreeningNames;
  errors: Partial<Record<ScreeningField, string>>;
  onChange: (chosen: ChosenCondition[]) => void;
}) {
  const { t, language } = useI18n();
  const [text, setText] = useState("");
  const q = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const [matches, setMatches] = useState<{ q: string; items: ConditionSummary[] }>({ q: "", items: [] });
  const search = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    if (!q) return setMatches({ q: "", items: [] });
    catalogApi.conditions(q).then(
      ({ items }) => current && setMatches({ q, items: items.slice(0, MAX_MATCHES) }),
      () => current && setMatches({ q, items: [] }),
    );
    return () => {
      current = false;
    };
  }, [q]);

  const chosenIds = new Set(props.chosen.map((item) => item.condition.id));
  const add = (condition: ConditionSummary) => {
    props.onChange([...props.chosen, { condition, site: "", inHistory: false }]);
    setText("");
    search.current?.querySelector("input")?.focus();
  };
  const update = (index: number, change: Partial<ChosenCondition>) =>
    props.onChange(props.chosen.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const searching = text.trim() !== "" && (text.trim() !== q || matches.q !== q);

  return (
    <fieldset className="plain-fieldset condition-picker">
      <legend>{t("screening.conditions")}</legend>
      {props.chosen.length === 0 ? (
        <p className="muted">{t("screening.noConditionsChosen")}</p>
      ) : (
        <ul className="chosen-list">
          {props.chosen.map((item, index) => {
            const name = item.condition.names[language];
            const error = props.errors[`condition:${index}`];
            return (
              <li key={item.condition.id} className={`chosen-list__item${error ? " field--invalid" : ""}`}>
                <span className="chosen-list__name">
                  {name}
                  {item.condition.icd10.length > 0 && (
                    <span className="muted"> · {item.condition.icd10.join(", ")}</span>
                  )}
                </span>
                <SelectField
                  label={t("screening.site", { condition: name })}
                  value={item.site}
                  onChange={(event) => update(index, { site: event.target.value })}
                  error={error}
                >
                  <option value="">{t("screening.siteAnywhere")}</option>
                  {props.names.sites.map((site) => (
                    <option key={site.id} value={site.id}>
                      {site.name}
                    </option>
                  ))}
                </SelectField>
                <CheckboxField
                  label={t("screening.inHistory", { condition: name })}
                  checked={item.inHistory}
                  onChange={(event) => update(index, { inHistory: event.target.checked })}
                />
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => props.onChange(props.chosen.filter((_, i) => i !== index))}
                >
                  {t("screening.removeCondition", { condition: name })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div ref={search} className="condition-picker__search">
        <TextField
          label={t("screening.findCondition")}
          hint={t("screening.findConditionHint")}
          type="search"
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div aria-live="polite" className="condition-picker__results">
        {searching && <p className="loading">{t("screening.searching")}</p>}
        {!searching && q && matches.items.length === 0 && (
          <p className="empty">{t("screening.noConditionMatches", { q })}</p>
        )}
        {!searching && matches.items.length > 0 && (
          <ul className="item-list">
            {matches.items.map((condition) => (
              <li key={condition.id} className="item-list__row">
                <span className="item-list__main">
                  {condition.names[language]}
                  {condition.icd10.length > 0 && (
                    <span className="muted"> · {condition.icd10.join(", ")}</span>
                  )}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  disabled={chosenIds.has(condition.id)}
                  aria-label={t("screening.addCondition", { condition: condition.names[language] })}
                  onClick={() => add(condition)}
                >
                  {t("screening.add")}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
