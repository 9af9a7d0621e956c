import { useMemo } from "react";
import { catalogApi } from "../../api/catalog-api.ts";
import { pricesApi } from "../../api/prices-api.ts";
import { SelectField } from "../../components/form-field.tsx";
import { LoadState } from "../../components/load-state.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { navigate, useAddress } from "../../router/navigation.ts";
import { collectFootnotes } from "../encyclopedia/evidence/citations.ts";
import { SourcesList } from "../encyclopedia/evidence/sources-list.tsx";
import { cityName } from "./city-name.ts";
import { PriceRangeChart } from "./price-range-chart.tsx";
import { PricesTable } from "./prices-table.tsx";

const DEFAULT_PROCEDURE = "nitrogen-cryomassage";

/** Prices per session in clinics of ten cities: a table of clinics and a chart comparing the cities. */
export function PricesPage() {
  const { t, language } = useI18n();
  const { query } = useAddress();
  const procedureId = query.get("procedure") || DEFAULT_PROCEDURE;
  const cityInAddress = query.get("city") ?? "";
  const procedures = useLoad("procedures", () => catalogApi.procedures());
  // Every city at once: the chart compares them all, the city only narrows the table.
  const prices = useLoad(procedureId, () => pricesApi.search({ procedure: procedureId }));

  const choose = (next: { procedure?: string; city?: string }) => {
    const params = new URLSearchParams();
    const procedure = next.procedure ?? procedureId;
    if (procedure !== DEFAULT_PROCEDURE) params.set("procedure", procedure);
    // Another procedure starts with every city: the chosen one may have no prices for it.
    const nextCity = next.procedure ? "" : (next.city ?? cityInAddress);
    if (nextCity) params.set("city", nextCity);
    const search = params.toString();
    navigate(search ? `/prices?${search}` : "/prices", { replace: true });
  };

  const cities = useMemo(
    () =>
      (prices.data?.stats ?? [])
        .map((stats) => stats.city)
        .sort((a, b) => cityName(a, language).localeCompare(cityName(b, language), language)),
    [prices.data, language],
  );
  // An address naming a city without prices for this procedure shows them all.
  const city = cities.includes(cityInAddress) ? cityInAddress : "";
  const items = (prices.data?.items ?? []).filter((item) => !city || item.clinic.city === city);
  const footnotes = collectFootnotes(
    items.map((item) => ({ sources: item.source.kind === "article" ? [item.source] : [] })),
  );
  const currency = prices.data?.stats[0]?.currency ?? "RUB";

  return (
    <>
      <PageHeading title={t("prices.title")} />
      <p className="lead">{t("prices.lead")}</p>
      <search className="toolbar">
        <SelectField
          className="toolbar__search"
          label={t("prices.procedure")}
          value={procedureId}
          disabled={!procedures.data}
          onChange={(event) => choose({ procedure: event.target.value })}
        >
          {(procedures.data?.items ?? []).map((procedure) => (
            <option key={procedure.id} value={procedure.id}>
              {procedure.names[language]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("prices.city")}
          value={city}
          onChange={(event) => choose({ city: event.target.value })}
        >
          <option value="">{t("prices.allCities")}</option>
          {cities.map((name) => (
            <option key={name} value={name}>
              {cityName(name, language)}
            </option>
          ))}
        </SelectField>
      </search>
      <p>
        <Link to={`/encyclopedia/${procedureId}`}>{t("prices.aboutProcedure")}</Link>
      </p>
      <LoadState data={prices.data} error={prices.error} loading={prices.loading}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="empty">{t("prices.none")}</p>
          ) : (
            <div className="sections">
              <section className="panel" aria-labelledby="price-chart-heading">
                <h2 id="price-chart-heading">{t("prices.chartHeading")}</h2>
                <PriceRangeChart stats={data.stats} currency={currency} selectedCity={city} />
              </section>
              <section aria-labelledby="price-table-heading">
                <h2 id="price-table-heading">
                  {city
                    ? t("prices.tableHeadingCity", { city: cityName(city, language) })
                    : t("prices.tableHeading")}
                </h2>
                <PricesTable items={items} />
              </section>
              <SourcesList footnotes={footnotes} />
            </div>
          )
        }
      </LoadState>
    </>
  );
}
