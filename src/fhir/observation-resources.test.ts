import { describe, expect, it } from "vitest";
import { cabinExposure, session, vitals } from "../../test/support/fhir-record-fixtures.ts";
import { observationResources } from "./observation-resources.ts";

describe("measurements as FHIR R4 Observations", () => {
  it("measures exposure in seconds against the protocol limit and temperatures in Celsius (UCUM)", () => {
    const [exposure] = observationResources({ session });
    expect(exposure?.valueQuantity).toEqual({
      value: 200,
      unit: "s",
      system: "http://unitsofmeasure.org",
      code: "s",
    });
    expect(exposure?.referenceRange?.[0]?.high?.value).toBe(180);
    // 200 s against a 180 s limit: flagged high.
    expect(exposure?.interpretation?.[0]?.coding?.[0]?.code).toBe("H");
    expect(exposure?.component?.map((c) => [c.valueQuantity?.value, c.valueQuantity?.code])).toEqual([
      [-140, "Cel"],
      [-136.5, "Cel"],
    ]);
    const withinLimit = observationResources({
      session: { ...session, exposures: [{ ...cabinExposure, seconds: 150 }] },
    });
    expect(withinLimit[0]?.interpretation).toBeUndefined();
  });

  it("writes vital signs with their LOINC codes and UCUM units", () => {
    const observations = observationResources({ vitals });
    const coded = observations.map((o) => [
      o.code.coding?.[0]?.code,
      o.valueQuantity?.code ??
        o.component?.map((c) => `${c.code.coding?.[0]?.code} ${c.valueQuantity?.code}`),
    ]);
    expect(coded).toEqual([
      ["29463-7", "kg"],
      ["8310-5", "Cel"],
      ["85354-9", ["8480-6 mm[Hg]", "8462-4 mm[Hg]"]],
      ["8867-4", "/min"],
    ]);
    expect(observations.every((o) => o.category?.[0]?.coding?.[0]?.code === "vital-signs")).toBe(true);
    expect(
      observationResources({ vitals: { ...vitals, weightKg: undefined, heartRatePerMin: undefined } }),
    ).toHaveLength(2);
  });
});
