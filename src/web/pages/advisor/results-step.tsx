import { useMemo } from "react";
import { pricesApi } from "../../api/prices-api.ts";
import { SelectField } from "../../components/form-field.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { cityName } from "../prices/city-name.ts";
import { StepHeading } from "./advisor-steps.tsx";
import type { ProcedureAdvice } from "./fetch-advice.ts";
import { ProcedureAdviceCard } from "./procedure-advice-card.tsx";
import { rankAdvice } from "./ranking.ts";

/** Step 3: the procedures that help, best news first, with prices in the city the visitor picks. */
export function ResultsStep(props: {
  advice: ProcedureAdvice[];
  city: string;
  onCity: (city: string) => void;
  onBack: () => void;
  onRestart: () => void;
}) {
  const { t, language } = useI18n();
  const { city } = props;
  const directory = useLoad("price-cities", () => pricesApi.search({}));
  const prices = useLoad(`prices:${city}`, () =>
    city ? pricesApi.search({ city }) : Promise.resolve({ items: [], stats: [] }),
  );
  const cities = useMemo(
    () =>
      [...new Set((directory.data?.stats ?? []).map((stats) => stats.city))].sort((a, b) =>
        cityName(a, language).localeCompare(cityName(b, language), language),
      ),
    [directory.data, language],
  );
  const ranked = rankAdvice(
    props.advice.map((item) => ({
      ...item,
      procedureId: item.procedure.id,
      verdict: item.result.verdict,
      concernCount: item.concerns.length,
      name: item.procedure.names[language],
    })),
    language,
  );

  return (
    <section className="panel advisor-step" aria-labelledby="step-results">
      <StepHeading step="results" focus />
      <p className="muted">{t("advisor.resultsLead")}</p>
      <div className="toolbar">
        <SelectField
          label={t("advisor.city")}
          name="city"
          value={city}
          disabled={!directory.data}
          onChange={(event) => props.onCity(event.target.value)}
        >
          <option value="">{t("advisor.chooseCity")}</option>
          {cities.map((name) => (
            <option key={name} value={name}>
              {cityName(name, language)}
            </option>
          ))}
        </SelectField>
      </div>
      {ranked.length === 0 ? (
        <p className="empty">{t("advisor.noProcedures")}</p>
      ) : (
        <ul className="advice-list">
          {ranked.map((item) => (
            <ProcedureAdviceCard
              key={item.procedureId}
              advice={item}
              city={city}
              stats={
                prices.loading
                  ? undefined
                  : (prices.data?.stats.find((stats) => stats.procedureId === item.procedureId) ?? null)
              }
            />
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={props.onBack}>
          {t("advisor.changeAnswers")}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onRestart}>
          {t("advisor.startAgain")}
        </button>
      </div>
    </section>
  );
}
