import { describe, expect, test } from "vitest";
import type { OfferingDefaults } from "../../api/booking-setup-api.ts";
import { NO_OFFERING, offeringInput, priceMinor, priceText, valuesOfDefaults } from "./offering-values.ts";

const CRYOLIPOLYSIS: OfferingDefaults = {
  procedureId: "cryolipolysis",
  names: { en: "Cryolipolysis", ru: "Криолиполиз" },
  durationMinutes: 60,
  durationBasis: "editorial",
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  resourceTypes: ["room", "device:cryolipolysis-apparatus"],
  qualifications: ["cosmetologist"],
  bookableOnline: true,
  priceMinor: 1_200_000,
};

describe("an offering's price", () => {
  test("is typed in the clinic's currency, with a decimal comma or point, and sent in minor units", () => {
    expect(priceMinor("2500", "RUB")).toBe(250_000);
    expect(priceMinor("2 500,50", "RUB")).toBe(250_050);
    expect(priceMinor("19.99", "EUR")).toBe(1999);
    expect(priceMinor("1500", "JPY")).toBe(1500);
  });

  test("is refused when it is not an amount of that currency", () => {
    expect(priceMinor("12.345", "RUB")).toBeNull();
    expect(priceMinor("12.5", "JPY")).toBeNull();
    expect(priceMinor("-5", "RUB")).toBeNull();
    expect(priceMinor("дорого", "RUB")).toBeNull();
    expect(priceMinor(" ", "RUB")).toBeUndefined();
  });

  test("is shown back as it would be typed", () => {
    expect(priceText(250_000, "RUB")).toBe("2500");
    expect(priceText(250_050, "RUB")).toBe("2500.50");
  });
});

describe("the offering form", () => {
  test("picking a procedure fills in the catalog's suggestion in the interface language", () => {
    const values = valuesOfDefaults(CRYOLIPOLYSIS, "ru", "RUB", NO_OFFERING);
    expect(values).toMatchObject({
      procedureId: "cryolipolysis",
      name: "Криолиполиз",
      durationMinutes: "60",
      bufferAfterMinutes: "10",
      resourceTypes: ["room", "device:cryolipolysis-apparatus"],
      qualifications: ["cosmetologist"],
      price: "12000",
    });
  });

  test("a price already typed is kept when the procedure changes", () => {
    const typed = { ...NO_OFFERING, price: "9900" };
    expect(valuesOfDefaults(CRYOLIPOLYSIS, "en", "RUB", typed).price).toBe("9900");
  });

  test("sends whole minutes and minor units, and names what cannot be sent", () => {
    const values = valuesOfDefaults(CRYOLIPOLYSIS, "en", "RUB", NO_OFFERING);
    expect(offeringInput(values, "RUB")).toEqual({
      input: {
        procedureId: "cryolipolysis",
        name: "Cryolipolysis",
        durationMinutes: 60,
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: 10,
        resourceTypes: ["room", "device:cryolipolysis-apparatus"],
        qualifications: ["cosmetologist"],
        priceMinor: 1_200_000,
        bookableOnline: true,
      },
      problems: [],
    });
    const broken = { ...values, durationMinutes: "1.5", bufferAfterMinutes: "", price: "12,345" };
    expect(offeringInput(broken, "RUB").problems).toEqual([
      { field: "durationMinutes", problem: "not-a-whole-number" },
      { field: "bufferAfterMinutes", problem: "required" },
      { field: "price", problem: "not-an-amount" },
    ]);
  });
});
