import { describe, expect, it } from "vitest";
import seed from "./data/seed-prices.json" with { type: "json" };
import { type PricedItem, queryPrices, summarise } from "./directory.ts";
import { type PriceRecord, seedPricesSchema } from "./schema.ts";

const records: PriceRecord[] = seedPricesSchema.parse(seed);

describe("queryPrices over the seed directory", () => {
  it("gives Moscow's prices and its stats, worked by hand", () => {
    // Moscow rows: Family Clinic 1 160, Lady-M 800, Gioconda 850 RUB.
    const { items, stats } = queryPrices(records, { city: "Moscow" });
    expect(items.map((item) => [item.clinic.name, item.price.amount])).toEqual([
      ['Salon "Lady-M"', 80_000],
      ['Beauty and health club "Gioconda"', 85_000],
      ["Family Clinic", 116_000],
    ]);
    expect(stats).toEqual([
      {
        city: "Moscow",
        procedureId: "nitrogen-cryomassage",
        currency: "RUB",
        min: 80_000,
        median: 85_000,
        max: 116_000,
        count: 3,
      },
    ]);
  });

  it("averages the two middle prices when a city has an even count", () => {
    const fourth: PricedItem = {
      clinic: { name: "Fourth", city: "Москва", address: "st. Arbat, 1" },
      procedureId: "nitrogen-cryomassage",
      price: { amount: 85_001, currency: "RUB" },
    };
    // 80 000, 85 000, 85 001, 116 000 → (85 000 + 85 001) / 2 = 85 000.5 → 85 001
    const { stats } = queryPrices([...records, fourth], { city: "moscow" });
    expect(stats[0]).toMatchObject({ min: 80_000, median: 85_001, max: 116_000, count: 4 });
  });

  it("accepts the city in Russian, in any case, or by an alias", () => {
    const english = queryPrices(records, { city: "Saint Petersburg" }).items;
    expect(english).toHaveLength(3);
    expect(queryPrices(records, { city: "санкт-петербург" }).items).toEqual(english);
    expect(queryPrices(records, { city: "St. Petersburg" }).items).toEqual(english);
    expect(queryPrices(records, { city: "ЕКАТЕРИНБУРГ" }).stats[0]).toMatchObject({
      city: "Ekaterinburg",
      min: 50_000,
      median: 55_000,
      max: 60_000,
    });
  });

  it("answers an unknown city or procedure with nothing, not an error", () => {
    expect(queryPrices(records, { city: "Kazan" })).toEqual({ items: [], stats: [] });
    expect(queryPrices(records, { procedure: "cryosauna" })).toEqual({ items: [], stats: [] });
    expect(queryPrices(records, { procedure: "no-such-thing" })).toEqual({ items: [], stats: [] });
  });

  it("without filters lists every row and one stats entry per city", () => {
    const { items, stats } = queryPrices(records);
    expect(items).toHaveLength(30);
    expect(stats.map((entry) => [entry.city, entry.count])).toEqual([
      ["Ekaterinburg", 3],
      ["Krasnodar", 3],
      ["Moscow", 3],
      ["Nizhny Novgorod", 3],
      ["Rostov-on-Don", 3],
      ["Saint Petersburg", 3],
      ["Tver", 3],
      ["Volgograd", 3],
      ["Voronezh", 3],
      ["Yaroslavl", 3],
    ]);
    expect(queryPrices(records, { procedure: "nitrogen-cryomassage", city: " " }).items).toHaveLength(30);
  });

  it("does not mix procedures or currencies in one city's stats", () => {
    const extra: PricedItem[] = [
      {
        clinic: { name: "X", city: "Moscow", address: "a" },
        procedureId: "cryosauna",
        price: { amount: 250_000, currency: "RUB" },
      },
      {
        clinic: { name: "Y", city: "Moscow", address: "b" },
        procedureId: "nitrogen-cryomassage",
        price: { amount: 1_500, currency: "EUR" },
      },
    ];
    const { stats } = queryPrices([...records, ...extra], { city: "Москва" });
    expect(stats.map((entry) => [entry.procedureId, entry.currency, entry.count])).toEqual([
      ["cryosauna", "RUB", 1],
      ["nitrogen-cryomassage", "EUR", 1],
      ["nitrogen-cryomassage", "RUB", 3],
    ]);
  });
});

describe("summarise", () => {
  it("takes the mean of the two middle prices for an even count, rounded", () => {
    // 350, 470, 550, 601 → (470 + 550) / 2 = 510
    expect(summarise([55_000, 35_000, 60_100, 47_000])).toEqual({
      min: 35_000,
      median: 51_000,
      max: 60_100,
      count: 4,
    });
    // (1 + 2) / 2 = 1.5 → 2
    expect(summarise([1, 2]).median).toBe(2);
    expect(summarise([7]).median).toBe(7);
  });

  it("refuses an empty list", () => {
    expect(() => summarise([])).toThrow(RangeError);
  });
});
