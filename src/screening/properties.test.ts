import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIcd10Code, isIcd10Range, normalizeIcd10 } from "../catalog/icd10.ts";
import { catalog } from "../catalog/load.ts";
import { PROCEDURE_IDS, SITE_IDS } from "../catalog/schema.ts";
import { DomainError } from "../domain/errors.ts";
import type { ScreeningCondition, ScreeningRequest } from "./contract.ts";
import { screen } from "./engine.ts";
import { severityRank } from "./severity.ts";

// Properties over generated requests built from the real catalog's vocabulary.

const DATE = "2026-11-20";
const catalogCodes = catalog.conditions.flatMap((c) => c.icd10.filter((entry) => !isIcd10Range(entry)));
const codeArb = fc.oneof(
  fc.constantFrom(...catalogCodes),
  fc.constantFrom(...catalogCodes).map((code) => (code.includes(".") ? `${code}1` : `${code}.9`)),
  fc
    .tuple(fc.constantFrom(..."ABCDEFGIJKLMNOQRTZ".split("")), fc.integer({ min: 0, max: 99 }))
    .map(([letter, n]) => `${letter}${String(n).padStart(2, "0")}`),
);
const conditionArb: fc.Arbitrary<ScreeningCondition> = fc
  .record({
    key: fc.oneof(
      codeArb.map((icd10) => ({ icd10 })),
      fc.constantFrom(...catalog.conditions.map((c) => c.id)).map((id) => ({ id })),
    ),
    site: fc.option(fc.constantFrom(...SITE_IDS), { nil: undefined }),
    status: fc.option(fc.constantFrom("active" as const, "history" as const), { nil: undefined }),
  })
  .map(({ key, site, status }) => ({ ...key, ...(site ? { site } : {}), ...(status ? { status } : {}) }));

const recentArb = fc.record({
  id: fc.constantFrom(...catalog.relatedProcedures.map((r) => r.id)),
  date: fc.integer({ min: 0, max: 30 }).map((ago) => {
    const day = new Date(Date.UTC(2026, 10, 20 - ago));
    return day.toISOString().slice(0, 10);
  }),
});

const requestArb: fc.Arbitrary<ScreeningRequest> = fc.record({
  date: fc.constant(DATE),
  subject: fc.record(
    {
      weightKg: fc.integer({ min: 30, max: 120 }),
      bodyTemperatureC: fc.integer({ min: 355, max: 395 }).map((t) => t / 10),
      pregnant: fc.boolean(),
      bloodPressure: fc.record({
        systolic: fc.integer({ min: 90, max: 180 }),
        diastolic: fc.integer({ min: 55, max: 110 }),
      }),
    },
    { requiredKeys: [] },
  ),
  conditions: fc.array(conditionArb, { maxLength: 6 }),
  recentProcedures: fc.array(recentArb, { maxLength: 3 }),
  site: fc.option(fc.constantFrom(...SITE_IDS), { nil: undefined }),
});

function verdicts(request: ScreeningRequest): Map<string, number> {
  return new Map(screen(request).results.map((r) => [r.procedureId, severityRank(r.verdict)]));
}

function thrown(request: ScreeningRequest): DomainError {
  try {
    screen(request);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

const fieldsOf = (error: DomainError) => (error.details.fields ?? []).map((f) => f.field);

describe("screening properties", () => {
  it("adding a condition never makes any verdict less severe", () => {
    fc.assert(
      fc.property(requestArb, conditionArb, fc.nat(), (request, extra, at) => {
        const before = verdicts(request);
        const conditions = [...request.conditions];
        conditions.splice(at % (conditions.length + 1), 0, extra);
        const after = verdicts({ ...request, conditions });
        for (const [procedureId, rank] of before)
          expect(after.get(procedureId), procedureId).toBeLessThanOrEqual(rank);
      }),
      { numRuns: Number(process.env.SCREENING_PROPERTY_RUNS ?? 400) },
    );
  });

  it("the order of conditions never changes the output", () => {
    fc.assert(
      fc.property(
        requestArb.chain((request) =>
          fc.tuple(
            fc.constant(request),
            fc.shuffledSubarray(request.conditions, { minLength: request.conditions.length }),
          ),
        ),
        ([request, shuffled]) => {
          expect(JSON.stringify(screen({ ...request, conditions: shuffled }))).toBe(
            JSON.stringify(screen(request)),
          );
        },
      ),
      { numRuns: Number(process.env.SCREENING_PROPERTY_RUNS ?? 300) },
    );
  });

  it("a malformed ICD-10 code always errors and names its position", () => {
    const malformed = fc.string({ maxLength: 12 }).filter((s) => !isIcd10Code(normalizeIcd10(s)));
    fc.assert(
      fc.property(requestArb, malformed, fc.nat(), (request, code, at) => {
        const conditions = [...request.conditions];
        const index = at % (conditions.length + 1);
        conditions.splice(index, 0, { icd10: code });
        const error = thrown({ ...request, conditions });
        expect(error.code).toBe("screening-input-invalid");
        expect(fieldsOf(error)).toContain(`conditions.${index}.icd10`);
      }),
    );
  });

  it("unknown condition, procedure and site ids always error and name every offender", () => {
    const known = new Set<string>([...catalog.conditions.map((c) => c.id), ...PROCEDURE_IDS, ...SITE_IDS]);
    const unknownId = fc.stringMatching(/^[a-z]{2,8}(-[a-z]{2,8}){0,2}$/).filter((id) => !known.has(id));
    fc.assert(
      fc.property(
        requestArb,
        unknownId,
        unknownId,
        unknownId,
        (request, conditionId, procedureId, siteId) => {
          const error = thrown({
            ...request,
            conditions: [...request.conditions, { id: conditionId }],
            procedures: ["cryosauna", procedureId],
            site: siteId,
          });
          expect(fieldsOf(error)).toEqual(
            expect.arrayContaining([`conditions.${request.conditions.length}.id`, "procedures.1", "site"]),
          );
          expect(error.message).toContain(conditionId);
        },
      ),
    );
  });
});
