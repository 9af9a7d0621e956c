import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { icd10Covers, icd10Relation, isIcd10Code, isIcd10Range } from "./icd10.ts";

describe("ICD-10 codes", () => {
  it("accepts a letter, two digits and an optional dot with 1–4 letters or digits", () => {
    for (const code of ["L70", "B07", "B07.8", "I82.9", "I82.91", "M79.1", "G40.A19", "C43.1234"]) {
      expect(isIcd10Code(code), code).toBe(true);
    }
  });

  it("rejects malformed codes", () => {
    for (const code of [
      "",
      "l70",
      "L7",
      "L700",
      "70",
      "LL70",
      "L70.",
      "L70.12345",
      "L70-1",
      " L70",
      "I82.9.1",
    ]) {
      expect(isIcd10Code(code), code).toBe(false);
    }
  });

  it("accepts category ranges in order only", () => {
    expect(isIcd10Range("I00-I99")).toBe(true);
    expect(isIcd10Range("C00-D48")).toBe(true);
    expect(isIcd10Range("I99-I00")).toBe(false);
    expect(isIcd10Range("I00.1-I99")).toBe(false);
    expect(isIcd10Range("I00")).toBe(false);
  });
});

describe("hierarchical matching", () => {
  it("a category covers its subcodes: I82.9 falls under I82, G40.1 under G40", () => {
    expect(icd10Covers("I82", "I82.9")).toBe(true);
    expect(icd10Covers("G40", "G40.1")).toBe(true);
    expect(icd10Covers("I82.9", "I82.91")).toBe(true);
    expect(icd10Covers("B07", "B07")).toBe(true);
  });

  it("does not match siblings, parents or look-alike categories", () => {
    expect(icd10Covers("I82.9", "I82")).toBe(false);
    expect(icd10Covers("I82.9", "I82.1")).toBe(false);
    expect(icd10Covers("I8", "I82")).toBe(false);
    expect(icd10Covers("G40", "G41.0")).toBe(false);
  });

  it("a range covers every category inside it, including across letters", () => {
    expect(icd10Covers("I00-I99", "I82.9")).toBe(true);
    expect(icd10Covers("C00-D48", "D23.5")).toBe(true);
    expect(icd10Covers("I20-I25", "I26")).toBe(false);
    expect(icd10Covers("S00-T14", "T14.3")).toBe(true);
  });

  it("is case-insensitive and ignores surrounding spaces in the code", () => {
    expect(icd10Covers("l70", " l70.0 ")).toBe(true);
  });

  it("tells a covering entry from a narrower one", () => {
    expect(icd10Relation("G40", "G40.1")).toBe("covers");
    expect(icd10Relation("G40.1", "G40")).toBe("narrower");
    expect(icd10Relation("G40.1", "G41")).toBeNull();
  });

  const code = fc
    .tuple(
      fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
      fc.integer({ min: 0, max: 99 }),
      fc.stringMatching(/^[A-Z0-9]{0,4}$/),
    )
    .map(([letter, num, sub]) => `${letter}${String(num).padStart(2, "0")}${sub ? `.${sub}` : ""}`);

  it("property: every well-formed code falls under its own category and under the full chapter range", () => {
    fc.assert(
      fc.property(code, (c) => {
        expect(isIcd10Code(c)).toBe(true);
        expect(icd10Covers(c.slice(0, 3), c)).toBe(true);
        expect(icd10Covers(`${c[0]}00-${c[0]}99`, c)).toBe(true);
      }),
    );
  });

  it("property: a code covers its longer extensions and never the other way round", () => {
    fc.assert(
      fc.property(code, fc.stringMatching(/^[A-Z0-9]$/), (parent, extra) => {
        const child = parent.length === 3 ? `${parent}.${extra}` : `${parent}${extra}`;
        fc.pre(isIcd10Code(child));
        expect(icd10Covers(parent, child)).toBe(true);
        expect(icd10Covers(child, parent)).toBe(false);
      }),
    );
  });
});
