import { describe, expect, test } from "vitest";
import { articleNumber, collectFootnotes, footnoteId, mergeByLine } from "./citations.ts";

const A = "000_6f82df9865416c89.txt";
const B = "001_c5f45e6bac8c7cc5.txt";

describe("citations", () => {
  test("name an article by its number and a footnote by article and line", () => {
    expect(articleNumber(A)).toBe("000");
    expect(footnoteId({ article: A, line: 121 })).toBe("cite-000_6f82df9865416c89-121");
  });

  test("merge excerpts cited from the same line into one footnote", () => {
    const merged = mergeByLine([
      { article: A, line: 32, excerpt: "lasts approximately 2-5 minutes" },
      { article: A, line: 32, excerpt: "at weekly intervals" },
      { article: A, line: 32, excerpt: "at weekly intervals" },
    ]);
    expect(merged).toEqual([
      {
        id: "cite-000_6f82df9865416c89-32",
        article: A,
        line: 32,
        excerpts: ["lasts approximately 2-5 minutes", "at weekly intervals"],
      },
    ]);
  });

  test("collect every citation of a procedure, disputed claims included, by article then line", () => {
    const procedure = {
      summary: { value: "…", sources: [{ article: B, line: 5, excerpt: "five" }] },
      sessionDuration: {
        claims: [
          { value: 1, sources: [{ article: B, line: 105, excerpt: "lasts from 10" }] },
          { value: 2, sources: [{ article: A, line: 32, excerpt: "lasts approximately" }] },
        ],
        conflicts: ["x"],
      },
    };
    expect(collectFootnotes(procedure).map((f) => `${articleNumber(f.article)}:${f.line}`)).toEqual([
      "000:32",
      "001:5",
      "001:105",
    ]);
  });
});
