import { describe, expect, it } from "vitest";
import type { Conflict, ConflictClaim } from "./conflicts.ts";
import { conflicts, conflictsForProcedure } from "./load.ts";
import { citationKeys } from "./test-support.ts";

// One test per conflict: both sides are present as separate claims, each with its own citation.
// Sides are given as `article:line` of a citation the claim must carry.
const EXPECTED: Record<string, [string, string]> = {
  "nitrogen-cryomassage-session-length": ["000:32", "001:105"],
  "nitrogen-cryomassage-spacing": ["000:32", "001:105"],
  "nitrogen-cryomassage-course-length": ["000:32", "004:93"],
  "nitrogen-temperature": ["001:100", "004:12"],
  "cryosauna-temperature": ["000:121", "002:21"],
  "cryosauna-exposure": ["000:121", "002:21"],
  "cryodestruction-exposure": ["000:125", "002:47"],
  "cryomassage-reaction-duration": ["000:66", "004:93"],
  "redness-swelling-expected-vs-rare": ["000:66", "001:140"],
  anesthesia: ["000:10", "000:95"],
  "cryodestruction-tissue-damage": ["000:44", "001:117"],
  "cryodestruction-pain": ["000:138", "001:118"],
  "rosacea-vs-couperose": ["001:18", "004:66"],
  "migraine-contraindication-vs-relief": ["000:73", "002:17"],
  "respiratory-disease-vs-ent": ["002:55", "000:93"],
  "nervous-system-disease-vs-cryosauna": ["002:59", "000:40"],
  "postoperative-period": ["004:76", "000:89"],
  "varicose-veins-vs-vascular-disease": ["001:23", "001:151"],
  "cardiovascular-breadth": ["000:72", "002:57"],
  "mental-disorder-breadth": ["000:71", "004:72"],
  "herpes-active-vs-any": ["004:65", "003:83"],
  "acute-respiratory-infection-ent": ["000:97", "000:146"],
  "acne-vs-pustular-lesions": ["003:68", "003:80"],
  "local-cold-contraindications": ["000:115", "002:45"],
  "heat-after-cold": ["003:51", "004:96"],
  "cryomassage-after-aggressive-procedures": ["001:65", "004:77"],
  "cryotherapy-course-length": ["002:41", "000:32"],
  "effect-duration": ["002:41", "001:44"],
  "cold-blood-flow": ["000:5", "003:3"],
};

const all = conflicts();
const byId = new Map(all.map((c) => [c.id, c]));

function claimCiting(conflict: Conflict, key: string): ConflictClaim {
  const found = conflict.claims.find((claim) => citationKeys(claim.sources).includes(key));
  if (!found) throw new Error(`${conflict.id}: no claim cites ${key}`);
  return found;
}

describe("every conflict keeps both claims", () => {
  it("registers exactly the conflicts this test knows", () => {
    expect(all.map((c) => c.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s", (id, [sideA, sideB]) => {
    const conflict = byId.get(id);
    expect(conflict?.summary.en.length).toBeGreaterThan(10);
    expect(conflict?.summary.ru).toMatch(/[а-я]/i);
    if (!conflict) return;
    expect(conflict.claims.length).toBeGreaterThanOrEqual(2);
    for (const claim of conflict.claims) expect(claim.sources.length).toBeGreaterThan(0);
    const a = claimCiting(conflict, sideA);
    const b = claimCiting(conflict, sideB);
    expect(a).not.toBe(b);
    expect(a.value).not.toEqual(b.value);
  });
});

describe("the five conflicts named in the brief", () => {
  const claim = (id: string, key: string) => {
    const conflict = byId.get(id);
    if (!conflict) throw new Error(id);
    return claimCiting(conflict, key);
  };

  it("nitrogen cryomassage lasts 2–5 min in one article and 10–20 min in another", () => {
    expect(claim("nitrogen-cryomassage-session-length", "000:32").value).toMatchObject({
      min: 2,
      max: 5,
      unit: "min",
    });
    expect(claim("nitrogen-cryomassage-session-length", "001:105").value).toMatchObject({ min: 10, max: 20 });
  });

  it("weekly versus every 2–3 days", () => {
    expect(claim("nitrogen-cryomassage-spacing", "000:32").value).toEqual({ min: 7, max: 7, unit: "days" });
    expect(claim("nitrogen-cryomassage-spacing", "001:105").value).toEqual({ min: 2, max: 3, unit: "days" });
  });

  it("rosacea is an indication, couperose a contraindication", () => {
    const rosacea = claim("rosacea-vs-couperose", "001:18");
    expect(rosacea.path).toMatch(/indications\[\d+\]$/);
    expect(rosacea.value).toMatchObject({ condition: "rosacea" });
    const couperose = claim("rosacea-vs-couperose", "004:66");
    expect(couperose.path).toMatch(/^general\.json: contraindicationLists\[\d+\]\.contraindications\[\d+\]$/);
    expect(couperose.value).toMatchObject({ condition: "couperose" });
  });

  it("migraine is a contraindication, yet cold relieves it", () => {
    expect(claim("migraine-contraindication-vs-relief", "000:73").value).toMatchObject({
      condition: "migraine",
      scope: "general",
    });
    expect(claim("migraine-contraindication-vs-relief", "002:17").path).toContain(
      "procedures/cryosauna.json: indications",
    );
    expect(claim("migraine-contraindication-vs-relief", "002:45").value).toMatchObject({
      condition: "headache",
    });
  });

  it("respiratory disease contraindicates cryotherapy, yet ENT cryotherapy treats chronic respiratory disease", () => {
    expect(claim("respiratory-disease-vs-ent", "002:55").value).toMatchObject({
      condition: "respiratory-disease",
    });
    const ent = claim("respiratory-disease-vs-ent", "000:93");
    expect(ent.path).toContain("procedures/ent-cryotherapy.json: indications");
    expect(ent.value).toMatchObject({ condition: "chronic-respiratory-disease" });
  });
});

describe("conflicts touching one procedure", () => {
  const ids = (id: string) => conflictsForProcedure(id).map((c) => c.id);

  it("include those reaching it through the shared contraindication lists", () => {
    expect(ids("nitrogen-cryomassage")).toEqual(
      expect.arrayContaining([
        "nitrogen-cryomassage-session-length",
        "rosacea-vs-couperose",
        "migraine-contraindication-vs-relief",
      ]),
    );
    expect(ids("cryosauna")).toEqual(
      expect.arrayContaining([
        "cryosauna-temperature",
        "respiratory-disease-vs-ent",
        "nervous-system-disease-vs-cryosauna",
      ]),
    );
    expect(ids("local-cold-therapy")).toContain("local-cold-contraindications");
  });

  it("are empty for a procedure the articles never dispute, or an unknown id", () => {
    expect(ids("scalp-darsonvalization")).toEqual([]);
    expect(ids("no-such-procedure")).toEqual([]);
  });
});
