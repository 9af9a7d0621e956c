import { cityKey, resolveCity } from "./cities.ts";
import type { Money, ProcedureId } from "./schema.ts";

// The price directory: filter price records by city and procedure, and summarise each
// city's prices. Works on seed records and on imported price-list rows alike.

export interface PricedItem {
  clinic: { name: string | null; city: string; address: string };
  procedureId: ProcedureId;
  price: Money;
}

export interface PriceQuery {
  /** English or Russian name or alias, any case; blank means every city. */
  city?: string;
  /** A procedure id; blank means every procedure. */
  procedure?: string;
}

/** Prices of one procedure in one city and currency, in minor units. */
export interface CityPriceStats {
  city: string;
  procedureId: ProcedureId;
  currency: string;
  min: number;
  /** For an even count, the mean of the two middle prices, rounded to a whole minor unit. */
  median: number;
  max: number;
  count: number;
}

export interface PriceQueryResult<T extends PricedItem> {
  /** Matching records, by city, then price (cheapest first), then clinic name. */
  items: T[];
  /** One entry per city × procedure × currency, so different procedures or currencies never mix. */
  stats: CityPriceStats[];
}

/** The key a city is compared by: its canonical English name when known, else its normalised spelling. */
function cityMatchKey(city: string): string {
  return resolveCity(city)?.en ?? cityKey(city);
}

export function summarise(
  amounts: readonly number[],
): Pick<CityPriceStats, "min" | "median" | "max" | "count"> {
  if (amounts.length === 0) throw new RangeError("No prices to summarise.");
  const sorted = [...amounts].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  const median = sorted.length % 2 === 1 ? upper : Math.round(((sorted[middle - 1] as number) + upper) / 2);
  return { min: sorted[0] as number, median, max: sorted.at(-1) as number, count: sorted.length };
}

export function queryPrices<T extends PricedItem>(
  records: readonly T[],
  query: PriceQuery = {},
): PriceQueryResult<T> {
  const city = query.city?.trim() ? cityMatchKey(query.city) : undefined;
  const procedure = query.procedure?.trim() || undefined;
  const items = records
    .filter((record) => city === undefined || cityMatchKey(record.clinic.city) === city)
    .filter((record) => procedure === undefined || record.procedureId === procedure)
    .sort(
      (a, b) =>
        a.clinic.city.localeCompare(b.clinic.city, "en") ||
        a.price.amount - b.price.amount ||
        (a.clinic.name ?? "").localeCompare(b.clinic.name ?? "", "ru"),
    );

  const groups = new Map<string, { first: T; amounts: number[] }>();
  for (const item of items) {
    const key = [cityMatchKey(item.clinic.city), item.procedureId, item.price.currency].join("\u0000");
    const group = groups.get(key);
    if (group) group.amounts.push(item.price.amount);
    else groups.set(key, { first: item, amounts: [item.price.amount] });
  }
  const stats = [...groups.values()]
    .map(({ first, amounts }) => ({
      city: first.clinic.city,
      procedureId: first.procedureId,
      currency: first.price.currency,
      ...summarise(amounts),
    }))
    .sort(
      (a, b) =>
        a.city.localeCompare(b.city, "en") ||
        a.procedureId.localeCompare(b.procedureId) ||
        a.currency.localeCompare(b.currency),
    );
  return { items, stats };
}
