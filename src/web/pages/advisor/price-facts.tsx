import type { ProcedureDetail } from "../../api/catalog-types.ts";
import type { CityPriceStats } from "../../api/prices-api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { cityName } from "../prices/city-name.ts";

/**
 * The price of a session in the chosen city: lowest to highest with the median, from the
 * price directory. Without prices there, the articles' own range where they give one.
 */
export function PriceFacts(props: {
  procedure: ProcedureDetail;
  city: string;
  /** undefined while loading; null when the city has no prices for this procedure. */
  stats: CityPriceStats | null | undefined;
}) {
  const { t, language } = useI18n();
  const format = useFormat();
  const { stats, city, procedure } = props;
  const articlePrice = procedure.price?.value.perSession;
  return (
    <div className="advice-facts__block" aria-busy={city !== "" && stats === undefined}>
      <h4>{t("advisor.price")}</h4>
      {stats ? (
        <p className="advice-price">
          <span className="advice-price__range">
            {t("advisor.priceRange", {
              min: format.money(stats.min, stats.currency),
              max: format.money(stats.max, stats.currency),
              median: format.money(stats.median, stats.currency),
            })}
          </span>
          <span className="muted">
            {t("advisor.priceCount", { city: cityName(stats.city, language), count: stats.count })}
          </span>
        </p>
      ) : (
        <p className="muted">
          {city === ""
            ? t("advisor.pickCity")
            : stats === null && t("advisor.noCityPrices", { city: cityName(city, language) })}
        </p>
      )}
      {!stats && articlePrice && (
        <p className="muted">{t("advisor.articlePrice", { range: format.quantity(articlePrice) })}</p>
      )}
    </div>
  );
}
