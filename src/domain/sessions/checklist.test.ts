import { describe, expect, it } from "vitest";
import { catalog } from "../../catalog/load.ts";
import type { Citation, Procedure } from "../../catalog/schema.ts";
import { type ChecklistItem, checklistComplete, preSessionChecklist } from "./checklist.ts";

const procedure = (id: string): Procedure => {
  const found = catalog.getProcedure(id);
  if (!found) throw new Error(`No procedure ${id} in the catalog.`);
  return found;
};
const cite = (c: Citation) => `${c.article.slice(0, 3)}:${c.line} ${c.excerpt}`;
const item = (items: ChecklistItem[], id: string): ChecklistItem => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`No item ${id} in ${items.map((i) => i.id).join(", ")}.`);
  return found;
};

describe("pre-session checklist", () => {
  it("prepares a cryosauna session: screening, weight, dry body, socks, mittens and face mask", () => {
    const items = preSessionChecklist(procedure("cryosauna"), "whole-body-cabin");
    expect(items.map((i) => [i.id, i.kind, i.required])).toEqual([
      ["fresh-screening", "record-vitals", true],
      ["weight", "record-weight", true],
      ["dry-the-body-completely", "confirm", true],
      ["put-on-woollen-socks-and-mittens", "confirm", true],
    ]);
    expect(item(items, "weight").text.en).toContain("at least 40 kg");
    expect(item(items, "weight").sources.map(cite)).toEqual(["000:77 weighing less than 40 kg"]);
    expect(item(items, "dry-the-body-completely").sources.map(cite)).toContain(
      "000:83 The body must be completely dry",
    );
    expect(item(items, "put-on-woollen-socks-and-mittens").sources.map(cite)).toEqual([
      "002:21 woolen socks and mittens are put on",
      "002:21 a special mask protects the face",
    ]);
  });

  it("lists the cryosauna's dry-body, socks and mask requirements once each, not again as a step", () => {
    const items = preSessionChecklist(procedure("cryosauna"), null);
    const cited = items.flatMap((i) => i.sources.map(cite));
    const requirements = procedure("cryosauna").limits.requirements.filter((r) =>
      ["dry-body", "woollen-socks-and-mittens", "face-mask"].includes(r.id),
    );
    for (const requirement of requirements) {
      for (const source of requirement.sources) expect(cited).toContain(cite(source));
    }
    expect(cited.filter((c) => c === "000:83 The body must be completely dry")).toHaveLength(1);
  });

  it("starts from a fresh screening citing what can change between sessions and what vitals reveal", () => {
    const [first] = preSessionChecklist(procedure("nitrogen-cryomassage"), "applicator");
    expect(first?.id).toBe("fresh-screening");
    const cited = first?.sources.map(cite) ?? [];
    expect(cited).toContain("004:78 elevated body temperature");
    expect(cited).toContain("004:69 heart attack, hypertension");
    expect(first?.editorial).toBeUndefined();
  });

  it("explains an editorial screening item where the catalog lists no contraindication", () => {
    const [first] = preSessionChecklist(procedure("scalp-darsonvalization"), "comb-electrode");
    expect(first).toMatchObject({ id: "fresh-screening", kind: "record-vitals", sources: [] });
    expect(first?.editorial?.rationale).toMatch(/vitals/);
  });

  it("has nitrogen decanted from the Dewar flask into the thermos before either nitrogen cryomassage method", () => {
    for (const method of ["applicator", "direct-application", null]) {
      const items = preSessionChecklist(procedure("nitrogen-cryomassage"), method);
      expect(items.map((i) => i.id)).toEqual([
        "fresh-screening",
        "cosmetologist-consultation",
        "no-peels-of-any-kind",
        "remove-make-up-and-cleanse",
        "decant-liquid-nitrogen-from-the-dewar",
      ]);
      expect(item(items, "decant-liquid-nitrogen-from-the-dewar").sources.map(cite)).toEqual([
        "003:23 transferred to a specially prepared thermos",
      ]);
      expect(item(items, "remove-make-up-and-cleanse").sources.map(cite)).toContain(
        "004:89 the beautician must clean the skin",
      );
    }
  });

  it("has the ENT local anaesthesia written down, and the tonsil rinse only where pus calls for it", () => {
    const items = preSessionChecklist(procedure("ent-cryotherapy"), "nitrogen-device");
    expect(item(items, "give-local-anaesthesia-with-lidocaine")).toMatchObject({
      kind: "record-text",
      required: true,
    });
    expect(item(items, "give-local-anaesthesia-with-lidocaine").sources.map(cite)).toEqual([
      "000:95 under local anesthesia with lidocaine",
    ]);
    expect(item(items, "tonsil-sanitation").required).toBe(false);
    // Applying the nitrogen is the exposure itself, not a check before it.
    expect(items.some((i) => i.sources.some((s) => s.excerpt === "without affecting healthy tissue"))).toBe(
      false,
    );
  });

  it("records the device cryomassage's light anaesthesia after make-up removal", () => {
    const items = preSessionChecklist(procedure("device-cryomassage"), "pressurised-stream");
    expect(items.slice(-2).map((i) => [i.id, i.kind])).toEqual([
      ["remove-make-up-thoroughly", "confirm"],
      ["give-light-anaesthesia", "record-text"],
    ]);
  });

  it("labels items in the language asked for", () => {
    const items = preSessionChecklist(procedure("cryosauna"), null, "ru");
    expect(item(items, "dry-the-body-completely").label).toBe(item(items, "dry-the-body-completely").text.ru);
  });

  it("refuses a method the procedure does not have", () => {
    expect(() => preSessionChecklist(procedure("cryosauna"), "applicator")).toThrow(
      expect.objectContaining({ code: "unknown-method" }),
    );
  });
});

