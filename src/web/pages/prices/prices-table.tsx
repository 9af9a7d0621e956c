import type { PriceItem } from "../../api/prices-api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { cityName } from "./city-name.ts";
import { PriceSourceCell } from "./price-source.tsx";

const fromArticle = (item: PriceItem) => (item.source.kind === "article" ? "en" : undefined);

/** Clinics and their prices, cheapest first within each city; a card per clinic on a phone. */
export function PricesTable({ items }: { items: readonly PriceItem[] }) {
  const { t, language } = useI18n();
  const format = useFormat();
  const rows = [...items].sort(
    (a, b) =>
      cityName(a.clinic.city, language).localeCompare(cityName(b.clinic.city, language), language) ||
      a.price.amount - b.price.amount,
  );
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t("prices.tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("prices.column.clinic")}</th>
          <th scope="col">{t("prices.column.city")}</th>
          <th scope="col" className="data-table__number">
            {t("prices.column.price")}
          </th>
          <th scope="col">{t("prices.column.source")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a clinic may list the same procedure twice
          <tr key={`${item.clinic.city}-${item.clinic.address}-${index}`}>
            <th scope="row" className="data-table__title">
              {/* Names and addresses as the source wrote them: the articles in English. */}
              <span lang={fromArticle(item)}>{item.clinic.name ?? t("prices.unnamedClinic")}</span>
              <span className="data-table__sub" lang={fromArticle(item)}>
                {item.clinic.address}
              </span>
            </th>
            <td data-label={t("prices.column.city")}>{cityName(item.clinic.city, language)}</td>
            <td data-label={t("prices.column.price")} className="data-table__number">
              {format.money(item.price.amount, item.price.currency)}
            </td>
            <td data-label={t("prices.column.source")}>
              <PriceSourceCell source={item.source} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
