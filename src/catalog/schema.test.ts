import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CatalogError, createCatalog } from "./catalog.ts";
import { validateCatalogFiles } from "./integrity.ts";
import {
  catalogFilesSchema,
  conditionSchema,
  fact,
  PROCEDURE_IDS,
  procedureSchema,
  range,
  SITE_IDS,
} from "./schema.ts";
import { rawCatalog } from "./test-support.ts";

// biome-ignore lint/suspicious/noExplicitAny: the tests mutate raw, unvalidated JSON at will.
type Json = Record<string, any>;

describe("the catalog data", () => {
  it("validates against the schema, file by file", () => {
    const raw = rawCatalog() as Json;
    for (const id of PROCEDURE_IDS) {
      const result = procedureSchema.safeParse(raw.procedures[id]);
      expect(result.success, `${id}: ${result.error?.message}`).toBe(true);
    }
    for (const condition of raw.conditions)
      expect(conditionSchema.safeParse(condition).success, condition.id).toBe(true);
    expect(catalogFilesSchema.safeParse(raw).success).toBe(true);
  });

  it("passes the reference checks: every id it uses exists and every conflict has two cited claims", () => {
    const result = validateCatalogFiles(rawCatalog());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("has exactly the ten procedures and the eight sites", () => {
    const raw = rawCatalog() as Json;
    expect(Object.keys(raw.procedures).sort()).toEqual([...PROCEDURE_IDS].sort());
    expect(raw.sites.map((s: Json) => s.id).sort()).toEqual([...SITE_IDS].sort());
  });

  it("uses unique, kebab-case condition ids", () => {
    const ids = (rawCatalog() as Json).conditions.map((c: Json) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("the schema rejects", () => {
  const cite = { article: "000_6f82df9865416c89.txt", line: 77, excerpt: "weighing less than 40 kg" };

  it("a fact with neither a citation nor an editorial rationale", () => {
    const schema = fact(z.number());
    expect(schema.safeParse({ value: 40, sources: [] }).success).toBe(false);
    expect(schema.safeParse({ value: 40, sources: [cite] }).success).toBe(true);
    expect(
      schema.safeParse({ value: 40, sources: [], editorial: { rationale: "Clinics need a number here." } })
        .success,
    ).toBe(true);
  });

  it("a citation of something that is not a seed article, or line 0", () => {
    const schema = fact(z.number());
    expect(schema.safeParse({ value: 1, sources: [{ ...cite, article: "notes.txt" }] }).success).toBe(false);
    expect(schema.safeParse({ value: 1, sources: [{ ...cite, line: 0 }] }).success).toBe(false);
  });

  it("a range whose min exceeds its max, or with neither bound", () => {
    const minutes = range(["min"] as const);
    expect(minutes.safeParse({ min: 3, max: 1, unit: "min" }).success).toBe(false);
    expect(minutes.safeParse({ unit: "min" }).success).toBe(false);
    expect(minutes.safeParse({ max: 3, unit: "min" }).success).toBe(true);
  });

  it("a malformed ICD-10 code on a condition", () => {
    const [condition] = (rawCatalog() as Json).conditions;
    expect(conditionSchema.safeParse({ ...condition, icd10: ["L7"] }).success).toBe(false);
  });

  it("an unknown field (typos do not slip through)", () => {
    const raw = rawCatalog() as Json;
    raw.procedures.cryosauna.sesionDuration = raw.procedures.cryosauna.course.sessions;
    expect(procedureSchema.safeParse(raw.procedures.cryosauna).success).toBe(false);
  });
});

describe("loading an invalid catalog", () => {
  it("throws a CatalogError naming each failing path", () => {
    const raw = rawCatalog() as Json;
    raw.procedures.cryosauna.indications[0].condition = "no-such-condition";
    raw.procedures["ice-cryomassage"].methods[0].exposure.value.range = { min: 3, max: 2, unit: "min" };
    let error: unknown;
    try {
      createCatalog(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CatalogError);
    const message = (error as Error).message;
    expect(message).toContain("procedures/ice-cryomassage.json: methods[0].exposure");
    expect((error as CatalogError).problems.length).toBeGreaterThan(0);
  });

  it("reports an unknown condition and a conflict with a single claim", () => {
    const raw = rawCatalog() as Json;
    raw.procedures.cryosauna.indications[0].condition = "no-such-condition";
    raw.conflicts.push({
      id: "lonely",
      topic: "protocol",
      summary: { en: "Only one side.", ru: "Одна сторона." },
    });
    const result = validateCatalogFiles(raw);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toContainEqual({
      path: "procedures/cryosauna.json: indications[0].condition",
      message: 'Unknown condition "no-such-condition".',
    });
    expect(problems.some((p) => p.message.includes('"lonely" needs at least two claims'))).toBe(true);
  });
});
