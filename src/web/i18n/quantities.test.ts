import { describe, expect, test } from "vitest";
import { en } from "./en.ts";
import type { Translate } from "./i18n.tsx";
import { formatMoney, formatNumber, formatQuantity } from "./quantities.ts";
import { ru } from "./ru.ts";

const translator =
  (dictionary: Record<string, string>): Translate =>
  (key, params) =>
    (dictionary[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name]));

const EN = translator(en);
const RU = translator(ru);
// Intl separates numbers from units with no-break spaces; compare with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatQuantity", () => {
  test("writes ranges and single values with the unit in each language", () => {
    expect(plain(formatQuantity("en", EN, { min: 2, max: 5, unit: "min" }))).toBe("2–5 min");
    expect(plain(formatQuantity("ru", RU, { min: 2, max: 5, unit: "min" }))).toBe("2–5 мин");
    expect(plain(formatQuantity("ru", RU, { min: 2, max: 3, unit: "days" }))).toBe("2–3 дня");
    expect(plain(formatQuantity("en", EN, { min: 6, max: 6, unit: "months" }))).toBe("6 months");
    expect(plain(formatQuantity("ru", RU, { min: 6, max: 6, unit: "months" }))).toBe("6 месяцев");
  });

  test("counts sessions with the plural the last number needs", () => {
    expect(plain(formatQuantity("en", EN, { min: 10, max: 12, unit: "sessions" }))).toBe("10–12 sessions");
    expect(plain(formatQuantity("ru", RU, { min: 10, max: 12, unit: "sessions" }))).toBe("10–12 сеансов");
    expect(plain(formatQuantity("ru", RU, { min: 1, max: 1, unit: "sessions" }))).toBe("1 сеанс");
    expect(plain(formatQuantity("ru", RU, { min: 2, max: 3, unit: "sessions" }))).toBe("2–3 сеанса");
  });

  test("says which end is open and marks approximate values", () => {
    expect(plain(formatQuantity("en", EN, { min: 20, unit: "sessions" }))).toBe("at least 20 sessions");
    expect(plain(formatQuantity("ru", RU, { max: 1, unit: "days" }))).toBe("максимум 1 день");
    expect(plain(formatQuantity("en", EN, { min: 2, max: 5, unit: "min", approx: true }))).toBe(
      "about 2–5 min",
    );
    expect(plain(formatQuantity("ru", RU, { min: 2, unit: "days", approx: true }))).toBe(
      "минимум примерно 2 дня",
    );
  });

  test("writes temperatures below zero with a minus sign and decimals per language", () => {
    expect(plain(formatQuantity("en", EN, { min: -196, max: -196, unit: "°C" }))).toBe("−196°C");
    expect(plain(formatQuantity("ru", RU, { min: -195.6, max: -195.6, unit: "°C" }))).toBe("−195,6 °C");
    expect(formatNumber("ru", -1.5)).toBe("−1,5");
  });

  test("writes the catalog's prices, given in whole roubles, as money", () => {
    expect(plain(formatQuantity("ru", RU, { min: 500, max: 2000, unit: "RUB" }))).toBe("500–2 000 ₽");
  });
});

describe("formatMoney", () => {
  test("turns kopecks into roubles and groups thousands per language", () => {
    expect(plain(formatMoney("ru", 116000, "RUB"))).toBe("1 160 ₽");
    expect(plain(formatMoney("en", 116000, "RUB"))).toBe("₽1,160");
    expect(plain(formatMoney("ru", 116050, "RUB"))).toBe("1 160,50 ₽");
  });
});
