import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalToMinorUnits, minorUnitDigits, priceListCsvRowSchema, priceRecordSchema } from "./schema.ts";

describe("decimalToMinorUnits", () => {
  it.each([
    ["1160", 2, 116_000],
    ["1160.5", 2, 116_050],
    ["1160.50", 2, 116_050],
    ["0.29", 2, 29], // 0.29 * 100 is 28.999999999999996 in floating point
    ["1.005", 3, 1_005],
    ["500", 0, 500],
    [" 700 ", 2, 70_000],
    ["007", 2, 700],
  ])("%s with %i digits → %i", (text, digits, minor) => {
    expect(decimalToMinorUnits(text, digits)).toBe(minor);
  });

  it.each([
    ["", 2, "Price is required."],
    ["1160.505", 2, "At most 2 decimal places for this currency."],
    ["500.5", 0, "This currency has no minor unit: drop the decimals."],
    ["1160,50", 2, 'Use a dot as the decimal separator ("1160.50").'],
    ["1 160", 2, "Write the price without thousands separators."],
    ["1,160", 2, "Write the price without thousands separators."],
    ["-5", 2, '"-5" is not a price: use digits with an optional decimal point, like 1160.50.'],
    ["0.00", 2, "Price must be greater than zero."],
    ["99999999999999999", 2, "Price is too large."],
  ])("%s with %i digits → %s", (text, digits, message) => {
    expect(decimalToMinorUnits(text, digits)).toBe(message);
  });

  it("round-trips every amount written with two decimals exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (minor) => {
        const text = `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
        expect(decimalToMinorUnits(text, 2)).toBe(minor);
      }),
    );
  });
});

describe("minorUnitDigits", () => {
  it("follows ISO 4217", () => {
    expect([minorUnitDigits("RUB"), minorUnitDigits("JPY"), minorUnitDigits("KWD")]).toEqual([2, 0, 3]);
  });
});

describe("priceListCsvRowSchema", () => {
  const row = {
    clinic_name: " Narnia Spa ",
    city: "Тверь",
    address: "st. Simeonovskaya, 33a",
    procedure_id: "nitrogen-cryomassage",
    price: "700.50",
    currency: "rub",
  };

  it("turns a row into an entry with the city canonicalised and the price in kopecks", () => {
    expect(priceListCsvRowSchema.parse(row)).toEqual({
      clinic: { name: "Narnia Spa", city: "Tver", cityRu: "Тверь", address: "st. Simeonovskaya, 33a" },
      procedureId: "nitrogen-cryomassage",
      price: { amount: 70_050, currency: "RUB" },
    });
  });

  it("keeps a city it does not know as written", () => {
    expect(priceListCsvRowSchema.parse({ ...row, city: "Kazan" }).clinic).toMatchObject({
      city: "Kazan",
      cityRu: null,
    });
  });

  it("names each failing field", () => {
    const result = priceListCsvRowSchema.safeParse({ ...row, procedure_id: "cryo", currency: "RUBL" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["procedure_id", "currency"]);
    expect(priceListCsvRowSchema.safeParse({ ...row, currency: "XYZ" }).error?.issues[0]?.message).toBe(
      "Not an ISO 4217 currency code.",
    );
  });
});

describe("priceRecordSchema", () => {
  const record = {
    clinic: { name: null, city: "Volgograd", cityRu: "Волгоград", address: "st. Rokossovsky, 38" },
    procedureId: "nitrogen-cryomassage",
    price: { amount: 35_000, currency: "RUB" },
    source: { article: "001_c5f45e6bac8c7cc5.txt", line: 219, excerpt: "st. Rokossovsky, 38 350" },
    ambiguity: null,
  };

  it("accepts a record without a clinic name", () => {
    expect(priceRecordSchema.safeParse(record).success).toBe(true);
  });

  it("rejects a fractional amount, a Russian city name in the English slot and unknown keys", () => {
    expect(
      priceRecordSchema.safeParse({ ...record, price: { amount: 350.5, currency: "RUB" } }).success,
    ).toBe(false);
    expect(
      priceRecordSchema.safeParse({ ...record, clinic: { ...record.clinic, city: "Волгоград" } }).success,
    ).toBe(false);
    expect(priceRecordSchema.safeParse({ ...record, extra: 1 }).success).toBe(false);
  });
});
