import { PROCEDURE_SYSTEM } from "./cds-hooks.ts";
import { CRYODESK, instant, quantity, ref } from "./datatypes.ts";
import { conditionClinicalStatus, conditionCodings } from "./person-resources.ts";
import type * as R4 from "./r4-types.ts";
import type { CatalogNames, Lang, ScreeningAnswers } from "./record-inputs.ts";

// A stored screening as the FHIR R4 QuestionnaireResponse it answers: one item per answered
// question of the screening request (who the client is, vitals, each condition with its site
// and whether it is past, recent procedures, the treated area). The verdict is not an answer:
// it stays out. A pre-session screening stores the intake's answers carried forward with the
// day's vitals, and its response holds both, as the screening judged them.

/**
 * The questionnaires the screening request itself asks, one per kind of screening. They are
 * canonical names, not published resources: the intake form at /api/v1/intake/questionnaire
 * asks yes/no per condition, whereas these answer with the condition's code.
 */
export const SCREENING_QUESTIONNAIRE_URLS = {
  intake: "urn:cryodesk:questionnaire:intake-screening",
  "pre-session": "urn:cryodesk:questionnaire:pre-session-screening",
} as const;

const ADMINISTRATIVE_GENDER = "http://hl7.org/fhir/administrative-gender";

const TEXT = {
  subject: { en: "About the client", ru: "О клиенте" },
  birthDate: { en: "Date of birth", ru: "Дата рождения" },
  sex: { en: "Sex", ru: "Пол" },
  pregnant: { en: "Pregnant", ru: "Беременность" },
  weight: { en: "Weight", ru: "Вес" },
  bodyTemperature: { en: "Body temperature", ru: "Температура тела" },
  bloodPressure: { en: "Blood pressure", ru: "Артериальное давление" },
  systolic: { en: "Systolic", ru: "Систолическое" },
  diastolic: { en: "Diastolic", ru: "Диастолическое" },
  condition: { en: "Condition", ru: "Заболевание или состояние" },
  conditionCode: { en: "Diagnosis or factor", ru: "Диагноз или фактор" },
  conditionSite: { en: "Where", ru: "Где" },
  conditionStatus: { en: "Current or past", ru: "Сейчас или в прошлом" },
  recentProcedure: { en: "Recent procedure", ru: "Недавняя процедура" },
  recentProcedureCode: { en: "Procedure", ru: "Процедура" },
  recentProcedureDate: { en: "Date", ru: "Дата" },
  site: { en: "Area to be treated", ru: "Зона воздействия" },
} as const;

const NO_NAMES: CatalogNames = {
  condition: () => undefined,
  site: () => undefined,
  procedure: () => undefined,
};

type Answer = R4.QuestionnaireResponseAnswer;
type Item = R4.QuestionnaireResponseItem;

const named = (coding: R4.Coding, name: string | undefined): R4.Coding => ({
  ...coding,
  ...(name && { display: name }),
});

/** The screening's answers as a completed QuestionnaireResponse about the client. */
export function questionnaireResponseResource(
  screening: ScreeningAnswers,
  lang: Lang = "en",
  names: CatalogNames = NO_NAMES,
): R4.QuestionnaireResponse {
  const question = (linkId: string, label: keyof typeof TEXT, answer: Answer | undefined): Item[] =>
    answer ? [{ linkId, text: TEXT[label][lang], answer: [answer] }] : [];
  const group = (linkId: string, label: keyof typeof TEXT, item: Item[]): Item[] =>
    item.length > 0 ? [{ linkId, text: TEXT[label][lang], item }] : [];
  const kept = <T>(value: T | undefined, answer: (value: T) => Answer) =>
    value === undefined ? undefined : answer(value);

  const { subject } = screening;
  const pressure = subject.bloodPressure;
  const subjectItems = [
    ...question(
      "subject.birthDate",
      "birthDate",
      kept(subject.birthDate, (valueDate) => ({ valueDate })),
    ),
    ...question(
      "subject.sex",
      "sex",
      kept(subject.sex, (sex) => ({
        valueCoding: {
          system: ADMINISTRATIVE_GENDER,
          code: sex,
          display: sex === "female" ? "Female" : "Male",
        },
      })),
    ),
    ...question(
      "subject.pregnant",
      "pregnant",
      kept(subject.pregnant, (valueBoolean) => ({ valueBoolean })),
    ),
    ...question(
      "subject.weight",
      "weight",
      kept(subject.weightKg, (kg) => ({ valueQuantity: quantity(kg, "kg") })),
    ),
    ...question(
      "subject.bodyTemperature",
      "bodyTemperature",
      kept(subject.bodyTemperatureC, (celsius) => ({ valueQuantity: quantity(celsius, "Cel", "°C") })),
    ),
    ...group("subject.bloodPressure", "bloodPressure", [
      ...question(
        "subject.bloodPressure.systolic",
        "systolic",
        kept(pressure?.systolic, (mmHg) => ({ valueQuantity: quantity(mmHg, "mm[Hg]", "mmHg") })),
      ),
      ...question(
        "subject.bloodPressure.diastolic",
        "diastolic",
        kept(pressure?.diastolic, (mmHg) => ({ valueQuantity: quantity(mmHg, "mm[Hg]", "mmHg") })),
      ),
    ]),
  ];
  const siteAnswer = (site: string): Answer => ({
    valueCoding: named({ system: CRYODESK.site, code: site }, names.site(site)),
  });

  // Conditions and recent procedures are repeating groups: one group per answer given.
  const conditionGroups = screening.conditions.flatMap((condition) => {
    // An answer holds one coding: the catalog's condition with its name when the answer named
    // one (the name belongs to that code, not to an ICD-10 code given beside it), else ICD-10.
    const codings = conditionCodings(condition);
    const coding = codings.find((c) => c.system === CRYODESK.condition) ?? codings[0];
    const name = condition.id ? names.condition(condition.id) : undefined;
    const valueCoding = coding && (coding.system === CRYODESK.condition ? named(coding, name) : coding);
    return group("condition", "condition", [
      ...question("condition.code", "conditionCode", valueCoding && { valueCoding }),
      ...question("condition.site", "conditionSite", kept(condition.site, siteAnswer)),
      ...question(
        "condition.clinicalStatus",
        "conditionStatus",
        kept(condition.status, (status) => ({ valueCoding: conditionClinicalStatus(status) })),
      ),
    ]);
  });
  const recentGroups = screening.recentProcedures.flatMap((procedure) =>
    group("recentProcedure", "recentProcedure", [
      ...question("recentProcedure.code", "recentProcedureCode", {
        valueCoding: named({ system: PROCEDURE_SYSTEM, code: procedure.id }, names.procedure(procedure.id)),
      }),
      ...question("recentProcedure.date", "recentProcedureDate", { valueDate: procedure.date }),
    ]),
  );

  const item = [
    ...group("subject", "subject", subjectItems),
    ...conditionGroups,
    ...recentGroups,
    ...question("site", "site", kept(screening.site, siteAnswer)),
  ];
  return {
    resourceType: "QuestionnaireResponse",
    id: screening.id,
    ...(screening.sessionId && { partOf: [ref("Procedure", screening.sessionId)] }),
    questionnaire: SCREENING_QUESTIONNAIRE_URLS[screening.kind],
    status: "completed",
    subject: ref("Patient", screening.clientId),
    authored: instant(screening.recordedAt),
    ...(screening.recordedBy && {
      author: ref("Practitioner", screening.recordedBy.id, screening.recordedBy.name),
    }),
    ...(item.length > 0 && { item }),
  };
}
