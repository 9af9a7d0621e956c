import { describe, expect, test } from "vitest";
import { catalog } from "../../catalog/load.ts";
import type { Procedure } from "../../catalog/schema.ts";
import { DomainError } from "../errors.ts";
import {
  type AftercareSheet,
  type AftercareSheetInput,
  buildAftercareSheet,
  formatDuration,
  type SheetSectionId,
} from "./aftercare.ts";

const procedure = (id: string): Procedure => {
  const found = catalog.getProcedure(id);
  if (!found) throw new Error(`No ${id} in the catalog`);
  return found;
};
const summaries = new Map(catalog.files.conflicts.map((entry) => [entry.id, entry.summary]));

function sheetFor(overrides: Partial<AftercareSheetInput> = {}): AftercareSheet {
  return buildAftercareSheet({
    procedure: procedure("nitrogen-cryomassage"),
    methodId: "applicator",
    language: "en",
    clinic: { name: "Polar Skin Clinic", address: "12 Harbour Street, Riga", phone: "+371 2000 0000" },
    clientName: "Anna Smith",
    // 07:30 UTC on the day Europe switches to summer time.
    startsAt: new Date("2026-03-29T07:30:00Z"),
    timeZone: "Europe/Moscow",
    conflictSummary: (id) => summaries.get(id),
    ...overrides,
  });
}

const section = (sheet: AftercareSheet, id: SheetSectionId) => {
  const found = sheet.sections.find((s) => s.id === id);
  if (!found) throw new Error(`No section ${id}`);
  return found;
};
const texts = (sheet: AftercareSheet, id: SheetSectionId) =>
  section(sheet, id).groups.flatMap((group) => group.items.map((item) => item.text));

