import { describe, expect, it } from "vitest";
import { REQUIRED_RELATED_PROCEDURES } from "./integrity.ts";
import { getCondition, getProcedure, procedures, relatedProcedures, sites } from "./load.ts";
import { claimsOf, type Disputable, PROCEDURE_IDS, type Procedure } from "./schema.ts";
import { citationKeys } from "./test-support.ts";

function procedure(id: string): Procedure {
  const found = getProcedure(id);
  if (!found) throw new Error(`no procedure ${id}`);
  return found;
}
function method(procedureId: string, methodId: string) {
  const found = procedure(procedureId).methods.find((m) => m.id === methodId);
  if (!found) throw new Error(`no method ${methodId}`);
  return found;
}
function values<T>(fact: Disputable<T> | undefined): T[] {
  return fact ? claimsOf(fact).map((claim) => claim.value) : [];
}

describe("the loaded catalog", () => {
  it("has the ten procedures, the eight sites and the related procedures", () => {
    expect(procedures.map((p) => p.id).sort()).toEqual([...PROCEDURE_IDS].sort());
    expect(sites).toHaveLength(8);
    for (const id of REQUIRED_RELATED_PROCEDURES)
      expect(
        relatedProcedures.some((r) => r.id === id),
        id,
      ).toBe(true);
    expect(getProcedure("sauna")).toBeUndefined();
  });

  it("names every procedure in English and Russian", () => {
    for (const p of procedures) {
      expect(p.names.en.length).toBeGreaterThan(3);
      expect(p.names.ru).toMatch(/[а-я]/i);
    }
  });
});

describe("exposure limits as the articles give them", () => {
  it("cryodestruction: spray up to 20 s and repeatable; probe up to 90 s", () => {
    const spray = method("cryodestruction", "spray");
    expect(values(spray.exposure)).toContainEqual({ per: "area", range: { max: 20, unit: "s" } });
    expect(spray.repeatable?.value).toBe(true);
    expect(values(method("cryodestruction", "probe").exposure)).toEqual([
      { per: "lesion", range: { max: 90, unit: "s" } },
    ]);
  });

  it("ice: 2–3 min per area; ice bags on an injury 10–15 min", () => {
    expect(values(method("ice-cryomassage", "ice-bag-massage").exposure)).toEqual([
      { per: "area", range: { min: 2, max: 3, unit: "min" } },
    ]);
    expect(values(method("ice-cryomassage", "ice-pack-on-injury").exposure)).toEqual([
      { per: "application", range: { min: 10, max: 15, unit: "min" } },
    ]);
  });

  it("cryosauna: 1–3 or 2–3 minutes at −140 to −170 °C, immersed to the neck, at least 40 kg", () => {
    const sauna = procedure("cryosauna");
    const minutes = values(method("cryosauna", "whole-body-cabin").exposure).map((v) => v.range);
    expect(minutes).toEqual([
      { min: 1, max: 3, unit: "min" },
      { min: 2, max: 3, unit: "min" },
    ]);
    const temperatures = sauna.temperatures.flatMap((t) => values(t)).map((t) => t.range.min);
    expect(temperatures).toEqual(expect.arrayContaining([-170, -140]));
    expect(sauna.limits.requirements.map((r) => r.id)).toEqual(
      expect.arrayContaining(["immersed-to-neck", "woollen-socks-and-mittens", "face-mask", "dry-body"]),
    );
    expect(sauna.limits.person).toEqual([
      expect.objectContaining({
        field: "weightKg",
        min: 40,
        sources: [expect.objectContaining({ line: 77 })],
      }),
    ]);
  });

  it("nitrogen cryomassage: a course of about 10, repeated after six months", () => {
    const course = procedure("nitrogen-cryomassage").course;
    expect(values(course.sessions).every((r) => r.min === 10)).toBe(true);
    expect(values(course.repeatAfter)).toEqual([{ min: 6, max: 6, unit: "months" }]);
  });
});

