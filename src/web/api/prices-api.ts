import { request } from "./http.ts";

// The public price directory: the articles' price tables and clinics' imported lists.

export interface Money {
  /** Minor units: kopecks for RUB. */
  amount: number;
  currency: string;
}

export type PriceSource =
  | { kind: "article"; article: string; line: number; excerpt: string; note?: string }
  | { kind: "price-list"; organisation: string; file: string; line: number; importedAt: string };

export interface PriceItem {
  clinic: { name: string | null; city: string; address: string };
  procedureId: string;
  price: Money;
  source: PriceSource;
}

/** Minimum, median and maximum of one city's prices, in minor units. */
export interface CityPriceStats {
  city: string;
  procedureId: string;
  currency: string;
  min: number;
  median: number;
  max: number;
  count: number;
}

export const pricesApi = {
  search: (query: { procedure?: string; city?: string }) =>
    request<{ items: PriceItem[]; stats: CityPriceStats[] }>("GET", "/prices", {
      query,
      allowUnauthenticated: true,
    }),
};
