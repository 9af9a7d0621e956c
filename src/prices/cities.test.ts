import { describe, expect, it } from "vitest";
import { CITIES, cityKey, resolveCity } from "./cities.ts";

describe("resolveCity", () => {
  it.each([
    ["Санкт-Петербург", "Saint Petersburg"],
    ["St. Petersburg", "Saint Petersburg"],
    ["Saint Petersburg", "Saint Petersburg"],
    ["saint-petersburg", "Saint Petersburg"],
    ["СПб", "Saint Petersburg"],
    ["Ростов-на-Дону", "Rostov-on-Don"],
    ["rostov on don", "Rostov-on-Don"],
    ["Нижний Новгород", "Nizhny Novgorod"],
    ["Екатеринбург", "Ekaterinburg"],
    ["Yekaterinburg", "Ekaterinburg"],
    ["МОСКВА", "Moscow"],
    ["г. Москва", "Moscow"],
    ["  tver ", "Tver"],
    ["Ярославль", "Yaroslavl"],
  ])("%s → %s", (input, english) => {
    expect(resolveCity(input)?.en).toBe(english);
  });

  it("does not guess at names that stand for another town", () => {
    expect(resolveCity("Rostov")).toBeUndefined(); // Rostov Veliky
    expect(resolveCity("Novgorod")).toBeUndefined(); // Veliky Novgorod
    expect(resolveCity("Kazan")).toBeUndefined();
  });

  it("knows every city by its English and Russian name", () => {
    expect(CITIES).toHaveLength(10);
    for (const city of CITIES) {
      expect(resolveCity(city.en)).toBe(city);
      expect(resolveCity(city.ru)).toBe(city);
    }
  });

  it("treats ё as е", () => {
    expect(cityKey("Орёл")).toBe(cityKey("орел"));
  });
});
