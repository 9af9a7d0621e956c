import { describe, expect, test } from "vitest";
import { CONCERNS, concernsServedBy, conditionsOf } from "./concerns.ts";

describe("concerns", () => {
  test("each concern names catalog conditions and no two concerns share an id", () => {
    expect(new Set(CONCERNS.map((c) => c.id)).size).toBe(CONCERNS.length);
    for (const concern of CONCERNS) expect(concern.conditions.length).toBeGreaterThan(0);
  });

  test("the chosen concerns' conditions are listed once each", () => {
    expect(conditionsOf(["warts"])).toEqual(["warts"]);
    expect(conditionsOf(["joints", "warts"])).toEqual([
      "warts",
      "joint-pain",
      "arthrosis",
      "injury",
      "sprain",
      "bruise",
    ]);
  });

  test("a procedure indicated for one of a concern's conditions helps with that concern", () => {
    expect(concernsServedBy(new Set(["injury", "warts"]), ["joints", "warts", "acne"])).toEqual([
      "warts",
      "joints",
    ]);
    expect(concernsServedBy(new Set(["injury"]), ["warts"])).toEqual([]);
  });
});
