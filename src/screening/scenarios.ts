import type { ScreeningRequest, Verdict } from "./contract.ts";

// The scenario table: cases read off the five source articles, each with the line it
// comes from. scenarios.test.ts runs every one; the table doubles as documentation of
// how the engine reads the articles. Articles: A 000 (cryotherapy overview), B 001
// (nitrogen cryomassage), C 002 (cryotherapy and contraindications), D 003
// (cryomassage with nitrogen and ice), E 004 (cryomassage pros and cons).

export type ScenarioExpectation = {
  procedureId: string;
  verdict: Verdict;
  /** Checked when given; null means "no date can be derived". */
  until?: string | null;
  /** A reason with this code must be among the procedure's reasons. */
  reasonCode?: string;
};

export type Scenario = {
  name: string;
  request: ScreeningRequest;
  expected: ScenarioExpectation[];
  citation: { article: string; line: number };
};

const A = "000_6f82df9865416c89.txt";
const B = "001_c5f45e6bac8c7cc5.txt";
const C = "002_31ddcc7dff8e2cd4.txt";
const D = "003_dbf5f264287237f0.txt";
const E = "004_0a72f601ed0a09d5.txt";

const DATE = "2026-11-20";
/** An adult with a normal weight, so the cryosauna's weight check does not add a caution. */
const ADULT = { birthDate: "1990-05-01", weightKg: 70 };

type Conditions = ScreeningRequest["conditions"];

function scenario(
  name: string,
  [article, line]: [string, number],
  request: Partial<ScreeningRequest> & { conditions?: Conditions },
  expected: ScenarioExpectation[],
): Scenario {
  return {
    name,
    citation: { article, line },
    request: { date: DATE, subject: ADULT, ...request, conditions: request.conditions ?? [] },
    expected,
  };
}

const x = (procedureId: string, reasonCode?: string): ScenarioExpectation => ({
  procedureId,
  verdict: "contraindicated",
  until: null,
  ...(reasonCode ? { reasonCode } : {}),
});
const later = (
  procedureId: string,
  reasonCode: string,
  until: string | null = null,
): ScenarioExpectation => ({
  procedureId,
  verdict: "postpone",
  until,
  reasonCode,
});
const review = (procedureId: string, reasonCode: string): ScenarioExpectation => ({
  procedureId,
  verdict: "needs-review",
  reasonCode,
});
const careful = (procedureId: string, reasonCode?: string): ScenarioExpectation => ({
  procedureId,
  verdict: "caution",
  ...(reasonCode ? { reasonCode } : {}),
});
const ok = (procedureId: string): ScenarioExpectation => ({ procedureId, verdict: "eligible", until: null });

