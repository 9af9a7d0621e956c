import { describe, expect, it } from "vitest";
import { checkCitations, citationProblem } from "./citations.ts";
import { rawCatalog, seedArticles } from "./test-support.ts";

// biome-ignore lint/suspicious/noExplicitAny: the tests mutate raw, unvalidated JSON at will.
type Json = Record<string, any>;
const articles = seedArticles();

describe("citation integrity against the real seeds", () => {
  it("finds all five seed articles", () => {
    expect(articles.size).toBe(5);
  });

  it("passes: every fact is cited or editorial, every excerpt is on its line", () => {
    const report = checkCitations(rawCatalog(), articles);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("counts facts, citations, conditions, editorial values and conflicts", () => {
    const { counts } = checkCitations(rawCatalog(), articles);
    expect(counts.facts).toBeGreaterThan(500);
    expect(counts.citations).toBeGreaterThanOrEqual(counts.facts - counts.editorial);
    expect(counts.conditions).toBe((rawCatalog() as Json).conditions.length);
    expect(counts.conflicts).toBeGreaterThanOrEqual(5);
    // Editorial values stay rare.
    expect(counts.editorial).toBeLessThan(counts.facts / 50);
  });
});

describe("the check fails on a mutated copy", () => {
  function problemsAfter(mutate: (raw: Json) => void) {
    const raw = rawCatalog() as Json;
    mutate(raw);
    const report = checkCitations(raw, articles);
    expect(report.ok).toBe(false);
    return report.problems;
  }

  it("a fabricated excerpt that is not on the cited line", () => {
    const problems = problemsAfter((raw) => {
      raw.procedures.cryosauna.limits.person[0].sources[0].excerpt = "weighing less than 50 kg";
    });
    expect(problems).toEqual([
      {
        path: "procedures/cryosauna.json: limits.person[0].sources[0]",
        message: expect.stringContaining(
          '"weighing less than 50 kg" does not occur on 000_6f82df9865416c89.txt:77',
        ),
      },
    ]);
  });

  it("a citation moved to another line", () => {
    const problems = problemsAfter((raw) => {
      raw.procedures.cryodestruction.methods[2].exposure.sources[0].line = 126;
    });
    expect(problems.map((p) => p.path)).toEqual([
      "procedures/cryodestruction.json: methods[2].exposure.sources[0]",
    ]);
  });

  it("a fact whose citations were removed", () => {
    const problems = problemsAfter((raw) => {
      raw.procedures["ent-cryotherapy"].performers.sources = [];
    });
    expect(problems).toContainEqual({
      path: "procedures/ent-cryotherapy.json: performers",
      message: "This fact has no citation (and no editorial rationale).",
    });
  });

  it("a fact whose `sources` key was deleted (caught by the schema)", () => {
    const problems = problemsAfter((raw) => {
      delete raw.conditions[0].sources;
    });
    expect(problems.some((p) => p.path === "conditions.json: [0].sources")).toBe(true);
  });

  it("a missing article, a line out of range and an empty line", () => {
    const problems = problemsAfter((raw) => {
      const sources = raw.procedures.cryolipolysis.names.sources;
      sources.push({ article: "009_0000000000000000.txt", line: 1, excerpt: "anything at all" });
      sources.push({ article: "000_6f82df9865416c89.txt", line: 999, excerpt: "anything at all" });
      sources.push({ article: "000_6f82df9865416c89.txt", line: 2, excerpt: "anything at all" });
    });
    const messages = problems.map((p) => p.message);
    expect(messages).toContainEqual(
      expect.stringContaining('Article "009_0000000000000000.txt" does not exist'),
    );
    expect(messages).toContainEqual(expect.stringContaining("Line 999 is out of range"));
    expect(messages).toContainEqual(expect.stringContaining("is an empty line"));
  });

  it("a copied sentence instead of a few words", () => {
    const problems = problemsAfter((raw) => {
      raw.procedures.cryosauna.methods[0].exposure.claims[0].sources[0].excerpt =
        "The client's body is immersed up to the neck in a cold gas mixture";
      raw.procedures.cryosauna.methods[0].exposure.claims[0].sources[0].line = 121;
    });
    expect(problems[0]?.message).toContain("quote at most 8");
  });
});

describe("matching an excerpt", () => {
  const lines = new Map([["000_6f82df9865416c89.txt", ["Session  duration is\tfrom 1 to 3 Minutes.", ""]]]);

  it("is case-insensitive and folds whitespace", () => {
    const citation = {
      article: "000_6f82df9865416c89.txt",
      line: 1,
      excerpt: "session duration is from 1 to 3 minutes",
    };
    expect(citationProblem(citation, lines)).toBeNull();
  });

  it("does not accept a different number", () => {
    const citation = { article: "000_6f82df9865416c89.txt", line: 1, excerpt: "from 1 to 4 minutes" };
    expect(citationProblem(citation, lines)).toContain("does not occur");
  });
});
