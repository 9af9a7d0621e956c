import { CRYODESK, coded, HL7, ICD10, instant, ref } from "./datatypes.ts";
import type * as R4 from "./r4-types.ts";
import type { AdverseEventRecord, AdverseEventType, Lang } from "./record-inputs.ts";

// A reaction to a procedure as a FHIR R4 AdverseEvent, with what was done and the follow-up.

export const ADVERSE_EVENT_ACTIONS_URL = "urn:cryodesk:fhir:extension:adverse-event-actions";
export const ADVERSE_EVENT_FOLLOW_UP_URL = "urn:cryodesk:fhir:extension:adverse-event-follow-up";

// ICD-10 (WHO) where a reaction has a code of its own; a cold burn from a cryogen and
// "other" have none, so they carry only the Cryodesk code and the text.
const ADVERSE_EVENTS: Record<AdverseEventType, { en: string; ru: string; icd10?: [string, string] }> = {
  frostbite: {
    en: "Frostbite",
    ru: "Обморожение",
    icd10: ["T35.7", "Unspecified frostbite of unspecified site"],
  },
  "cold-burn": { en: "Cold burn", ru: "Холодовой ожог" },
  dermatitis: { en: "Dermatitis", ru: "Дерматит", icd10: ["L30.9", "Dermatitis, unspecified"] },
  "pigmentation-change": {
    en: "Change of skin pigmentation",
    ru: "Изменение пигментации кожи",
    icd10: ["L81.9", "Disorder of pigmentation, unspecified"],
  },
  pain: { en: "Pain", ru: "Боль", icd10: ["R52.9", "Pain, unspecified"] },
  oedema: { en: "Oedema", ru: "Отёк", icd10: ["R60.0", "Localized oedema"] },
  "allergic-reaction": {
    en: "Allergic reaction",
    ru: "Аллергическая реакция",
    icd10: ["T78.4", "Allergy, unspecified"],
  },
  "nerve-damage": {
    en: "Nerve damage",
    ru: "Повреждение нерва",
    icd10: ["T14.4", "Injury of nerve(s) of unspecified body region"],
  },
  other: { en: "Other reaction", ru: "Другая реакция" },
};

const SEVERITY_DISPLAY = { mild: "Mild", moderate: "Moderate", severe: "Severe" } as const;

export function adverseEventResource(event: AdverseEventRecord, lang: Lang = "en"): R4.AdverseEvent {
  const kind = ADVERSE_EVENTS[event.type];
  const text = (url: string, value: string) => (value.trim() ? [{ url, valueString: value.trim() }] : []);
  const extension = [
    ...text(ADVERSE_EVENT_ACTIONS_URL, event.actions),
    ...text(ADVERSE_EVENT_FOLLOW_UP_URL, event.followUp),
  ];
  return {
    resourceType: "AdverseEvent",
    id: event.id,
    ...(extension.length > 0 && { extension }),
    actuality: "actual",
    event: {
      coding: [
        { system: CRYODESK.adverseEvent, code: event.type, display: kind.en },
        ...(kind.icd10 ? [{ system: ICD10, code: kind.icd10[0], display: kind.icd10[1] }] : []),
      ],
      text: kind[lang],
    },
    subject: ref("Patient", event.clientId),
    date: instant(event.onsetAt),
    // Seriousness is a regulatory judgement Cryodesk does not record; a severe reaction is
    // reported as serious so that a receiving system never files it among the minor ones.
    seriousness: coded(
      `${HL7}/adverse-event-seriousness`,
      event.severity === "severe" ? "serious" : "non-serious",
      event.severity === "severe" ? "Serious" : "Non-serious",
    ),
    severity: coded(`${HL7}/adverse-event-severity`, event.severity, SEVERITY_DISPLAY[event.severity]),
    ...(event.sessionId && { suspectEntity: [{ instance: ref("Procedure", event.sessionId) }] }),
  };
}
