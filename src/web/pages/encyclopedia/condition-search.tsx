import { useEffect, useState } from "react";
import { TextField } from "../../components/form-field.tsx";
import { useDebouncedValue } from "../../components/use-debounced-value.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { problemMessage } from "../../i18n/problem-message.ts";
import { Link } from "../../router/link.tsx";
import { navigate, useAddress } from "../../router/navigation.ts";
import { useConditionSearch } from "./use-condition-search.ts";

const SEARCH_DELAY_MS = 300;

/** "What helps with…": a concern in either language, answered with the procedures indicated for it. */
export function ConditionSearch() {
  const i18n = useI18n();
  const { t, language } = i18n;
  const { query } = useAddress();
  // Kept in the address, so coming back from a procedure shows the same answers.
  const [text, setText] = useState(query.get("q") ?? "");
  const q = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const search = useConditionSearch(q);

  useEffect(() => {
    navigate(q ? `/encyclopedia?q=${encodeURIComponent(q)}` : "/encyclopedia", { replace: true });
  }, [q]);

  return (
    <div className="panel help-search">
      <search>
        <TextField
          label={t("encyclopedia.search")}
          hint={t("encyclopedia.searchHint")}
          type="search"
          name="q"
          autoComplete="off"
          placeholder={t("encyclopedia.searchPlaceholder")}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </search>
      {search.error ? (
        <p className="notice notice--error" role="alert">
          {problemMessage(search.error, i18n)}
        </p>
      ) : null}
      <div aria-live="polite" aria-busy={search.loading} className="help-results">
        {search.loading && <p className="loading">{t("encyclopedia.searching")}</p>}
        {!search.loading && q && search.results.length === 0 && !search.error && (
          <p className="empty">{t("encyclopedia.noConditions", { q })}</p>
        )}
        {!search.loading && search.results.length > 0 && (
          <ul className="help-results__list">
            {search.results.map(({ condition, items }) => (
              <li key={condition.id} className="help-result">
                <h3 className="help-result__condition">{condition.names[language]}</h3>
                {items.length === 0 ? (
                  <p className="muted">{t("encyclopedia.noProcedures")}</p>
                ) : (
                  <>
                    <p className="help-result__label muted">{t("encyclopedia.helpedBy")}</p>
                    <ul className="help-result__procedures">
                      {items.map((procedure) => {
                        const qualifier = procedure.indications.find(
                          (indication) => indication.qualifier,
                        )?.qualifier;
                        return (
                          <li key={procedure.id}>
                            <Link to={`/encyclopedia/${procedure.id}`}>{procedure.names[language]}</Link>
                            {qualifier && <span className="muted"> — {qualifier[language]}</span>}
                          </li>
                        );
                      })}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
