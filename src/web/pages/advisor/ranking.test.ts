import { describe, expect, test } from "vitest";
import { rankAdvice } from "./ranking.ts";

const item = (
  procedureId: string,
  verdict: Parameters<typeof rankAdvice>[0][number]["verdict"],
  concernCount = 1,
) => ({
  procedureId,
  verdict,
  concernCount,
  name: procedureId,
});

describe("rankAdvice", () => {
  test("puts suitable procedures first and unsuitable ones last, dropping none", () => {
    const ranked = rankAdvice(
      [
        item("a", "contraindicated"),
        item("b", "postpone"),
        item("c", "eligible"),
        item("d", "needs-review"),
        item("e", "caution"),
      ],
      "en",
    );
    expect(ranked.map((r) => r.verdict)).toEqual([
      "eligible",
      "caution",
      "needs-review",
      "postpone",
      "contraindicated",
    ]);
  });

  test("within one verdict, a procedure helping with more chosen concerns comes first, then by name", () => {
    const ranked = rankAdvice(
      [item("zeta", "caution", 1), item("alpha", "caution", 1), item("mu", "caution", 2)],
      "en",
    );
    expect(ranked.map((r) => r.procedureId)).toEqual(["mu", "alpha", "zeta"]);
  });
});
