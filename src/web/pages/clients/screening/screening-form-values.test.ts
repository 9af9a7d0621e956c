import { describe, expect, test } from "vitest";
import type { ConditionSummary } from "../../../api/catalog-types.ts";
import { EMPTY_SCREENING, fieldOfServerPath, requestFromValues } from "./screening-form-values.ts";

const migraine: ConditionSummary = {
  id: "migraine",
  kind: "disease",
  names: { en: "Migraine", ru: "Мигрень" },
  synonyms: { en: [], ru: [] },
  icd10: ["G43"],
};

describe("requestFromValues", () => {
  test("sends vitals, conditions with where and whether past, and recent procedures", () => {
    const { request, problems } = requestFromValues({
      ...EMPTY_SCREENING,
      weightKg: "61,5",
      systolic: "130",
      diastolic: "85",
      conditions: [
        { condition: migraine, site: "", inHistory: false },
        { condition: { ...migraine, id: "skin-damage" }, site: "face", inHistory: true },
      ],
      recentProcedures: [{ key: "k", procedureId: "mesotherapy", date: "2026-11-01" }],
    });
    expect(problems).toEqual([]);
    expect(request).toEqual({
      subject: { weightKg: 61.5, bloodPressure: { systolic: 130, diastolic: 85 } },
      conditions: [{ id: "migraine" }, { id: "skin-damage", site: "face", status: "history" }],
      recentProcedures: [{ id: "mesotherapy", date: "2026-11-01" }],
    });
  });

  test("refuses to send a weight that is not a number or a recent procedure without a date", () => {
    const { problems } = requestFromValues({
      ...EMPTY_SCREENING,
      weightKg: "62kg",
      diastolic: "80",
      recentProcedures: [{ key: "k", procedureId: "wrap", date: "" }],
    });
    expect(problems).toEqual([
      { field: "weightKg", problem: "not-a-number" },
      { field: "systolic", problem: "both-pressures" },
      { field: "recent:0", problem: "date-required" },
    ]);
  });
});

describe("fieldOfServerPath", () => {
  test("places a server error at its vitals box or at the row it is about", () => {
    expect(fieldOfServerPath("subject.bodyTemperatureC")).toBe("bodyTemperatureC");
    expect(fieldOfServerPath("conditions.2.site")).toBe("condition:2");
    expect(fieldOfServerPath("recentProcedures.0.date")).toBe("recent:0");
    expect(fieldOfServerPath("date")).toBeNull();
  });
});
