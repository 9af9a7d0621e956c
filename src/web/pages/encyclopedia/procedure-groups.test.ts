import { describe, expect, test } from "vitest";
import type { ProcedureSummary, Purpose } from "../../api/catalog-types.ts";
import { groupByPurpose } from "./procedure-groups.ts";

const procedure = (id: string, en: string, ru: string, purposes: Purpose[]): ProcedureSummary => ({
  id: id as ProcedureSummary["id"],
  names: { en, ru },
  category: { purposes, extent: "local" },
  summary: { en: "", ru: "" },
  sites: [],
});

describe("groupByPurpose", () => {
  const items = [
    procedure("cryosauna", "Cryosauna", "Криосауна", ["wellness", "medical"]),
    procedure("cryodestruction", "Cryodestruction", "Криодеструкция", ["medical", "cosmetic"]),
    procedure("ice-cryomassage", "Ice cryomassage", "Криомассаж льдом", ["cosmetic"]),
  ];

  test("lists a procedure under every purpose it serves, in the fixed purpose order", () => {
    const groups = groupByPurpose(items, "en");
    expect(groups.map((group) => [group.purpose, group.procedures.map((p) => p.id)])).toEqual([
      ["cosmetic", ["cryodestruction", "ice-cryomassage"]],
      ["medical", ["cryodestruction", "cryosauna"]],
      ["wellness", ["cryosauna"]],
    ]);
  });

  test("sorts by the name in the reader's language", () => {
    const medical = groupByPurpose(items, "ru").find((group) => group.purpose === "medical");
    expect(medical?.procedures.map((p) => p.names.ru)).toEqual(["Криодеструкция", "Криосауна"]);
  });
});
