import { describe, expect, test } from "vitest";
import { en } from "./en.ts";
import { ru } from "./ru.ts";

// Names that read the same in both languages.
const SAME_IN_BOTH = new Set(["app.title"]);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the Russian dictionary", () => {
  test("translates every English text rather than copying it", () => {
    const untranslated = Object.entries(en)
      .filter(([key, text]) => !SAME_IN_BOTH.has(key) && ru[key as keyof typeof en] === text)
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  test("keeps every placeholder of the English text", () => {
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders(ru[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });
});
