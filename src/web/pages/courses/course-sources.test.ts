import { describe, expect, test } from "vitest";
import { citationRef, refList, sourceRef } from "./course-sources.ts";

describe("a course's sources", () => {
  test("are short: the article's number and the line", () => {
    expect(sourceRef("000_6f82df9865416c89.txt:32")).toBe("000:32");
    expect(citationRef({ article: "004_0a72f601ed0a09d5.txt", line: 96 })).toBe("004:96");
  });

  test("list each line once, in the order first cited", () => {
    expect(refList(["001:105", "004:93", "001:105"])).toBe("001:105, 004:93");
  });
});
