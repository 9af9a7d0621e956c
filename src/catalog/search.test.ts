import { describe, expect, it } from "vitest";
import { findConditionsByIcd10, getCondition, proceduresForCondition, searchConditions } from "./load.ts";

const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe("searching conditions", () => {
  it("finds warts in English, by synonym, in Russian and by code", () => {
    expect(ids(searchConditions("warts"))[0]).toBe("warts");
    expect(ids(searchConditions("Papillomas"))[0]).toBe("warts");
    expect(ids(searchConditions("бородав"))[0]).toBe("warts");
    expect(ids(searchConditions("папилломы"))[0]).toBe("warts");
    expect(ids(searchConditions("B07.1"))[0]).toBe("warts");
  });

  it("ranks an exact name above a partial match", () => {
    const results = ids(searchConditions("acne"));
    expect(results[0]).toBe("acne");
    expect(results).toContain("post-acne");
    expect(results.indexOf("acne")).toBeLessThan(results.indexOf("post-acne"));
  });

  it("treats ё as е and ignores case and extra spaces", () => {
    expect(ids(searchConditions("  ФУРУНКУЛЁЗ "))).toContain("furunculosis");
    expect(ids(searchConditions("фурункулез"))).toContain("furunculosis");
  });

  it("restricts names and synonyms to the requested language", () => {
    expect(ids(searchConditions("migraine", "ru"))).toEqual([]);
    expect(ids(searchConditions("мигрень", "ru"))).toEqual(["migraine"]);
    expect(ids(searchConditions("мигрень", "en"))).toEqual([]);
  });

  it("finds the catalog's vocabulary for everyday words", () => {
    expect(ids(searchConditions("давление"))[0]).toBe("hypertension");
    expect(ids(searchConditions("cold allergy"))[0]).toBe("cold-intolerance");
    expect(ids(searchConditions("ОРВИ"))[0]).toBe("acute-respiratory-viral-infection");
  });

  it("returns nothing for an empty query or an unknown word", () => {
    expect(searchConditions("   ")).toEqual([]);
    expect(searchConditions("xylophone")).toEqual([]);
  });
});

describe("finding conditions by ICD-10 code", () => {
  it("matches hierarchically, most specific first: I82.9 falls under thrombosis (I80-I82) and all cardiovascular disease", () => {
    expect(ids(findConditionsByIcd10("I82.9"))).toEqual(["thrombosis", "cardiovascular-disease"]);
  });

  it("G40 and G40.1 both find epilepsy before the nervous-system range", () => {
    expect(ids(findConditionsByIcd10("G40.1")).slice(0, 2)).toEqual(["epilepsy", "nervous-system-disease"]);
    expect(ids(findConditionsByIcd10("G40"))[0]).toBe("epilepsy");
  });

  it("a category finds conditions coded more narrowly under it, after the ones that cover it", () => {
    expect(ids(findConditionsByIcd10("L70"))).toEqual(["acne", "skin-disease", "comedones"]);
  });

  it("finds nothing for a malformed code", () => {
    expect(findConditionsByIcd10("warts")).toEqual([]);
    expect(findConditionsByIcd10("I8")).toEqual([]);
  });
});

describe("what helps with a condition", () => {
  it("warts: cryodestruction among others", () => {
    const procedures = proceduresForCondition("warts").map((p) => p.id);
    expect(procedures).toContain("cryodestruction");
    expect(procedures).not.toContain("cryosauna");
  });

  it("chronic tonsillitis: ENT cryotherapy only", () => {
    expect(proceduresForCondition("chronic-tonsillitis").map((p) => p.id)).toEqual(["ent-cryotherapy"]);
  });

  it("an unknown condition: nothing", () => {
    expect(getCondition("no-such-thing")).toBeUndefined();
    expect(proceduresForCondition("no-such-thing")).toEqual([]);
  });
});
