import { describe, expect, test } from "vitest";
import { draftOf, inputOf } from "./protocol-form-values.ts";

describe("protocol form values", () => {
  test("leave out empty boxes and read decimal commas", () => {
    const draft = {
      ...draftOf({}, null),
      sessionMinutes: "2,5",
      exposureSeconds: { "whole-body-cabin": " 150 ", spray: "" },
    };
    expect(inputOf(draft)).toEqual({
      values: { sessionMinutes: 2.5, exposureSeconds: { "whole-body-cabin": 150 } },
      offLabelReason: null,
    });
  });

  test("send spacing as a pair once either end is typed, and text that is no number as typed", () => {
    const draft = { ...draftOf({}, null), spacingMin: "2", courseSessions: "ten" };
    expect(inputOf(draft).values).toEqual({ courseSessions: "ten", spacingDays: { min: 2, max: undefined } });
  });

  test("round-trip saved values and the off-label reason", () => {
    const values = {
      sessionMinutes: 10,
      courseSessions: 12,
      spacingDays: { min: 2, max: 3 },
      exposureSeconds: { spray: 30 },
    };
    const reason = "Research protocol approved by the medical director.";
    expect(inputOf(draftOf(values, reason))).toEqual({ values, offLabelReason: reason });
  });
});
