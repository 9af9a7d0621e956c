import { describe, expect, test } from "vitest";
import { niceAxis } from "./chart-scale.ts";

describe("niceAxis", () => {
  test("runs from zero to a round number at or above the highest value", () => {
    expect(niceAxis(1800)).toEqual({ max: 2000, ticks: [0, 500, 1000, 1500, 2000] });
    expect(niceAxis(1160)).toEqual({ max: 1500, ticks: [0, 500, 1000, 1500] });
    expect(niceAxis(55)).toEqual({ max: 60, ticks: [0, 20, 40, 60] });
  });

  test("keeps an empty chart drawable", () => {
    expect(niceAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});
