import { describe, expect, test } from "vitest";
import { parseDecimal } from "./parse-decimal.ts";

describe("parseDecimal", () => {
  test("reads a decimal point or a decimal comma, and tells an empty box from text", () => {
    expect(parseDecimal("36.6")).toBe(36.6);
    expect(parseDecimal(" 36,6 ")).toBe(36.6);
    expect(parseDecimal("")).toBeUndefined();
    expect(parseDecimal("36,6,1")).toBeNull();
    expect(parseDecimal("sixty")).toBeNull();
  });
});
