import type { Catalog } from "../catalog/catalog.ts";

// The intake questionnaire as a FHIR R4 Questionnaire, generated from the catalog:
// the person's data the screening reads, one yes/no question per condition that
// any procedure lists as a contraindication (with a body-site follow-up for the
// ones that count only at the treated site), recent related procedures with their
// date, and other diagnoses as ICD-10 codes. Follow-ups use enableWhen.

export const QUESTIONNAIRE_URL = "urn:cryodesk:questionnaire:intake";

type Lang = "en" | "ru";
type Item = Record<string, unknown>;

const SITE_ONLY_PERSON_FIELDS = new Set(["pregnancy"]);

export function screeningConditionIds(catalog: Catalog): string[] {
  const used = new Set(catalog.procedures.flatMap((p) => p.contraindications.map((c) => c.condition)));
  return catalog.conditions
    .filter((c) => used.has(c.id) && !SITE_ONLY_PERSON_FIELDS.has(c.id))
    .map((c) => c.id);
}

/** Conditions that count only where the procedure treats (damaged skin at the site...). */
export function siteLimitedConditionIds(catalog: Catalog): Set<string> {
  return new Set(
    catalog.procedures.flatMap((p) =>
      p.contraindications.filter((c) => c.extent === "at-site").map((c) => c.condition),
    ),
  );
}

export function buildIntakeQuestionnaire(catalog: Catalog, lang: Lang = "en"): Record<string, unknown> {
  const t = (en: string, ru: string) => (lang === "en" ? en : ru);
  const siteLimited = siteLimitedConditionIds(catalog);
  const siteOptions = catalog.sites.map((site) => ({
    valueCoding: { system: "urn:cryodesk:site", code: site.id, display: site.names[lang] },
  }));
  const conditionItems: Item[] = screeningConditionIds(catalog).map((id) => {
    const condition = catalog.getCondition(id);
    const question: Item = {
      linkId: `condition:${id}`,
      text: condition?.names[lang] ?? id,
      type: "boolean",
      ...(condition?.icd10.length && {
        code: condition.icd10.map((code) => ({ system: "http://hl7.org/fhir/sid/icd-10", code })),
      }),
    };
    if (!siteLimited.has(id)) return question;
    return {
      ...question,
      item: [
        {
          linkId: `condition:${id}:site`,
          text: t("Where?", "Где?"),
          type: "choice",
          repeats: true,
          enableWhen: [{ question: `condition:${id}`, operator: "=", answerBoolean: true }],
          answerOption: siteOptions,
        },
      ],
    };
  });
  const recentItems: Item[] = catalog.relatedProcedures.map((procedure) => ({
    linkId: `recent:${procedure.id}`,
    text: procedure.names[lang],
    type: "boolean",
    item: [
      {
        linkId: `recent:${procedure.id}:date`,
        text: t("When was it done?", "Когда проводилась?"),
        type: "date",
        required: true,
        enableWhen: [{ question: `recent:${procedure.id}`, operator: "=", answerBoolean: true }],
      },
    ],
  }));
  return {
    resourceType: "Questionnaire",
    id: `cryodesk-intake-${lang}`,
    url: QUESTIONNAIRE_URL,
    name: "CryodeskIntake",
    title: t("Cryotherapy intake and pre-session screening", "Анкета перед криотерапией"),
    status: "active",
    language: lang,
    subjectType: ["Patient"],
    item: [
      {
        linkId: "person",
        text: t("About you", "О вас"),
        type: "group",
        item: [
          { linkId: "birthDate", text: t("Date of birth", "Дата рождения"), type: "date" },
          {
            linkId: "sex",
            text: t("Sex", "Пол"),
            type: "choice",
            answerOption: [
              {
                valueCoding: {
                  system: "http://hl7.org/fhir/administrative-gender",
                  code: "female",
                  display: t("Female", "Женский"),
                },
              },
              {
                valueCoding: {
                  system: "http://hl7.org/fhir/administrative-gender",
                  code: "male",
                  display: t("Male", "Мужской"),
                },
              },
            ],
          },
          {
            linkId: "pregnant",
            text: t("Are you pregnant?", "Вы беременны?"),
            type: "boolean",
            enableWhen: [
              {
                question: "sex",
                operator: "=",
                answerCoding: { system: "http://hl7.org/fhir/administrative-gender", code: "female" },
              },
            ],
          },
          { linkId: "weightKg", text: t("Weight, kg", "Вес, кг"), type: "decimal" },
          {
            linkId: "bodyTemperatureC",
            text: t("Body temperature, °C", "Температура тела, °C"),
            type: "decimal",
          },
          {
            linkId: "bloodPressureSystolic",
            text: t("Blood pressure, systolic (mmHg)", "Давление, верхнее (мм рт. ст.)"),
            type: "integer",
          },
          {
            linkId: "bloodPressureDiastolic",
            text: t("Blood pressure, diastolic (mmHg)", "Давление, нижнее (мм рт. ст.)"),
            type: "integer",
          },
        ],
      },
      {
        linkId: "conditions",
        text: t("Do you have, or have you been told you have…", "Есть ли у вас…"),
        type: "group",
        item: conditionItems,
      },
      {
        linkId: "recent",
        text: t("Have you recently had…", "Проводились ли недавно…"),
        type: "group",
        item: recentItems,
      },
      {
        linkId: "icd10",
        text: t("Other diagnoses (ICD-10 codes)", "Другие диагнозы (коды МКБ-10)"),
        type: "string",
        repeats: true,
      },
    ],
  };
}