export const scenarios: Scenario[] = [
  // Weight limit of the cryosauna: "not recommended for persons weighing less than 40 kg".
  scenario("cryosauna at 39 kg: below the minimum", [A, 77], { subject: { weightKg: 39 } }, [
    x("cryosauna", "weight-below-minimum"),
  ]),
  scenario("cryosauna at exactly 40 kg: allowed", [A, 77], { subject: { weightKg: 40 } }, [ok("cryosauna")]),
  scenario("cryosauna at 41 kg: allowed", [A, 77], { subject: { weightKg: 41 } }, [ok("cryosauna")]),
  scenario("cryosauna without a weight: check it before the session", [A, 77], { subject: {} }, [
    careful("cryosauna", "weight-unknown"),
  ]),
  scenario(
    "the weight limit is the cryosauna's only: local procedures ignore it",
    [A, 77],
    { subject: { weightKg: 39 } },
    [ok("cryolipolysis"), ok("ice-cryomassage")],
  ),

  // Epilepsy: general list (A) and the cryomassage list (B).
  scenario("epilepsy by ICD-10 G40: cryosauna contraindicated", [A, 74], { conditions: [{ icd10: "G40" }] }, [
    x("cryosauna", "contraindication:epilepsy"),
  ]),
  scenario(
    "epilepsy by catalog id: nitrogen cryomassage contraindicated",
    [B, 150],
    { conditions: [{ id: "epilepsy" }] },
    [x("nitrogen-cryomassage", "contraindication:epilepsy")],
  ),
  scenario("G40.3 falls under the G40 rule (hierarchy)", [A, 74], { conditions: [{ icd10: "G40.3" }] }, [
    x("ice-cryomassage", "contraindication:epilepsy"),
    x("cryolipolysis", "contraindication:epilepsy"),
  ]),
  scenario(
    "epilepsy and local cold: the articles disagree whether the general list applies to compresses",
    [A, 115],
    { conditions: [{ icd10: "G40" }] },
    [review("local-cold-therapy", "conflict:local-cold-contraindications")],
  ),

  // Pregnancy: listed for ENT cryotherapy only.
  scenario(
    "pregnancy (subject.pregnant): ENT cryotherapy postponed",
    [A, 97],
    { subject: { ...ADULT, pregnant: true } },
    [later("ent-cryotherapy", "pregnancy")],
  ),
  scenario(
    "pregnancy by ICD-10 Z33: ENT cryotherapy postponed",
    [A, 97],
    { conditions: [{ icd10: "Z33" }] },
    [later("ent-cryotherapy", "pregnancy")],
  ),

  // Oncology.
  scenario(
    "breast cancer C50.9: nitrogen cryomassage contraindicated",
    [E, 68],
    { conditions: [{ icd10: "C50.9" }] },
    [x("nitrogen-cryomassage", "contraindication:oncological-disease")],
  ),
  scenario(
    "neoplasm of uncertain behaviour D48: ice cryomassage contraindicated",
    [E, 68],
    { conditions: [{ icd10: "D48" }] },
    [x("ice-cryomassage", "contraindication:oncological-disease")],
  ),
  scenario(
    "cancer in history still counts: a permanent contraindication does not lapse",
    [E, 68],
    { conditions: [{ icd10: "C50", status: "history" }] },
    [x("device-cryomassage", "contraindication:oncological-disease")],
  ),

  // Cold intolerance, Raynaud's and circulation.
  scenario(
    "cold intolerance: cryosauna contraindicated",
    [A, 70],
    { conditions: [{ id: "cold-intolerance" }] },
    [x("cryosauna", "contraindication:cold-intolerance")],
  ),
  scenario(
    "cold urticaria L50.2: device cryomassage contraindicated",
    [B, 154],
    { conditions: [{ icd10: "L50.2" }] },
    [x("device-cryomassage", "contraindication:cold-intolerance")],
  ),
  scenario(
    "Raynaud's disease: local cold therapy contraindicated",
    [A, 115],
    { conditions: [{ id: "raynauds-disease" }] },
    [x("local-cold-therapy", "contraindication:raynauds-disease")],
  ),
  scenario(
    "peripheral circulatory disorder I73.9: local cold contraindicated",
    [A, 115],
    { conditions: [{ icd10: "I73.9" }] },
    [x("local-cold-therapy", "contraindication:peripheral-circulatory-disorder")],
  ),

  // Cardiovascular: disputed in breadth, explicit forms settled.
  scenario(
    "arrhythmia I49.9: which heart diseases count is disputed (all vs severe and chronic)",
    [C, 57],
    { conditions: [{ icd10: "I49.9" }] },
    [review("cryosauna", "conflict:cardiovascular-breadth")],
  ),
  scenario("heart failure I50: cryosauna contraindicated", [C, 76], { conditions: [{ icd10: "I50" }] }, [
    x("cryosauna", "contraindication:heart-failure"),
  ]),
  scenario(
    "heart attack I21: nitrogen cryomassage contraindicated",
    [E, 69],
    { conditions: [{ icd10: "I21" }] },
    [x("nitrogen-cryomassage", "contraindication:myocardial-infarction")],
  ),
  scenario(
    "ischaemic heart disease I25.1: ice cryomassage contraindicated",
    [E, 69],
    { conditions: [{ icd10: "I25.1" }] },
    [x("ice-cryomassage", "contraindication:ischemic-heart-disease")],
  ),
  scenario(
    "varicose veins I83: an indication (B) and a vascular disease (A, B)",
    [B, 23],
    { conditions: [{ icd10: "I83" }] },
    [review("nitrogen-cryomassage", "conflict:varicose-veins-vs-vascular-disease")],
  ),
  scenario("stroke I63: cryosauna contraindicated", [C, 74], { conditions: [{ icd10: "I63" }] }, [
    x("cryosauna", "contraindication:stroke"),
  ]),
  scenario(
    "venous thrombosis I82.9 falls under I80-I82: contraindicated",
    [C, 63],
    { conditions: [{ icd10: "I82.9" }] },
    [
      x("cryolipolysis", "contraindication:thrombosis"),
      x("device-cryomassage", "contraindication:thrombosis"),
    ],
  ),
  scenario("renal failure N18: cryosauna contraindicated", [C, 76], { conditions: [{ icd10: "N18" }] }, [
    x("cryosauna", "contraindication:renal-failure"),
  ]),
  scenario(
    "anaemia D50: a blood disease, cryosauna contraindicated",
    [C, 67],
    { conditions: [{ icd10: "D50" }] },
    [x("cryosauna", "contraindication:blood-disease")],
  ),

  // Hypertension, from blood pressure (140/90, editorial threshold) or a code.
  scenario(
    "blood pressure 150/95: hypertension, cryomassage contraindicated",
    [E, 69],
    { subject: { ...ADULT, bloodPressure: { systolic: 150, diastolic: 95 } } },
    [x("nitrogen-cryomassage", "contraindication:hypertension")],
  ),
  scenario(
    "blood pressure 139/89: below the threshold, only the consultation remains",
    [E, 69],
    { subject: { ...ADULT, bloodPressure: { systolic: 139, diastolic: 89 } } },
    [careful("nitrogen-cryomassage", "prerequisite:cosmetologist-consultation")],
  ),
  scenario(
    "blood pressure 150/95 and the cryosauna: only severe and chronic forms count (C), a specialist decides",
    [C, 57],
    { subject: { ...ADULT, bloodPressure: { systolic: 150, diastolic: 95 } } },
    [review("cryosauna", "specialist-review:cardiovascular-disease")],
  ),
  scenario(
    "hypertension I10: device cryomassage contraindicated",
    [E, 69],
    { conditions: [{ icd10: "I10" }] },
    [x("device-cryomassage", "contraindication:hypertension")],
  ),

  // Fever (editorial threshold: 37.1 °C and above).
  scenario(
    "37.5 °C: elevated temperature, cryomassage postponed",
    [E, 78],
    { subject: { ...ADULT, bodyTemperatureC: 37.5 } },
    [later("device-cryomassage", "fever")],
  ),
  scenario(
    "37.1 °C: the first elevated reading",
    [E, 78],
    { subject: { ...ADULT, bodyTemperatureC: 37.1 } },
    [later("nitrogen-cryomassage", "fever")],
  ),
  scenario(
    "37.0 °C: normal, ice cryomassage allowed",
    [E, 78],
    { subject: { ...ADULT, bodyTemperatureC: 37 } },
    [ok("ice-cryomassage")],
  ),

  // Acute infection and exacerbations: temporary.
  scenario("acute infection: cryosauna postponed", [C, 69], { conditions: [{ id: "acute-infection" }] }, [
    later("cryosauna", "acute-infection"),
  ]),
  scenario(
    "a past acute infection (history) no longer counts",
    [C, 69],
    { conditions: [{ id: "acute-infection", status: "history" }] },
    [ok("cryosauna"), ok("cryolipolysis")],
  ),
  scenario(
    "exacerbation of a chronic disease: cryolipolysis postponed",
    [A, 76],
    { conditions: [{ id: "chronic-disease-exacerbation" }] },
    [later("cryolipolysis", "chronic-disease-exacerbation")],
  ),
  scenario("open tuberculosis A15: cryomassage postponed", [B, 152], { conditions: [{ icd10: "A15" }] }, [
    later("nitrogen-cryomassage", "active-tuberculosis"),
  ]),
  scenario("acute cystitis N30.0: cryosauna postponed", [C, 61], { conditions: [{ icd10: "N30.0" }] }, [
    later("cryosauna", "acute-urinary-disease"),
  ]),
  scenario("furunculosis L02: ENT cryotherapy postponed", [A, 97], { conditions: [{ icd10: "L02" }] }, [
    later("ent-cryotherapy", "furunculosis"),
  ]),
  scenario(
    "pus in the tonsil lacunae: ENT cryotherapy waits for antiseptic rinsing",
    [A, 95],
    { conditions: [{ id: "purulent-tonsil-discharge" }] },
    [later("ent-cryotherapy", "purulent-tonsil-discharge")],
  ),

  // Herpes: acute stage (B, E) versus herpes without qualification (D).
  scenario(
    "herpes outbreak B00.1: every article forbids it now, so postpone",
    [B, 149],
    { conditions: [{ icd10: "B00.1" }] },
    [later("nitrogen-cryomassage", "herpes")],
  ),
  scenario(
    "herpes in history: only the unqualified list (D) still forbids it",
    [D, 83],
    { conditions: [{ icd10: "B00", status: "history" }] },
    [review("ice-cryomassage", "conflict:herpes-active-vs-any")],
  ),

  // Damaged skin: only where the procedure is applied.
  scenario(
    "wound on the face, facial cryomassage: postponed until the skin recovers",
    [B, 153],
    { conditions: [{ id: "skin-damage", site: "face" }], site: "face" },
    [later("nitrogen-cryomassage", "skin-damage")],
  ),
  scenario(
    "wound on a leg, facial cryomassage: not at the procedure site",
    [A, 75],
    { conditions: [{ id: "skin-damage", site: "limbs" }], site: "face" },
    [careful("nitrogen-cryomassage", "prerequisite:cosmetologist-consultation")],
  ),
  scenario(
    "wound on the face, cryosauna: the face stays out of the cabin",
    [A, 75],
    { conditions: [{ id: "skin-damage", site: "face" }] },
    [ok("cryosauna")],
  ),
  scenario(
    "wound on a leg, cryosauna: the limbs are in the cabin",
    [A, 75],
    { conditions: [{ id: "skin-damage", site: "limbs" }] },
    [later("cryosauna", "skin-damage")],
  ),
  scenario(
    "damaged skin, place not given: assumed to be in the treated area",
    [E, 67],
    { conditions: [{ id: "skin-damage" }], site: "face" },
    [later("ice-cryomassage", "skin-damage")],
  ),
  scenario(
    "damaged skin on the body, ice massage of the face",
    [D, 81],
    { conditions: [{ id: "skin-damage", site: "body" }], site: "face" },
    [ok("ice-cryomassage")],
  ),

  // Postoperative period and mental disorders: disputed.
  scenario(
    "postoperative period: a contraindication (E) versus rehabilitation (A)",
    [E, 76],
    { conditions: [{ id: "postoperative-period" }] },
    [review("nitrogen-cryomassage", "conflict:postoperative-period")],
  ),
  scenario(
    "postoperative period and local cold: the rehabilitation side (A)",
    [A, 89],
    { conditions: [{ id: "postoperative-period" }] },
    [review("local-cold-therapy", "conflict:postoperative-period")],
  ),
  scenario(
    "schizophrenia F20: all mental disorders (A) or only some serious ones (E)",
    [A, 71],
    { conditions: [{ icd10: "F20" }] },
    [
      review("cryosauna", "conflict:mental-disorder-breadth"),
      review("ice-cryomassage", "conflict:mental-disorder-breadth"),
    ],
  ),

  // Registered conflicts.
  scenario(
    "rosacea L71: an indication (A, B, D) the articles also call a contraindication",
    [A, 56],
    { conditions: [{ icd10: "L71" }] },
    [
      review("nitrogen-cryomassage", "conflict:rosacea-vs-couperose"),
      review("device-cryomassage", "conflict:rosacea-vs-couperose"),
    ],
  ),
  scenario(
    "couperose on the face: the articles disagree (rosacea an indication, couperose a contraindication); capillaries (I78) are not arterial disease (I70-I77)",
    [E, 66],
    { conditions: [{ id: "couperose", site: "face" }], site: "face" },
    [review("nitrogen-cryomassage", "conflict:rosacea-vs-couperose")],
  ),
  scenario(
    "migraine G43: a contraindication (A) or treated with cold (C)",
    [A, 73],
    { conditions: [{ icd10: "G43" }] },
    [
      review("cryosauna", "conflict:migraine-contraindication-vs-relief"),
      review("device-cryomassage", "conflict:migraine-contraindication-vs-relief"),
    ],
  ),
  scenario(
    "asthma J45: respiratory disease as contraindication (C) vs ENT cryotherapy (A)",
    [C, 55],
    { conditions: [{ icd10: "J45" }] },
    [review("cryosauna", "conflict:respiratory-disease-vs-ent")],
  ),
  scenario(
    "chronic tonsillitis J35.0 and ENT cryotherapy: its indication, yet a respiratory disease",
    [A, 93],
    { conditions: [{ icd10: "J35.0" }] },
    [review("ent-cryotherapy", "conflict:respiratory-disease-vs-ent")],
  ),
  scenario(
    "acute respiratory viral infection J06.9 and ENT cryotherapy: contraindication vs 'get rid of ARVI'",
    [A, 97],
    { conditions: [{ icd10: "J06.9" }] },
    [review("ent-cryotherapy", "conflict:acute-respiratory-infection-ent")],
  ),
  scenario(
    "insomnia G47.0 and the cryosauna: nervous system disease vs relief of insomnia",
    [A, 40],
    { conditions: [{ icd10: "G47.0" }] },
    [review("cryosauna", "conflict:nervous-system-disease-vs-cryosauna")],
  ),
  scenario(
    "pustular lesions with acne on the face: acne indication vs pustular contraindication (D)",
    [D, 80],
    { conditions: [{ id: "pustular-skin-lesions", site: "face" }, { icd10: "L70" }], site: "face" },
    [review("ice-cryomassage", "conflict:acne-vs-pustular-lesions")],
  ),
  scenario(
    "general contraindications to physiotherapy: a specialist decides for local cold",
    [A, 115],
    { conditions: [{ id: "physiotherapy-contraindications" }] },
    [review("local-cold-therapy", "specialist-review:physiotherapy-contraindications")],
  ),

  // Recent procedures: window of 14 days (editorial), counted from the procedure date.
  scenario(
    "deep peel 5 days ago: cryomassage postponed to 14 days after it",
    [E, 77],
    { recentProcedures: [{ id: "chemical-peeling-deep", date: "2026-11-15" }] },
    [later("nitrogen-cryomassage", "recent-procedure:chemical-peeling-deep", "2026-11-29")],
  ),
  scenario(
    "deep peel 13 days ago: one more day",
    [E, 77],
    { recentProcedures: [{ id: "chemical-peeling-deep", date: "2026-11-07" }] },
    [later("ice-cryomassage", "recent-procedure:chemical-peeling-deep", "2026-11-21")],
  ),
  scenario(
    "deep peel 14 days ago: no longer recent",
    [E, 77],
    { recentProcedures: [{ id: "chemical-peeling-deep", date: "2026-11-06" }] },
    [ok("ice-cryomassage"), careful("nitrogen-cryomassage", "prerequisite:cosmetologist-consultation")],
  ),
  scenario(
    "mesotherapy 3 days ago: ice cryomassage postponed",
    [E, 77],
    { recentProcedures: [{ id: "mesotherapy", date: "2026-11-17" }] },
    [later("ice-cryomassage", "recent-procedure:mesotherapy", "2026-12-01")],
  ),
  scenario(
    "superficial peel 2 days ago: no peelings before nitrogen cleansing (B)",
    [B, 92],
    { recentProcedures: [{ id: "chemical-peeling-superficial", date: "2026-11-18" }] },
    [
      later("device-cryomassage", "recent-procedure:chemical-peeling-superficial", "2026-12-02"),
      ok("ice-cryomassage"),
    ],
  ),
  scenario(
    "mesotherapy and laser resurfacing: cryomassage after resurfacing is allowed (B), recent procedures are not (E)",
    [B, 65],
    {
      recentProcedures: [
        { id: "mesotherapy", date: "2026-11-15" },
        { id: "laser-resurfacing", date: "2026-11-12" },
      ],
    },
    [review("nitrogen-cryomassage", "conflict:cryomassage-after-aggressive-procedures")],
  ),

  // Prerequisites and procedures without listed contraindications.
  scenario("ENT cryotherapy: only an otolaryngologist prescribes it", [A, 97], {}, [
    careful("ent-cryotherapy", "prescription-required"),
  ]),
  scenario("cryodestruction: a dermatologist's consultation first", [B, 76], {}, [
    careful("cryodestruction", "prescription-required"),
  ]),
  scenario("cryoelectrophoresis: the drug is chosen individually", [A, 52], {}, [
    careful("cryoelectrophoresis", "prerequisite:drug-selection"),
  ]),
  scenario(
    "scalp darsonvalization lists no contraindications: caution even with epilepsy",
    [B, 54],
    { conditions: [{ icd10: "G40" }] },
    [careful("scalp-darsonvalization", "no-contraindications-listed")],
  ),
  scenario("cryolipolysis with nothing to report: eligible", [A, 36], {}, [ok("cryolipolysis")]),
];
