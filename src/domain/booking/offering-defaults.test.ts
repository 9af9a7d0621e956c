import { describe, expect, it } from "vitest";
import { catalog } from "../../catalog/load.ts";
import type { Procedure } from "../../catalog/schema.ts";
import { SEED_PRICES } from "../../prices/seed-prices.ts";
import {
  articlePriceMedian,
  catalogPerformers,
  catalogSessionMinutes,
  offeringDefaults,
} from "./offering-defaults.ts";
import { offeringCreateSchema } from "./offerings.ts";

const procedure = (id: string) => catalog.getProcedure(id) as Procedure;
const source = { article: "000_6f82df9865416c89.txt", line: 1, excerpt: "some words" };

describe("offering defaults", () => {
  it("suggests the room and apparatus, the performers and an editorial hour for cryolipolysis", () => {
    expect(offeringDefaults("cryolipolysis", "RUB")).toMatchObject({
      names: { en: "Cryolipolysis", ru: "Криолиполиз" },
      resourceTypes: ["room", "device:cryolipolysis-apparatus"],
      qualifications: ["cosmetologist"],
      durationMinutes: 60,
      durationBasis: "editorial",
      bookableOnline: true,
    });
  });

  it("books the cryosauna cabin alone and lets a physiotherapist or a nurse run it", () => {
    const defaults = offeringDefaults("cryosauna", "RUB");
    expect(defaults?.resourceTypes).toEqual(["cryosauna-cabin"]);
    expect(defaults?.qualifications.sort()).toEqual(["nurse", "physiotherapist"]);
  });

  it("takes the longest documented session, rounded up to five minutes", () => {
    // The articles give 2–5, 10–20 and 10–15 minutes for nitrogen cryomassage.
    expect(offeringDefaults("nitrogen-cryomassage", "RUB")).toMatchObject({
      durationMinutes: 20,
      durationBasis: "catalog",
    });
    const stated = (value: Record<string, unknown>) =>
      catalogSessionMinutes({
        ...procedure("ice-cryomassage"),
        sessionDuration: { value, sources: [source] },
      } as Procedure);
    expect(stated({ min: 7, max: 12, unit: "min" })).toBe(15);
    expect(stated({ min: 1, unit: "h" })).toBe(60);
    expect(stated({ min: 2, max: 3, unit: "days" })).toBeUndefined();
  });

  it("lets anyone any article names perform it where the articles disagree", () => {
    const disputed = {
      ...procedure("cryosauna"),
      performers: {
        claims: [
          { value: ["physiotherapist"], sources: [source] },
          { value: ["nurse", "physiotherapist"], sources: [source] },
        ],
        conflicts: ["cryosauna-performers"],
      },
    } as Procedure;
    expect(catalogPerformers(disputed)).toEqual(["physiotherapist", "nurse"]);
  });

  it("keeps procedures a physician must prescribe off online booking", () => {
    expect(offeringDefaults("cryodestruction", "RUB")?.bookableOnline).toBe(false);
    expect(offeringDefaults("ent-cryotherapy", "RUB")?.bookableOnline).toBe(false);
  });

  it("suggests the median of the articles' prices in the clinic's currency, if they quote any", () => {
    const amounts = SEED_PRICES.filter((p) => p.procedureId === "nitrogen-cryomassage")
      .map((p) => p.price.amount)
      .sort((a, b) => a - b);
    const middle = amounts.length / 2;
    const median =
      amounts.length % 2 === 1
        ? amounts[Math.floor(middle)]
        : Math.round(((amounts[middle - 1] as number) + (amounts[middle] as number)) / 2);
    expect(articlePriceMedian("nitrogen-cryomassage", "RUB")).toBe(median);
    expect(offeringDefaults("nitrogen-cryomassage", "RUB")?.priceMinor).toBe(median);
    expect(offeringDefaults("nitrogen-cryomassage", "EUR")?.priceMinor).toBeNull();
    expect(offeringDefaults("cryosauna", "RUB")?.priceMinor).toBeNull();
  });

  it("gives every catalog procedure values an offering accepts, and nothing for an unknown id", () => {
    for (const { id } of catalog.procedures) {
      const defaults = offeringDefaults(id, "RUB");
      expect(defaults, id).toBeDefined();
      const { names, durationBasis: _basis, ...values } = defaults as NonNullable<typeof defaults>;
      const parsed = offeringCreateSchema.safeParse({ ...values, name: names.ru, priceMinor: 0 });
      expect(parsed.error?.issues ?? [], id).toEqual([]);
    }
    expect(offeringDefaults("cryo-yoga", "RUB")).toBeUndefined();
  });
});
