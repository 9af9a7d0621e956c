import type { OfferingDefaults } from "../../api/booking-setup-api.ts";
import type { Offering, OfferingInput } from "../../api/booking-types.ts";
import type { Qualification } from "../../api/types.ts";
import type { Language } from "../../i18n/language-store.ts";
import { parseDecimal } from "../../i18n/parse-decimal.ts";
import { minorPerMajor } from "../../i18n/quantities.ts";

// An offering as its form holds it (numbers as typed, the price as a decimal in the clinic's
// currency) and the request it makes. Ranges are the server's to check; here only what
// cannot be sent at all is caught: a box that is not a whole number, a price that is not one.

export interface OfferingValues {
  procedureId: string;
  name: string;
  durationMinutes: string;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  resourceTypes: string[];
  qualifications: Qualification[];
  price: string;
  bookableOnline: boolean;
  active: boolean;
}

export type OfferingField = keyof OfferingValues;
export type ValueProblem = "required" | "not-a-whole-number" | "not-an-amount";

export const NO_OFFERING: OfferingValues = {
  procedureId: "",
  name: "",
  durationMinutes: "",
  bufferBeforeMinutes: "0",
  bufferAfterMinutes: "0",
  resourceTypes: [],
  qualifications: [],
  price: "",
  bookableOnline: true,
  active: true,
};

/** Minor units as the decimal a person types: 250000 RUB → "2500", 1999 EUR → "19.99". */
export function priceText(minor: number, currency: string): string {
  const factor = minorPerMajor(currency);
  const digits = Math.round(Math.log10(factor));
  const major = minor / factor;
  return Number.isInteger(major) ? String(major) : major.toFixed(digits);
}

/** A typed price ("2 500,50") in minor units; null when it is not an amount of that currency. */
export function priceMinor(text: string, currency: string): number | null | undefined {
  const value = parseDecimal(text.replace(/[\s\u00a0]/g, ""));
  if (value === undefined || value === null) return value;
  const minor = value * minorPerMajor(currency);
  // More decimals than the currency has (12.345 roubles) is a typing slip, not a price.
  if (value < 0 || Math.abs(minor - Math.round(minor)) > 1e-6) return null;
  return Math.round(minor);
}

export function valuesOfOffering(offering: Offering): OfferingValues {
  return {
    procedureId: offering.procedureId,
    name: offering.name,
    durationMinutes: String(offering.durationMinutes),
    bufferBeforeMinutes: String(offering.bufferBeforeMinutes),
    bufferAfterMinutes: String(offering.bufferAfterMinutes),
    resourceTypes: [...offering.resourceTypes],
    qualifications: [...offering.qualifications],
    price: priceText(offering.priceMinor, offering.currency),
    bookableOnline: offering.bookableOnline,
    active: offering.active,
  };
}

/** The catalog's suggestion for a procedure, named in the interface language; a price typed already stays. */
export function valuesOfDefaults(
  defaults: OfferingDefaults,
  language: Language,
  currency: string,
  typed: OfferingValues,
): OfferingValues {
  return {
    ...typed,
    procedureId: defaults.procedureId,
    name: defaults.names[language],
    durationMinutes: String(defaults.durationMinutes),
    bufferBeforeMinutes: String(defaults.bufferBeforeMinutes),
    bufferAfterMinutes: String(defaults.bufferAfterMinutes),
    resourceTypes: [...defaults.resourceTypes],
    qualifications: [...defaults.qualifications],
    price:
      defaults.priceMinor !== null && typed.price.trim() === ""
        ? priceText(defaults.priceMinor, currency)
        : typed.price,
    bookableOnline: defaults.bookableOnline,
  };
}

export function offeringInput(
  values: OfferingValues,
  currency: string,
): { input: OfferingInput; problems: { field: OfferingField; problem: ValueProblem }[] } {
  const problems: { field: OfferingField; problem: ValueProblem }[] = [];
  const whole = (field: "durationMinutes" | "bufferBeforeMinutes" | "bufferAfterMinutes") => {
    const text = values[field].trim();
    if (text === "") problems.push({ field, problem: "required" });
    else if (!/^\d+$/.test(text)) problems.push({ field, problem: "not-a-whole-number" });
    return Number(text);
  };
  const durationMinutes = whole("durationMinutes");
  const bufferBeforeMinutes = whole("bufferBeforeMinutes");
  const bufferAfterMinutes = whole("bufferAfterMinutes");
  const price = priceMinor(values.price, currency);
  if (price === undefined) problems.push({ field: "price", problem: "required" });
  if (price === null) problems.push({ field: "price", problem: "not-an-amount" });
  if (!values.procedureId) problems.push({ field: "procedureId", problem: "required" });
  const name = values.name.trim();
  return {
    input: {
      procedureId: values.procedureId,
      // Left empty, the offering takes the catalog's name of the procedure.
      ...(name && { name }),
      durationMinutes,
      bufferBeforeMinutes,
      bufferAfterMinutes,
      resourceTypes: values.resourceTypes,
      qualifications: values.qualifications,
      priceMinor: price ?? 0,
      bookableOnline: values.bookableOnline,
    },
    problems,
  };
}