describe("aftercare sheet", () => {
  test("heads the sheet with the clinic, the client, the procedure, the method and the clinic-local session time", () => {
    const sheet = sheetFor();
    expect(sheet.title).toBe("Aftercare instructions");
    expect(sheet.clinic).toEqual({
      name: "Polar Skin Clinic",
      lines: ["12 Harbour Street, Riga", "Phone: +371 2000 0000"],
    });
    expect(sheet.facts).toEqual([
      { label: "Client", value: "Anna Smith" },
      { label: "Procedure", value: "Liquid nitrogen cryomassage (cryolifting)" },
      { label: "Method", value: "Cotton-tipped applicator" },
      { label: "Session", value: "Sunday, 29 March 2026 at 10:30" },
    ]);
    // Berlin is on summer time an hour and a half earlier that morning.
    expect(sheetFor({ timeZone: "Europe/Berlin" }).facts.at(-1)?.value).toBe(
      "Sunday, 29 March 2026 at 09:30",
    );
  });

  test("speaks Russian to a Russian-speaking client, from the catalog's Russian text", () => {
    const sheet = sheetFor({ language: "ru", clinic: { name: "Айсберг", address: "Москва" } });
    expect(sheet.title).toBe("Памятка после процедуры");
    expect(sheet.sections.map((s) => s.title)).toEqual([
      "Правила ухода",
      "Что нормально и как долго это длится",
      "Сразу сообщите в клинику, если…",
      "Во время курса",
      "Что даёт процедура",
    ]);
    expect(sheet.facts.map((fact) => fact.value)).toContain("воскресенье, 29 марта 2026 г. в 10:30");
    expect(texts(sheet, "care")).toContain("Умывайтесь мягкой пенкой.");
    expect(sheet.clinic.lines).toEqual(["Москва"]);
  });

  test("groups care rules by when they apply, each with its short references", () => {
    const care = section(sheetFor(), "care");
    expect(care.groups.map((group) => group.heading)).toEqual([
      "After the session",
      "Until the skin has healed",
    ]);
    expect(care.groups[0]?.items[0]).toMatchObject({
      text: "Rest for about half an hour at the clinic; go home if you feel well.",
      refs: ["000:64", "004:91"],
    });
    expect(care.groups[1]?.items.map((item) => item.text)).toEqual([
      "If dermatitis or frostbite appears, tell the specialist and stop cryotherapy until the skin has fully recovered.",
    ]);
  });

  test("says how long each expected reaction lasts, keeping every claim where the sources disagree", () => {
    const normal = section(sheetFor(), "normal");
    const swelling = normal.groups[0]?.items.find((item) => item.text.startsWith("Swelling and redness"));
    expect(swelling?.details).toEqual([
      {
        label: "How long",
        values: [
          { text: "at least about 2 days ('Several days')", refs: ["000:66"] },
          { text: "2–3 hours", refs: ["004:93"] },
          { text: "up to 1 day", refs: ["001:124"] },
        ],
      },
    ]);
    expect(swelling?.disputes).toContain(summaries.get("cryomassage-reaction-duration")?.en);
    const tingling = normal.groups[0]?.items.find(
      (item) => item.text === "Tingling or burning after the session",
    );
    expect(tingling?.details[0]?.values).toEqual([{ text: "2–3 hours", refs: ["004:93"] }]);
  });

  test("lists what to report at once with what to do, and gives the clinic's phone where it has one", () => {
    const report = section(sheetFor(), "report");
    expect(report.lead).toBe("Call the clinic at once (+371 2000 0000) if you notice any of the following.");
    const frostbite = report.groups[0]?.items.find((item) => item.text.startsWith("Frostbite or dermatitis"));
    expect(frostbite?.details).toEqual([
      {
        label: "What to do",
        values: [
          { text: "Tell the specialist and stop cryotherapy until the skin has fully recovered.", refs: [] },
        ],
      },
    ]);
    const withoutPhone = sheetFor({ clinic: { name: "Polar", address: "Riga", phone: " " } });
    expect(section(withoutPhone, "report").lead).toBe(
      "Contact the clinic at once if you notice any of the following.",
    );
    expect(withoutPhone.clinic.lines).toEqual(["Riga"]);
  });

  test("adds course restrictions only where the course advice does not already say them", () => {
    // The advice cites 004:96 for saunas, tanning and aggressive cosmetics; ultraviolet is cited elsewhere.
    expect(texts(sheetFor(), "course")).toEqual([
      "During the course avoid saunas and baths, tanning and aggressive cosmetics.",
      "Avoid ultraviolet light: strong sun and sunbeds.",
    ]);
    const withoutAdvice = { ...procedure("nitrogen-cryomassage"), aftercare: [] };
    expect(texts(sheetFor({ procedure: withoutAdvice }), "course")).toEqual([
      "Avoid ultraviolet light: strong sun and sunbeds.",
      "Do not go to saunas or baths.",
      "Do not tan.",
      "Do not use aggressive cosmetics.",
    ]);
  });

  test("says so where the catalog states nothing, rather than leaving a section out", () => {
    const sheet = sheetFor({ procedure: procedure("cryosauna"), methodId: null });
    for (const id of ["care", "normal", "course"] as const) {
      expect(section(sheet, id).groups).toEqual([]);
      expect(section(sheet, id).empty).toBe("The sources state nothing on this for this procedure.");
    }
    expect(texts(sheet, "report")).toHaveLength(1);
    expect(sheet.facts.map((fact) => fact.label)).toEqual(["Client", "Procedure", "Session"]);
  });

  test("lists every cited article line once, by article and line, with the words cited", () => {
    const sheet = sheetFor();
    const refs = sheet.sources.items.map((source) => source.ref);
    const shown = sheet.sections.flatMap((s) =>
      s.groups.flatMap((group) =>
        group.items.flatMap((item) => [
          ...item.refs,
          ...item.details.flatMap((d) => d.values.flatMap((v) => v.refs)),
        ]),
      ),
    );
    expect(new Set(refs)).toEqual(new Set(shown));
    expect(refs).toHaveLength(new Set(refs).size);
    const byArticleThenLine = [...sheet.sources.items].sort(
      (x, y) => x.article.localeCompare(y.article) || x.line - y.line,
    );
    expect(sheet.sources.items).toEqual(byArticleThenLine);
    expect(refs.indexOf("001:36")).toBeLessThan(refs.indexOf("001:124"));
    expect(sheet.sources.items.find((source) => source.ref === "004:96")).toEqual({
      ref: "004:96",
      article: "004_0a72f601ed0a09d5.txt",
      line: 96,
      excerpts: ["refuse to visit saunas and baths"],
    });
  });

  test("names a disagreement even without the conflict's summary at hand", () => {
    const sheet = sheetFor({ conflictSummary: undefined });
    const advice = section(sheet, "course").groups[0]?.items[0];
    expect(advice?.disputes).toEqual(["The sources disagree on this."]);
  });

  test("refuses a method the procedure does not have and a zone that does not exist", () => {
    const methodError = (() => {
      try {
        sheetFor({ methodId: "spray" });
      } catch (error) {
        return error;
      }
    })();
    expect(methodError).toBeInstanceOf(DomainError);
    expect(methodError).toMatchObject({ kind: "validation", details: { fields: [{ field: "methodId" }] } });
    expect(() => sheetFor({ timeZone: "Mars/Olympus" })).toThrow(DomainError);
  });
});

describe("durations", () => {
  test("read as the client's language writes them", () => {
    expect(formatDuration("en", { min: 2, max: 3, unit: "h" })).toBe("2–3 hours");
    expect(formatDuration("ru", { min: 2, max: 3, unit: "h" })).toBe("2–3 часа");
    expect(formatDuration("en", { min: 2, unit: "days", approx: true })).toBe("at least about 2 days");
    expect(formatDuration("ru", { max: 1, unit: "days" })).toBe("максимум 1 день");
    expect(formatDuration("en", { min: 18, max: 18, unit: "months" })).toBe("18 months");
  });
});
