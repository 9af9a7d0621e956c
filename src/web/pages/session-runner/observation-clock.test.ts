import { describe, expect, test } from "vitest";
import { observationSecondsLeft } from "./observation-clock.ts";

const until = "2026-11-23T07:35:00.000Z";
const at = (iso: string) => Date.parse(iso);

describe("the time left under observation", () => {
  test("counts down to the end of observation in whole seconds, rounding up", () => {
    expect(observationSecondsLeft(until, at("2026-11-23T07:05:00.000Z"))).toBe(30 * 60);
    expect(observationSecondsLeft(until, at("2026-11-23T07:34:58.500Z"))).toBe(2);
    expect(observationSecondsLeft(until, at("2026-11-23T07:34:59.999Z"))).toBe(1);
  });

  test("is zero once the time is over, and when there is no observation time", () => {
    expect(observationSecondsLeft(until, at("2026-11-23T07:35:00.000Z"))).toBe(0);
    expect(observationSecondsLeft(until, at("2026-11-23T08:00:00.000Z"))).toBe(0);
    expect(observationSecondsLeft(null, at("2026-11-23T07:05:00.000Z"))).toBe(0);
  });
});
