import { describe, expect, it } from "vitest";
import { catalog } from "../../catalog/load.ts";
import type { Procedure } from "../../catalog/schema.ts";
import { DomainError } from "../errors.ts";
import {
  adverseEventCreateSchema,
  assertOnsetNotFuture,
  assessReaction,
  expectedReactions,
} from "./adverse-events.ts";

const procedure = (id: string): Procedure => {
  const found = catalog.getProcedure(id);
  if (!found) throw new Error(`No procedure ${id} in the catalog.`);
  return found;
};
const refs = (sources: { article: string; line: number }[]) =>
  sources.map((s) => `${s.article.slice(0, 3)}:${s.line}`);

describe("telling an expected reaction from an adverse event", () => {
  it("calls redness two days after nitrogen cryomassage expected, citing every claim about its duration", () => {
    const assessment = assessReaction(procedure("nitrogen-cryomassage"), {
      sign: "redness",
      lasted: { value: 2, unit: "days" },
    });
    expect(assessment).toMatchObject({
      verdict: "expected-reaction",
      reason: "within-documented-duration",
      lastedMinutes: 2 * 24 * 60,
      reaction: { id: "swelling-redness", limitMinutes: 2 * 24 * 60 },
    });
    // "Several days" (000:66), "two to three hours" (004:93), "no more than a day" (001:124).
    expect(assessment.reaction?.durations.flatMap((d) => refs(d.sources))).toEqual([
      "000:66",
      "004:93",
      "001:124",
    ]);
  });

  it("calls oedema beyond the longest documented duration an adverse event", () => {
    expect(
      assessReaction(procedure("nitrogen-cryomassage"), {
        sign: "oedema",
        lasted: { value: 4, unit: "days" },
      }),
    ).toMatchObject({ verdict: "adverse-event", reason: "beyond-documented-duration" });
  });

  it("measures against the procedure's own durations: ice cryomassage swelling lasts two to three hours (004:93)", () => {
    const ice = procedure("ice-cryomassage");
    expect(assessReaction(ice, { sign: "redness", lasted: { value: 150, unit: "min" } }).verdict).toBe(
      "expected-reaction",
    );
    expect(assessReaction(ice, { sign: "redness", lasted: { value: 1, unit: "days" } })).toMatchObject({
      verdict: "adverse-event",
      reason: "beyond-documented-duration",
      reaction: { limitMinutes: 180 },
    });
  });

  it("calls a sign the procedure does not list among its reactions an adverse event", () => {
    expect(
      assessReaction(procedure("cryosauna"), { sign: "redness", lasted: { value: 1, unit: "h" } }),
    ).toMatchObject({ verdict: "adverse-event", reason: "not-expected", reaction: null });
    expect(assessReaction(procedure("nitrogen-cryomassage"), { sign: "blister" }).verdict).toBe(
      "adverse-event",
    );
  });

  it("keeps a listed reaction without a documented duration expected, saying no duration is documented", () => {
    expect(
      assessReaction(procedure("nitrogen-cryomassage"), {
        sign: "peeling",
        lasted: { value: 5, unit: "days" },
      }),
    ).toMatchObject({
      verdict: "expected-reaction",
      reason: "no-documented-duration",
      reaction: { id: "light-peeling", limitMinutes: null },
    });
  });

  it("lists a procedure's expected reactions with their longest documented duration", () => {
    const reactions = expectedReactions(procedure("nitrogen-cryomassage"));
    expect(reactions.map((r) => [r.id, r.limitMinutes])).toEqual([
      ["swelling-redness", 2880],
      ["tingling-cold", null],
      ["tingling-burning-after", 180],
      ["light-peeling", null],
    ]);
  });
});

describe("an adverse event's record", () => {
  const valid = {
    type: "frostbite",
    severity: "moderate",
    onsetAt: "2026-11-20T12:30:00+03:00",
    description: "White patch on the left cheek",
  };

  it("accepts a complete record and defaults actions and follow-up to empty", () => {
    expect(adverseEventCreateSchema.parse(valid)).toMatchObject({ actions: "", followUp: "" });
  });

  it("names every bad field", () => {
    const result = adverseEventCreateSchema.safeParse({
      type: "sunburn",
      severity: "fatal",
      onsetAt: "today",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([
      "type",
      "severity",
      "onsetAt",
      "description",
    ]);
  });

  it("refuses an onset in the future", () => {
    const now = new Date("2026-11-20T09:00:00Z");
    expect(() => assertOnsetNotFuture(new Date("2026-11-20T09:01:00Z"), now)).toThrow(DomainError);
    expect(() => assertOnsetNotFuture(new Date("2026-11-20T08:59:00Z"), now)).not.toThrow();
  });
});
