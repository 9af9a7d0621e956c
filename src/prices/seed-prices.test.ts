import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  extractSeedPrices,
  readSeedArticles,
  renderSeedPrices,
  SEED_PRICES_FILE,
  SEEDS_DIR,
} from "../../scripts/extract-seed-prices.ts";
import seed from "./data/seed-prices.json" with { type: "json" };
import { seedPricesSchema } from "./schema.ts";

// The clean seed directory: valid, complete, and still what the extraction script makes.
const records = seedPricesSchema.parse(seed);

describe("seed-prices.json", () => {
  it("holds 30 nitrogen cryomassage prices in RUB, three for each of ten cities", () => {
    expect(records).toHaveLength(30);
    const perCity = new Map<string, number>();
    for (const record of records) perCity.set(record.clinic.city, (perCity.get(record.clinic.city) ?? 0) + 1);
    expect(Object.fromEntries(perCity)).toEqual({
      Moscow: 3,
      "Saint Petersburg": 3,
      Krasnodar: 3,
      "Rostov-on-Don": 3,
      "Nizhny Novgorod": 3,
      Voronezh: 3,
      Volgograd: 3,
      Ekaterinburg: 3,
      Yaroslavl: 3,
      Tver: 3,
    });
    expect(new Set(records.map((record) => record.procedureId))).toEqual(new Set(["nitrogen-cryomassage"]));
    expect(new Set(records.map((record) => record.price.currency))).toEqual(new Set(["RUB"]));
  });

  it("keeps every price in whole roubles and each excerpt showing the address and price as written", () => {
    for (const record of records) {
      expect(record.price.amount % 100).toBe(0);
      expect(record.source.excerpt.startsWith(record.clinic.address)).toBe(true);
    }
  });

  it("explains every split where the house number and the price touch (24 rows)", () => {
    const explained = records.filter((record) => record.ambiguity !== null);
    expect(explained).toHaveLength(24);
    for (const record of explained) expect(record.ambiguity).toContain(`= ${record.price.amount / 100} RUB`);
  });

  it("quotes each row's own line of the article", () => {
    const texts = new Map(
      readSeedArticles(SEEDS_DIR).map(({ article, text }) => [article, text.split("\n")]),
    );
    for (const record of records) {
      const line = texts.get(record.source.article)?.[record.source.line - 1] ?? "";
      expect(line).toContain(record.source.excerpt);
      if (record.clinic.name) expect(line).toContain(record.clinic.name);
    }
  });

  it("is what scripts/extract-seed-prices.ts makes from the seeds (not stale)", () => {
    const { records: extracted, errors } = extractSeedPrices(readSeedArticles(SEEDS_DIR));
    expect(errors).toEqual([]);
    expect(renderSeedPrices(extracted)).toBe(readFileSync(SEED_PRICES_FILE, "utf8"));
  });
});
