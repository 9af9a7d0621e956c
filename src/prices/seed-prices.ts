import seed from "./data/seed-prices.json" with { type: "json" };
import { type PriceRecord, seedPricesSchema } from "./schema.ts";

/** The 30 clinic prices of the source articles, validated at load. */
export const SEED_PRICES: readonly PriceRecord[] = seedPricesSchema.parse(seed);
