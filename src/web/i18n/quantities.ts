import type { MessageKey } from "./en.ts";
import type { Translate } from "./i18n.tsx";
import type { Language } from "./language-store.ts";

// Numbers, ranges and money as the reader's language writes them: "2–5 min" and "2–5 мин",
// "10–12 sessions" and "10–12 сеансов", "1,160 ₽" and "1 160 ₽", with a true minus sign.

export interface Quantity {
  min?: number;
  max?: number;
  unit: string;
  approx?: boolean;
}

/** Catalog units that Intl names itself, and how long the name is. */
const INTL_UNITS: Record<string, { unit: string; display: "short" | "long" }> = {
  s: { unit: "second", display: "short" },
  min: { unit: "minute", display: "short" },
  h: { unit: "hour", display: "short" },
  days: { unit: "day", display: "long" },
  months: { unit: "month", display: "long" },
  years: { unit: "year", display: "long" },
  "°C": { unit: "celsius", display: "short" },
  kg: { unit: "kilogram", display: "short" },
};

/** Units without an Intl name: a message per plural form, with the number as {n}. */
const COUNTED_UNITS: Record<string, string> = { sessions: "unit.sessions", mmHg: "unit.mmHg" };

const withMinusSign = (text: string) => text.replace(/-(?=\d)/g, "\u2212");

export function formatNumber(language: Language, value: number): string {
  return withMinusSign(new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value));
}

/** One value (`low === high`) or a closed range, with its unit. */
function formatBounds(language: Language, t: Translate, low: number, high: number, unit: string): string {
  const intl = INTL_UNITS[unit];
  if (intl) {
    const format = new Intl.NumberFormat(language, {
      style: "unit",
      unit: intl.unit,
      unitDisplay: intl.display,
      maximumFractionDigits: 2,
    });
    // formatRange would print "~10" for equal ends.
    return withMinusSign(low === high ? format.format(low) : format.formatRange(low, high));
  }
  if (/^[A-Z]{3}$/.test(unit)) {
    // An ISO 4217 code: the catalog gives prices in whole units of that currency.
    const money = moneyFormat(language, unit, !Number.isInteger(low) || !Number.isInteger(high));
    return withMinusSign(low === high ? money.format(low) : money.formatRange(low, high));
  }
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const n = withMinusSign(low === high ? numbers.format(low) : numbers.formatRange(low, high));
  const counted = COUNTED_UNITS[unit];
  if (!counted) return `${n} ${unit}`;
  const form = new Intl.PluralRules(language).select(high);
  return t(`${counted}.${form}` as MessageKey, { n });
}

/** "2–5 min", "from 20 sessions", "up to 1 day", "about 10 sessions". */
export function formatQuantity(language: Language, t: Translate, quantity: Quantity): string {
  const { min, max, unit } = quantity;
  const about = (text: string) => (quantity.approx ? t("quantity.about", { value: text }) : text);
  if (min !== undefined && max !== undefined) return about(formatBounds(language, t, min, max, unit));
  // "At least about 2 days": the bound is firm, the number is not.
  if (min !== undefined)
    return t("quantity.from", { value: about(formatBounds(language, t, min, min, unit)) });
  if (max !== undefined)
    return t("quantity.upTo", { value: about(formatBounds(language, t, max, max, unit)) });
  return "—";
}

/** How many minor units make one major unit of the currency (100 for RUB). */
export function minorPerMajor(currency: string): number {
  const digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
    .maximumFractionDigits;
  return 10 ** (digits ?? 2);
}

function moneyFormat(language: Language, currency: string, fractions: boolean): Intl.NumberFormat {
  return new Intl.NumberFormat(language, {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
    ...(fractions ? {} : { minimumFractionDigits: 0, maximumFractionDigits: 0 }),
  });
}

/** An amount in minor units (kopecks) as money: 116000 RUB → "1 160 ₽"; kopecks only when there are any. */
export function formatMoney(language: Language, amount: number, currency: string): string {
  const major = amount / minorPerMajor(currency);
  return withMinusSign(moneyFormat(language, currency, !Number.isInteger(major)).format(major));
}
