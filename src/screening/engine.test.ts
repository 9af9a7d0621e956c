import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.ts";
import { catalog } from "../catalog/load.ts";
import { rawCatalog } from "../catalog/test-support.ts";
import { DomainError } from "../domain/errors.ts";
import type { ScreeningRequest } from "./contract.ts";
import { screeningRequestSchema, screeningResponseSchema } from "./contract.ts";
import { CONTRACT_EXAMPLE } from "./contract-example.ts";
import { screen } from "./engine.ts";

const DATE = "2026-11-20";
const request = (extra: Partial<ScreeningRequest>): ScreeningRequest => ({
  date: DATE,
  conditions: [],
  ...extra,
});
const resultOf = (response: ReturnType<typeof screen>, procedureId: string) => {
  const result = response.results.find((r) => r.procedureId === procedureId);
  if (!result) throw new Error(`no result for ${procedureId}`);
  return result;
};

function invalidFields(input: ScreeningRequest): string[] {
  try {
    screen(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("screening-input-invalid");
    expect((error as DomainError).kind).toBe("validation");
    return ((error as DomainError).details.fields ?? []).map((f) => f.field);
  }
  throw new Error("expected the request to be rejected");
}

describe("unmatched ICD-10 codes", () => {
  it("echoes a well-formed code the catalog has no rule for, normalized, sorted and once", () => {
    const response = screen(
      request({
        conditions: [
          { icd10: "z99.9" },
          { icd10: "E11", site: "limbs" },
          { icd10: "G40" },
          { icd10: "Z99.9" },
        ],
      }),
    );
    expect(response.unmatchedConditions).toEqual([{ icd10: "E11", site: "limbs" }, { icd10: "Z99.9" }]);
    // The matched one still screens.
    expect(resultOf(response, "cryosauna").verdict).toBe("contraindicated");
  });

  it("an unmatched code alone changes no verdict", () => {
    const plain = screen(request({}));
    const withUnknown = screen(request({ conditions: [{ icd10: "E11.9" }] }));
    expect(withUnknown.results).toEqual(plain.results);
  });
});

describe("hierarchy", () => {
  it("a subcode falls under its category and under catalog ranges", () => {
    const response = screen(request({ conditions: [{ icd10: "I82.91" }], procedures: ["cryosauna"] }));
    const codes = resultOf(response, "cryosauna").reasons.map((r) => r.code);
    expect(codes).toContain("contraindication:thrombosis"); // I80-I82
    expect(codes).toContain("conflict:cardiovascular-breadth"); // I00-I99
  });

  it("a condition id screens like its code: Raynaud's by id and by I73.0", () => {
    const byId = screen(request({ conditions: [{ id: "raynauds-disease" }] }));
    const byCode = screen(request({ conditions: [{ icd10: "I73.0" }] }));
    expect(byId).toEqual(byCode);
  });

  it("a broader code does not imply a narrower condition: I78 is not couperose (I78.8)", () => {
    const codes = resultOf(
      screen(request({ conditions: [{ icd10: "I78" }] })),
      "nitrogen-cryomassage",
    ).reasons.map((r) => r.conditionId);
    expect(codes).not.toContain("couperose");
  });
});

describe("until dates", () => {
  it("counts the window across a year end", () => {
    const response = screen(
      request({
        date: "2026-12-30",
        recentProcedures: [{ id: "mesotherapy", date: "2026-12-25" }],
        procedures: ["ice-cryomassage"],
      }),
    );
    expect(resultOf(response, "ice-cryomassage")).toMatchObject({ verdict: "postpone", until: "2027-01-08" });
  });

  it("takes the later of two recent procedures, and the latest date of a repeated one", () => {
    const response = screen(
      request({
        recentProcedures: [
          { id: "mesotherapy", date: "2026-11-10" },
          { id: "chemical-peeling-deep", date: "2026-11-16" },
          { id: "mesotherapy", date: "2026-11-12" },
        ],
        procedures: ["ice-cryomassage"],
      }),
    );
    const result = resultOf(response, "ice-cryomassage");
    expect(result.until).toBe("2026-11-30");
    expect(result.reasons.find((r) => r.code === "recent-procedure:mesotherapy")?.until).toBe("2026-11-26");
  });

  it("is null when one postponing reason has no date (fever) beside one that has", () => {
    const response = screen(
      request({
        subject: { bodyTemperatureC: 38.2 },
        recentProcedures: [{ id: "mesotherapy", date: "2026-11-15" }],
        procedures: ["nitrogen-cryomassage"],
      }),
    );
    expect(resultOf(response, "nitrogen-cryomassage")).toMatchObject({ verdict: "postpone", until: null });
  });

  it("is null when something worse than postpone applies", () => {
    const response = screen(
      request({
        conditions: [{ icd10: "G40" }],
        recentProcedures: [{ id: "mesotherapy", date: "2026-11-15" }],
      }),
    );
    expect(resultOf(response, "ice-cryomassage")).toMatchObject({ verdict: "contraindicated", until: null });
  });

  it("without a screening date a recent procedure still counts, dated from the procedure", () => {
    const response = screen({
      conditions: [],
      recentProcedures: [{ id: "mesotherapy", date: "2020-01-01" }],
    });
    expect(resultOf(response, "ice-cryomassage")).toMatchObject({ verdict: "postpone", until: "2020-01-15" });
  });

  it("uses rescreen.afterDays when the catalog gives one", () => {
    const raw = rawCatalog() as {
      general: { contraindicationLists: { contraindications: Record<string, unknown>[] }[] };
    };
    for (const list of raw.general.contraindicationLists) {
      for (const entry of list.contraindications) {
        if (entry.condition === "acute-infection") {
          entry.rescreen = {
            afterDays: 10,
            sources: [],
            editorial: { rationale: "A test value for the engine." },
          };
        }
      }
    }
    const response = screen(
      request({ conditions: [{ id: "acute-infection" }], procedures: ["cryosauna"] }),
      createCatalog(raw),
    );
    expect(resultOf(response, "cryosauna")).toMatchObject({ verdict: "postpone", until: "2026-11-30" });
  });
});

describe("determinism and order", () => {
  const conditions: ScreeningRequest["conditions"] = [
    { icd10: "I10" },
    { id: "skin-damage", site: "face" },
    { icd10: "B00", status: "history" },
    { icd10: "Z99.9" },
    { id: "migraine" },
  ];

  it("gives the same output whatever the order of conditions", () => {
    const forward = screen(request({ conditions, subject: { bodyTemperatureC: 37.4 } }));
    const backward = screen(
      request({ conditions: [...conditions].reverse(), subject: { bodyTemperatureC: 37.4 } }),
    );
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });

  it("lists reasons most severe first, then by code", () => {
    const ranks = ["contraindicated", "postpone", "needs-review", "caution", "eligible"];
    for (const result of screen(request({ conditions })).results) {
      const keys = result.reasons.map((r) => [ranks.indexOf(r.verdict), r.code] as const);
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
      expect(keys).toEqual(sorted);
      expect(result.verdict).toBe(result.reasons[0]?.verdict ?? "eligible");
    }
  });

  it("answers all ten procedures in catalog order when none are named, else in the order given", () => {
    expect(screen(request({})).results.map((r) => r.procedureId)).toEqual(
      catalog.procedures.map((p) => p.id),
    );
    const named = screen(request({ procedures: ["cryosauna", "cryodestruction", "cryosauna"] }));
    expect(named.results.map((r) => r.procedureId)).toEqual(["cryosauna", "cryodestruction"]);
  });

  it("answers in the documented response shape", () => {
    const response = screen(
      request({ conditions, recentProcedures: [{ id: "mesotherapy", date: "2026-11-15" }] }),
    );
    expect(screeningResponseSchema.safeParse(response).success).toBe(true);
  });

  it("accepts the contract's example request", () => {
    const example = CONTRACT_EXAMPLE;
    const response = screen(screeningRequestSchema.parse(example));
    expect(response.results.map((r) => [r.procedureId, r.verdict])).toEqual([
      ["cryosauna", "contraindicated"],
      ["nitrogen-cryomassage", "contraindicated"],
    ]);
  });
});

describe("shared reasons", () => {
  it("a caller editing a response cannot change the next one", () => {
    const input = request({ conditions: [{ icd10: "G40" }], procedures: ["cryosauna"] });
    const first = screen(input);
    const reason = resultOf(first, "cryosauna").reasons[0];
    try {
      (reason as { text: { en: string } }).text.en = "edited";
    } catch {
      // Frozen: the edit is refused, which is the point.
    }
    expect(resultOf(screen(input), "cryosauna").reasons[0]?.text.en).not.toBe("edited");
  });

  it("a recent aggressive procedure given as a condition postpones without a date", () => {
    const response = screen(
      request({ conditions: [{ id: "recent-aggressive-procedure" }], procedures: ["ice-cryomassage"] }),
    );
    expect(resultOf(response, "ice-cryomassage")).toMatchObject({ verdict: "postpone", until: null });
    expect(resultOf(response, "ice-cryomassage").reasons.map((r) => r.code)).toEqual([
      "recent-aggressive-procedure",
    ]);
  });
});

describe("sites", () => {
  it("notes a requested site the procedure does not treat, and screens its own sites", () => {
    const response = screen(
      request({
        conditions: [{ id: "skin-damage", site: "throat" }],
        site: "face",
        procedures: ["ent-cryotherapy"],
      }),
    );
    const result = resultOf(response, "ent-cryotherapy");
    expect(result.verdict).toBe("postpone");
    expect(result.reasons.map((r) => r.code)).toContain("site-not-treated:face");
  });
});

describe("invalid input", () => {
  it("lists every offender with its path", () => {
    const fields = invalidFields({
      date: DATE,
      conditions: [
        { icd10: "G4" },
        { id: "no-such-condition" },
        { icd10: "L70", site: "elbow" },
        { icd10: "L70", id: "acne" },
      ],
      recentProcedures: [
        { id: "no-such-procedure", date: "2026-11-01" },
        { id: "mesotherapy", date: "2026-11-21" },
      ],
      procedures: ["cryosauna", "cryo-yoga"],
      site: "ear",
    });
    expect(fields).toEqual([
      "conditions.0.icd10",
      "conditions.1.id",
      "conditions.2.site",
      "conditions.3",
      "recentProcedures.0.id",
      "recentProcedures.1.date",
      "procedures.1",
      "site",
    ]);
  });

  it("rejects dates that do not exist", () => {
    expect(invalidFields(request({ date: "2026-02-29" }))).toEqual(["date"]);
    expect(invalidFields(request({ subject: { birthDate: "2030-01-01" } }))).toEqual(["subject.birthDate"]);
  });
});
