import { useId } from "react";
import type { CityPriceStats } from "../../api/prices-api.ts";
import { useElementWidth } from "../../components/use-element-width.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { minorPerMajor } from "../../i18n/quantities.ts";
import { useFormat } from "../../i18n/use-format.ts";
import { niceAxis } from "./chart-scale.ts";
import { cityName } from "./city-name.ts";
import { PriceStatsTable } from "./price-stats-table.tsx";

// Below this width the city's name goes above its bar instead of beside it.
const NARROW = 560;
const LABEL_WIDTH = 150;
const PAD = 14;
const AXIS_HEIGHT = 28;

/** Cities compared by price: a bar from the lowest to the highest price, a dot at the median. */
export function PriceRangeChart(props: {
  stats: readonly CityPriceStats[];
  currency: string;
  selectedCity: string;
}) {
  const { t, language } = useI18n();
  const format = useFormat();
  const [frame, width] = useElementWidth<HTMLDivElement>(640);
  const titleId = useId();
  const descId = useId();
  const narrow = width < NARROW;
  const rowHeight = narrow ? 48 : 34;
  const plotLeft = narrow ? PAD : LABEL_WIDTH + PAD;
  // Room on the right for the last tick's label, and on a wide chart for the median's.
  const plotRight = width - (narrow ? 2 * PAD : 80);
  const rows = [...props.stats].sort((a, b) => a.median - b.median || a.city.localeCompare(b.city));
  // Prices come in minor units (kopecks); the axis counts whole roubles.
  const minor = minorPerMajor(props.currency);
  const axis = niceAxis(Math.max(0, ...rows.map((row) => row.max / minor)));
  const x = (minorAmount: number) => plotLeft + ((minorAmount / minor) * (plotRight - plotLeft)) / axis.max;
  const height = rows.length * rowHeight + AXIS_HEIGHT + PAD;
  const money = (amount: number) => format.money(amount, props.currency);

  return (
    <figure className="chart">
      <div ref={frame} className="chart__frame">
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          className="chart__svg"
        >
          <title id={titleId}>{t("prices.chartTitle")}</title>
          <desc id={descId}>{t("prices.chartDescription")}</desc>
          {axis.ticks.map((tick) => {
            const tickX = x(tick * minor);
            return (
              <g key={tick} className="chart__tick">
                <line x1={tickX} x2={tickX} y1={PAD / 2} y2={rows.length * rowHeight + PAD / 2} />
                <text x={tickX} y={rows.length * rowHeight + PAD + 12} textAnchor="middle">
                  {money(tick * minor)}
                </text>
              </g>
            );
          })}
          {rows.map((row, index) => {
            const selected = cityName(row.city, language) === cityName(props.selectedCity, language);
            const top = PAD / 2 + index * rowHeight;
            const barY = narrow ? top + 30 : top + rowHeight / 2;
            return (
              <g key={row.city} className={`chart__row${selected ? " chart__row--selected" : ""}`}>
                <title>
                  {t("prices.chartRow", {
                    city: cityName(row.city, language),
                    min: money(row.min),
                    median: money(row.median),
                    max: money(row.max),
                  })}
                </title>
                <text
                  className="chart__label"
                  x={narrow ? plotLeft : LABEL_WIDTH}
                  y={narrow ? top + 16 : barY + 5}
                  textAnchor={narrow ? "start" : "end"}
                >
                  {cityName(row.city, language)}
                </text>
                <line
                  className="chart__range"
                  x1={x(row.min)}
                  x2={Math.max(x(row.max), x(row.min) + 1)}
                  y1={barY}
                  y2={barY}
                />
                <circle className="chart__median" cx={x(row.median)} cy={barY} r={6} />
                {!narrow && (
                  <text className="chart__value" x={plotRight + 12} y={barY + 5}>
                    {money(row.median)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="chart__legend">
        <span className="chart__legend-item">
          <span className="chart__key chart__key--range" aria-hidden="true" /> {t("prices.legendRange")}
        </span>
        <span className="chart__legend-item">
          <span className="chart__key chart__key--median" aria-hidden="true" /> {t("prices.legendMedian")}
        </span>
      </figcaption>
      <details className="chart__table">
        <summary>{t("prices.chartAsTable")}</summary>
        <PriceStatsTable rows={rows} currency={props.currency} />
      </details>
    </figure>
  );
}
