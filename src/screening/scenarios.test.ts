import { describe, expect, it } from "vitest";
import { seedArticles } from "../catalog/test-support.ts";
import { screen } from "./engine.ts";
import { scenarios } from "./scenarios.ts";

const articles = seedArticles();

describe("screening scenarios from the articles", () => {
  it("has at least 40 scenarios, each citing a line that exists", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    for (const { citation, name } of scenarios) {
      const lines = articles.get(citation.article);
      expect(lines, name).toBeDefined();
      expect(
        (lines?.[citation.line - 1] ?? "").trim(),
        `${name}: ${citation.article}:${citation.line}`,
      ).not.toBe("");
    }
  });

  for (const { name, request, expected, citation } of scenarios) {
    it(`${name} [${citation.article.slice(0, 3)}:${citation.line}]`, () => {
      const response = screen(request);
      for (const expectation of expected) {
        const result = response.results.find((r) => r.procedureId === expectation.procedureId);
        expect(result, expectation.procedureId).toBeDefined();
        const codes = result?.reasons.map((reason) => reason.code) ?? [];
        expect({ procedureId: result?.procedureId, verdict: result?.verdict, codes }).toMatchObject({
          procedureId: expectation.procedureId,
          verdict: expectation.verdict,
        });
        if (expectation.until !== undefined)
          expect(result?.until, `${expectation.procedureId} until`).toBe(expectation.until);
        if (expectation.reasonCode !== undefined) expect(codes).toContain(expectation.reasonCode);
      }
    });
  }
});
