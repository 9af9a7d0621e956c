import { describe, expect, test } from "vitest";
import type { Contraindication } from "../../api/catalog-types.ts";
import { groupContraindications } from "./contraindication-groups.ts";

const A = "000_6f82df9865416c89.txt";
const entry = (condition: string, extent: string, duration: string, line = 1, extra = {}) =>
  ({
    condition,
    extent,
    duration,
    scope: "general",
    sources: [{ article: A, line, excerpt: condition }],
    ...extra,
  }) as unknown as Contraindication;

describe("groupContraindications", () => {
  test("puts whole-body before at-site and permanent before temporary, leaving out empty groups", () => {
    const groups = groupContraindications([
      entry("skin-damage", "at-site", "temporary"),
      entry("epilepsy", "whole-body", "permanent"),
      entry("acute-infection", "whole-body", "temporary"),
      entry("migraine", "whole-body", "permanent"),
    ]);
    expect(groups.map((group) => [group.key, group.items.map((item) => item.condition)])).toEqual([
      ["whole-body-permanent", ["epilepsy", "migraine"]],
      ["whole-body-temporary", ["acute-infection"]],
      ["at-site-temporary", ["skin-damage"]],
    ]);
  });

  test("folds a repeated contraindication into one entry with every source and conflict", () => {
    const [group] = groupContraindications([
      entry("acute-infection", "whole-body", "temporary", 76),
      entry("acute-infection", "whole-body", "temporary", 70, { conflicts: ["x"] }),
      entry("acute-infection", "whole-body", "temporary", 71, { qualifier: { en: "Severe", ru: "Тяжёлая" } }),
    ]);
    expect(group?.items).toHaveLength(2);
    expect(group?.items[0]?.sources.map((source) => source.line)).toEqual([76, 70]);
    expect(group?.items[0]?.conflicts).toEqual(["x"]);
  });
});
