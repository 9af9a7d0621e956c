import { describe, expect, test } from "vitest";
import type { ProcedureDetail } from "../../api/catalog-types.ts";
import { sessionLength } from "./course-values.ts";

const source = { article: "000_6f82df9865416c89.txt", line: 121, excerpt: "x" };
const procedure = (fields: Partial<ProcedureDetail>) =>
  ({ methods: [], ...fields }) as unknown as ProcedureDetail;

describe("sessionLength", () => {
  test("is the procedure's session duration when it gives one", () => {
    const sessionDuration = { value: { min: 10, max: 15, unit: "min" as const }, sources: [source] };
    expect(sessionLength(procedure({ sessionDuration }))).toEqual(sessionDuration);
  });

  test("is the time in the cabin for the cryosauna, keeping both sides of a dispute", () => {
    const exposure = {
      claims: [
        { value: { per: "session", range: { min: 1, max: 3, unit: "min" } }, sources: [source] },
        { value: { per: "session", range: { min: 2, max: 3, unit: "min" } }, sources: [source] },
      ],
      conflicts: ["cryosauna-exposure"],
    };
    const length = sessionLength(procedure({ methods: [{ id: "cabin", exposure }] as never }));
    expect(length).toEqual({
      claims: [
        { value: { min: 1, max: 3, unit: "min" }, sources: [source] },
        { value: { min: 2, max: 3, unit: "min" }, sources: [source] },
      ],
      conflicts: ["cryosauna-exposure"],
    });
  });

  test("is unknown when only exposure per lesion is given", () => {
    const exposure = { value: { per: "lesion", range: { max: 90, unit: "s" } }, sources: [source] };
    expect(sessionLength(procedure({ methods: [{ id: "probe", exposure }] as never }))).toBeNull();
  });
});