describe("checklist completeness", () => {
  const sauna = preSessionChecklist(procedure("cryosauna"), "whole-body-cabin");
  const vitals = { bodyTemperatureC: 36.6, bloodPressure: { systolic: 120, diastolic: 80 } };
  const allDone = {
    "fresh-screening": vitals,
    weight: 62,
    "dry-the-body-completely": true,
    "put-on-woollen-socks-and-mittens": true,
  };

  it("is complete when every required item has a valid answer", () => {
    expect(checklistComplete(sauna, allDone)).toEqual({ complete: true, missing: [], invalid: [] });
  });

  it("names unanswered items and confirmations answered no", () => {
    const { weight: _, ...withoutWeight } = allDone;
    const status = checklistComplete(sauna, { ...withoutWeight, "put-on-woollen-socks-and-mittens": false });
    expect(status).toEqual({
      complete: false,
      missing: ["weight", "put-on-woollen-socks-and-mittens"],
      invalid: [],
    });
  });

  it("rejects a weight outside 20–300 kg or not a number", () => {
    for (const [weight, code] of [
      [15, "too-small"],
      [301, "too-big"],
      ["62", "invalid-type"],
    ] as const) {
      const status = checklistComplete(sauna, { ...allDone, weight });
      expect(status.complete).toBe(false);
      expect(status.missing).toEqual(["weight"]);
      expect(status.invalid).toEqual([
        { itemId: "weight", issues: [expect.objectContaining({ field: "weight", code })] },
      ]);
    }
  });

  it("wants today's vitals in the screening contract's shape, both temperature and pressure", () => {
    const status = checklistComplete(sauna, {
      ...allDone,
      "fresh-screening": { bodyTemperatureC: 50 },
    });
    expect(status.missing).toEqual(["fresh-screening"]);
    expect(status.invalid[0]?.issues.map((i) => i.field).sort()).toEqual([
      "fresh-screening.bloodPressure",
      "fresh-screening.bodyTemperatureC",
    ]);
    const extra = checklistComplete(sauna, { ...allDone, "fresh-screening": { ...vitals, pulse: 70 } });
    expect(extra.invalid).toEqual([
      { itemId: "fresh-screening", issues: [expect.objectContaining({ code: "unknown-field" })] },
    ]);
  });

  it("wants a written note for the anaesthesia and lets optional items go unanswered", () => {
    const ent = preSessionChecklist(procedure("ent-cryotherapy"), "nitrogen-device");
    const answers = {
      "fresh-screening": vitals,
      "otolaryngologist-consultation": true,
      "give-local-anaesthesia-with-lidocaine": "Lidocaine 10% spray, 2 doses",
    };
    expect(checklistComplete(ent, answers).complete).toBe(true);
    const blank = checklistComplete(ent, { ...answers, "give-local-anaesthesia-with-lidocaine": "   " });
    expect(blank.missing).toEqual(["give-local-anaesthesia-with-lidocaine"]);
    expect(blank.invalid.map((i) => i.itemId)).toEqual(["give-local-anaesthesia-with-lidocaine"]);
  });

  it("rejects answers to items that are not on the list", () => {
    const status = checklistComplete(sauna, { ...allDone, "remove-make-up": true });
    expect(status.complete).toBe(false);
    expect(status.invalid).toEqual([
      { itemId: "remove-make-up", issues: [expect.objectContaining({ code: "unknown-item" })] },
    ]);
  });
});
