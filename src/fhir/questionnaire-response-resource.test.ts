import { beforeAll, describe, expect, it } from "vitest";
import {
  catalogNames,
  ids,
  intakeScreening,
  preSessionScreening,
} from "../../test/support/fhir-record-fixtures.ts";
import { loadSpecification, validateR4 } from "../../test/support/fhir-validator.ts";
import { ICD10 } from "./datatypes.ts";
import {
  questionnaireResponseResource,
  SCREENING_QUESTIONNAIRE_URLS,
} from "./questionnaire-response-resource.ts";
import type * as R4 from "./r4-types.ts";

/** The items with this linkId, however deep they nest. */
function itemsOf(response: R4.QuestionnaireResponse, linkId: string): R4.QuestionnaireResponseItem[] {
  const walk = (items: readonly R4.QuestionnaireResponseItem[]): R4.QuestionnaireResponseItem[] =>
    items.flatMap((item) => [...(item.linkId === linkId ? [item] : []), ...walk(item.item ?? [])]);
  return walk(response.item ?? []);
}
const answerOf = (response: R4.QuestionnaireResponse, linkId: string) => itemsOf(response, linkId)[0]?.answer;

beforeAll(loadSpecification, 60_000);

describe("a screening as a QuestionnaireResponse", () => {
  const intake = questionnaireResponseResource(intakeScreening, "ru", catalogNames);
  const preSession = questionnaireResponseResource(preSessionScreening, "en");

  it("is valid R4 for both kinds of screening", () => {
    expect(validateR4(intake)).toEqual([]);
    expect(validateR4(preSession)).toEqual([]);
  });

  it("answers the intake questionnaire for the client, authored by whoever recorded it", () => {
    expect(intake).toMatchObject({
      id: ids.intakeScreening,
      questionnaire: SCREENING_QUESTIONNAIRE_URLS.intake,
      status: "completed",
      subject: { reference: `Patient/${ids.client}` },
      authored: "2026-03-01T05:30:00.000Z",
      author: { reference: `Practitioner/${ids.practitioner}` },
    });
    expect(intake.partOf).toBeUndefined();
    expect(preSession.questionnaire).toBe(SCREENING_QUESTIONNAIRE_URLS["pre-session"]);
  });

  it("codes each condition the way the Condition resources do, with its site and whether it is past", () => {
    const conditions = itemsOf(intake, "condition");
    expect(conditions.map((group) => group.item?.[0]?.answer?.[0]?.valueCoding)).toEqual([
      { system: ICD10, code: "I10" },
      { system: ICD10, code: "L70.0" },
      {
        system: "urn:cryodesk:condition",
        code: "skin-damage",
        display: "Повреждение кожи в зоне воздействия",
      },
    ]);
    // Named both ways, the answer is the catalog's code: its name belongs to that code.
    const both = questionnaireResponseResource(
      { ...intakeScreening, conditions: [{ id: "skin-damage", icd10: "T33.0" }] },
      "ru",
      catalogNames,
    );
    expect(itemsOf(both, "condition.code")[0]?.answer?.[0]?.valueCoding).toEqual({
      system: "urn:cryodesk:condition",
      code: "skin-damage",
      display: "Повреждение кожи в зоне воздействия",
    });
    const [hypertension, acne, skin] = conditions.map((group) => group.item?.map((item) => item.linkId));
    expect(hypertension).toEqual(["condition.code"]);
    expect(acne).toEqual(["condition.code", "condition.clinicalStatus"]);
    expect(skin).toEqual(["condition.code", "condition.site"]);
    expect(itemsOf(intake, "condition.clinicalStatus")[0]?.answer?.[0]?.valueCoding?.code).toBe("resolved");
    expect(answerOf(intake, "condition.site")).toEqual([
      { valueCoding: { system: "urn:cryodesk:site", code: "face", display: "Лицо" } },
    ]);
  });

  it("answers the client's data with typed values and weight in kilograms", () => {
    expect(answerOf(intake, "subject.birthDate")).toEqual([{ valueDate: "1985-04-12" }]);
    expect(answerOf(intake, "subject.sex")?.[0]?.valueCoding?.code).toBe("female");
    expect(answerOf(intake, "subject.pregnant")).toEqual([{ valueBoolean: false }]);
    expect(answerOf(intake, "subject.weight")).toEqual([
      { valueQuantity: { value: 64.5, unit: "kg", system: "http://unitsofmeasure.org", code: "kg" } },
    ]);
    expect(answerOf(intake, "recentProcedure.code")?.[0]?.valueCoding).toMatchObject({
      code: "chemical-peeling-deep",
      display: "Глубокий химический пилинг",
    });
    expect(answerOf(intake, "recentProcedure.date")).toEqual([{ valueDate: "2026-01-20" }]);
    expect(itemsOf(intake, "subject")[0]?.text).toBe("О клиенте");
  });

  it("puts each answered question once among its siblings (qrs-2, which neither validator checks)", () => {
    const repeated = (items: readonly R4.QuestionnaireResponseItem[]): string[] => {
      const answered = items.filter((item) => item.answer).map((item) => item.linkId);
      return [
        ...answered.filter((linkId, index) => answered.indexOf(linkId) !== index),
        ...items.flatMap((item) => repeated(item.item ?? [])),
      ];
    };
    expect(repeated(intake.item ?? [])).toEqual([]);
    expect(repeated(preSession.item ?? [])).toEqual([]);
  });

  it("leaves out what was not asked: the intake took no vitals", () => {
    for (const linkId of ["subject.bodyTemperature", "subject.bloodPressure", "site"])
      expect([linkId, itemsOf(intake, linkId)]).toEqual([linkId, []]);
  });

  it("carries a pre-session check's vitals in UCUM units, as part of its session", () => {
    expect(answerOf(preSession, "subject.bodyTemperature")?.[0]?.valueQuantity).toMatchObject({
      value: 36.6,
      code: "Cel",
    });
    expect(
      itemsOf(preSession, "subject.bloodPressure")[0]?.item?.map((item) => item.answer?.[0]?.valueQuantity),
    ).toMatchObject([
      { value: 128, code: "mm[Hg]" },
      { value: 82, code: "mm[Hg]" },
    ]);
    expect(preSession.partOf).toEqual([{ reference: `Procedure/${ids.session}` }]);
  });

  it("has no author when no staff member recorded it, and no items when nothing was answered", () => {
    const online = questionnaireResponseResource({
      ...intakeScreening,
      recordedBy: null,
      subject: {},
      conditions: [],
      recentProcedures: [],
      site: "abdomen",
    });
    expect(online.author).toBeUndefined();
    expect(online.item?.map((item) => item.linkId)).toEqual(["site"]);
    expect(validateR4(online)).toEqual([]);
    const empty = questionnaireResponseResource({
      ...intakeScreening,
      subject: {},
      conditions: [],
      recentProcedures: [],
    });
    expect(empty.item).toBeUndefined();
    expect(validateR4(empty)).toEqual([]);
  });
});
