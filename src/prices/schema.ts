import { z } from "zod";
import { PROCEDURE_IDS } from "../catalog/schema-common.ts";
import { resolveCity } from "./cities.ts";

// Schemas for the price directory: a seed price record (src/prices/data/seed-prices.json)
// and one row of a clinic's own price-list CSV. Money is integer minor units + ISO 4217.

// The procedure ids are the catalog's; here they only get a friendlier error message.
export const procedureIdSchema = z.enum(PROCEDURE_IDS, {
  error: () => `Use one of: ${PROCEDURE_IDS.join(", ")}.`,
});
export type ProcedureId = z.infer<typeof procedureIdSchema>;

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/** Digits after the decimal point in a currency's minor unit (RUB 2, JPY 0, KWD 3). */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
    .maximumFractionDigits as number;
}

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: "Use a 3-letter ISO 4217 currency code, like RUB.", abort: true })
  .refine((code) => KNOWN_CURRENCIES.has(code), "Not an ISO 4217 currency code.");

export const moneySchema = z
  .object({
    amount: z
      .int("Amount must be a whole number of minor units (kopecks).")
      .positive("Amount must be positive.")
      .max(Number.MAX_SAFE_INTEGER),
    currency: currencySchema,
  })
  .strict();
export type Money = z.infer<typeof moneySchema>;

/**
 * Converts a decimal in major units ("1160", "1160.5", "1160.50") to integer minor units
 * by moving digits, never through floating point. Returns a message when it cannot.
 */
export function decimalToMinorUnits(text: string, digits: number): number | string {
  const value = text.trim();
  if (value === "") return "Price is required.";
  if (/^\d{1,3}([ \u00a0,]\d{3})+(\.\d+)?$/.test(value))
    return "Write the price without thousands separators.";
  if (/^\d+,\d{1,2}$/.test(value))
    return `Use a dot as the decimal separator ("${value.replace(",", ".")}").`;
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return `"${value}" is not a price: use digits with an optional decimal point, like 1160.50.`;
  const [, whole = "", fraction = ""] = match;
  if (fraction.length > digits) {
    return digits === 0
      ? "This currency has no minor unit: drop the decimals."
      : `At most ${digits} decimal places for this currency.`;
  }
  const minor = `${whole}${fraction.padEnd(digits, "0")}`.replace(/^0+(?=\d)/, "");
  // Number() of a digit string is exact up to 2^53; beyond that the comparison still holds.
  const amount = Number(minor);
  if (amount > Number.MAX_SAFE_INTEGER) return "Price is too large.";
  if (amount === 0) return "Price must be greater than zero.";
  return amount;
}

export const clinicSchema = z
  .object({
    /** null where the source table left the name out. */
    name: z.string().trim().min(1).nullable(),
    city: z.string().trim().min(1),
    cityRu: z.string().trim().min(1).nullable(),
    address: z.string().trim().min(1),
  })
  .strict();

export const priceRecordSchema = z
  .object({
    clinic: clinicSchema,
    procedureId: procedureIdSchema,
    price: moneySchema,
    source: z
      .object({
        article: z.string().regex(/^[\w.-]+\.txt$/, "A seed file name like 001_x.txt."),
        line: z.int().positive(),
        excerpt: z.string().min(1),
      })
      .strict(),
    /** Why the split of name/address/price was not obvious, or null. */
    ambiguity: z.string().min(1).nullable(),
  })
  .strict()
  .refine((record) => resolveCity(record.clinic.city)?.en === record.clinic.city, {
    message: "City must be a canonical English city name.",
    path: ["clinic", "city"],
  });
export type PriceRecord = z.infer<typeof priceRecordSchema>;
export const seedPricesSchema = z.array(priceRecordSchema);

export const PRICE_LIST_CSV_COLUMNS = [
  "clinic_name",
  "city",
  "address",
  "procedure_id",
  "price",
  "currency",
] as const;

// The same limits as the price_list_entries columns (clinic name and city), so a long
// cell is reported with its line instead of failing at the database.
const requiredText = (what: string, max = 300) =>
  z.string().trim().min(1, `${what} is required.`).max(max, `${what}: at most ${max} characters.`);

/** One CSV row (cells by column name) → a price-list entry with the city canonicalised. */
export const priceListCsvRowSchema = z
  .object({
    clinic_name: requiredText("Clinic name", 200),
    city: requiredText("City", 100),
    address: requiredText("Address"),
    procedure_id: z.string().trim().pipe(procedureIdSchema),
    price: z.string(),
    currency: z.string().trim().toUpperCase().pipe(currencySchema),
  })
  .transform((row, ctx) => {
    const amount = decimalToMinorUnits(row.price, minorUnitDigits(row.currency));
    if (typeof amount === "string") {
      ctx.issues.push({ code: "custom", message: amount, path: ["price"], input: row.price });
      return z.NEVER;
    }
    const city = resolveCity(row.city);
    return {
      clinic: {
        name: row.clinic_name,
        city: city?.en ?? row.city,
        cityRu: city?.ru ?? null,
        address: row.address,
      },
      procedureId: row.procedure_id,
      price: { amount, currency: row.currency },
    };
  });
export type PriceListRow = z.output<typeof priceListCsvRowSchema>;