describe("who performs and who prescribes", () => {
  it("ENT cryotherapy: only an otolaryngologist prescribes it", () => {
    const ent = procedure("ent-cryotherapy");
    expect(ent.prescription?.value).toEqual({ mandatory: true, roles: ["otolaryngologist"] });
    expect(values(ent.performers)).toEqual([["otolaryngologist"]]);
  });

  it("cryodestruction: a dermatologist, after consultation and the listed tests when indicated", () => {
    const p = procedure("cryodestruction");
    expect(values(p.performers)).toEqual([["dermatologist"]]);
    expect(p.prerequisites.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        "dermatologist-consultation",
        "blood-urine-analysis",
        "blood-sugar-test",
        "hpv-test",
        "blood-biochemistry",
        "skin-ultrasound",
      ]),
    );
    expect(p.prerequisites.find((r) => r.id === "hpv-test")?.when).toBe("if-indicated");
  });

  it("where the articles are silent on the performer, the value is marked editorial", () => {
    for (const id of ["cryosauna", "cryolipolysis", "scalp-darsonvalization"]) {
      const performers = procedure(id).performers;
      expect("editorial" in performers && performers.editorial?.rationale, id).toBeTruthy();
    }
  });
});

describe("contraindications as screening will read them", () => {
  it("merge the general cryotherapy list into the procedures it applies to", () => {
    const sauna = procedure("cryosauna").contraindications;
    expect(sauna.find((c) => c.condition === "epilepsy")).toMatchObject({
      scope: "general",
      list: "cryotherapy",
    });
    expect(procedure("scalp-darsonvalization").contraindications).toEqual([]);
  });

  it("mark the ones disputed for local cold therapy with that conflict", () => {
    const merged = procedure("local-cold-therapy").contraindications.filter((c) => c.list === "cryotherapy");
    expect(merged.length).toBeGreaterThan(10);
    for (const entry of merged) expect(entry.conflicts).toContain("local-cold-contraindications");
    const own = procedure("local-cold-therapy").contraindications.find(
      (c) => c.condition === "raynauds-disease",
    );
    expect(own).toMatchObject({ scope: "procedure-specific", duration: "permanent" });
    expect(own?.conflicts).toBeUndefined();
  });

  it("say where they apply: damaged skin only at the treated site", () => {
    const damage = procedure("nitrogen-cryomassage").contraindications.filter(
      (c) => c.condition === "skin-damage",
    );
    expect(damage.length).toBeGreaterThan(0);
    for (const entry of damage) expect(entry).toMatchObject({ extent: "at-site", duration: "temporary" });
    expect(damage[0]?.rescreen?.until?.en).toContain("recovered");
  });

  it("ENT cryotherapy: pregnancy, ARVI, furunculosis and pus in the tonsils postpone it", () => {
    const ent = procedure("ent-cryotherapy").contraindications.filter(
      (c) => c.scope === "procedure-specific",
    );
    expect(ent.map((c) => [c.condition, c.duration])).toEqual([
      ["pregnancy", "temporary"],
      ["acute-respiratory-viral-infection", "temporary"],
      ["furunculosis", "temporary"],
      ["purulent-tonsil-discharge", "temporary"],
    ]);
  });

  it("person-data factors say how to detect them; editorial thresholds say so", () => {
    expect(getCondition("pregnancy")?.presentWhen?.anyOf).toEqual([{ field: "pregnant", equals: true }]);
    const fever = getCondition("fever")?.presentWhen;
    expect(fever?.anyOf).toEqual([{ field: "bodyTemperatureC", atLeast: 37.1 }]);
    expect(fever?.editorial?.rationale).toBeTruthy();
    expect(getCondition("hypertension")?.presentWhen?.anyOf).toHaveLength(2);
    expect(getCondition("recent-aggressive-procedure")).toMatchObject({
      relatedProcedures: ["mesotherapy", "chemical-peeling-deep"],
      recentWithinDays: { value: 14 },
    });
  });

  it("every condition used anywhere cites where the articles name it", () => {
    for (const p of procedures) {
      for (const entry of [...p.indications, ...p.contraindications]) {
        const condition = getCondition(entry.condition);
        expect(condition, entry.condition).toBeDefined();
        expect(citationKeys(condition?.sources ?? []).length).toBeGreaterThan(0);
      }
    }
  });
});
