import { describe, expect, test } from "vitest";
import { answerFieldOf, buildScreeningRequest, NO_ANSWERS } from "./health-answers.ts";

describe("buildScreeningRequest", () => {
  test("sends the concerns as conditions and only the answers given", () => {
    const { request, problems } = buildScreeningRequest(["warts"], {
      ...NO_ANSWERS,
      conditions: { epilepsy: { sites: [] } },
    });
    expect(problems).toEqual([]);
    expect(request).toEqual({ conditions: [{ id: "warts" }, { id: "epilepsy" }] });
  });

  test("reads vitals as typed, with a decimal comma, and places a condition at each chosen site", () => {
    const { request } = buildScreeningRequest(
      ["joints"],
      {
        ...NO_ANSWERS,
        weightKg: "38",
        bodyTemperatureC: "36,6",
        systolic: "120",
        diastolic: "80",
        pregnant: true,
        conditions: { "skin-damage": { sites: ["face", "neck"] } },
        recentProcedures: { mesotherapy: "2026-11-10" },
      },
      ["cryosauna"],
    );
    expect(request.subject).toEqual({
      weightKg: 38,
      bodyTemperatureC: 36.6,
      bloodPressure: { systolic: 120, diastolic: 80 },
      pregnant: true,
    });
    expect(request.conditions).toContainEqual({ id: "skin-damage", site: "face" });
    expect(request.conditions).toContainEqual({ id: "skin-damage", site: "neck" });
    expect(request.recentProcedures).toEqual([{ id: "mesotherapy", date: "2026-11-10" }]);
    expect(request.procedures).toEqual(["cryosauna"]);
  });

  test("catches what cannot be sent: not a number, half a blood pressure, a procedure without its date", () => {
    const { problems } = buildScreeningRequest(["warts"], {
      ...NO_ANSWERS,
      weightKg: "sixty",
      systolic: "120",
      recentProcedures: { "chemical-peeling-deep": "" },
    });
    expect(problems).toEqual([
      { field: "weightKg", problem: "not-a-number" },
      { field: "diastolic", problem: "both-pressures" },
      { field: "recent:chemical-peeling-deep", problem: "date-required" },
    ]);
  });
});

describe("answerFieldOf", () => {
  test("finds the answer a server error is about", () => {
    const request = {
      conditions: [],
      recentProcedures: [
        { id: "mesotherapy", date: "2026-01-01" },
        { id: "wrap", date: "2030-01-01" },
      ],
    };
    expect(answerFieldOf("subject.weightKg", request)).toBe("weightKg");
    expect(answerFieldOf("subject.bloodPressure.diastolic", request)).toBe("diastolic");
    expect(answerFieldOf("recentProcedures.1.date", request)).toBe("recent:wrap");
    expect(answerFieldOf("conditions.0.id", request)).toBeNull();
  });
});
