import type { CityPriceStats } from "../../api/prices-api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { cityName } from "./city-name.ts";

/** The chart's numbers as a table: its text alternative. */
export function PriceStatsTable({ rows, currency }: { rows: readonly CityPriceStats[]; currency: string }) {
  const { t, language } = useI18n();
  const format = useFormat();
  return (
    <table className="data-table data-table--compact">
      <caption className="visually-hidden">{t("prices.chartTitle")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("prices.column.city")}</th>
          <th scope="col">{t("prices.min")}</th>
          <th scope="col">{t("prices.median")}</th>
          <th scope="col">{t("prices.max")}</th>
          <th scope="col">{t("prices.count")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.city}>
            <th scope="row" className="data-table__title">
              {cityName(row.city, language)}
            </th>
            <td data-label={t("prices.min")}>{format.money(row.min, currency)}</td>
            <td data-label={t("prices.median")}>{format.money(row.median, currency)}</td>
            <td data-label={t("prices.max")}>{format.money(row.max, currency)}</td>
            <td data-label={t("prices.count")}>{format.number(row.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
