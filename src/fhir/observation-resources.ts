import { CRYODESK, coded, derivedId, HL7, instant, LOINC, quantity, ref } from "./datatypes.ts";
import type * as R4 from "./r4-types.ts";
import type { Lang, SessionRecord, VitalSigns } from "./record-inputs.ts";

// What was measured, as FHIR R4 Observations: each cold exposure of a session and each vital
// sign. Cryodesk stores no row per observation, so their ids derive from the record.

const LABELS = {
  exposure: { en: "Cold exposure", ru: "Холодовое воздействие" },
  setTemperature: { en: "Set temperature", ru: "Заданная температура" },
  measuredTemperature: { en: "Measured temperature", ru: "Измеренная температура" },
  protocolLimit: { en: "Protocol limit", ru: "Предел по протоколу" },
  weight: { en: "Body weight", ru: "Масса тела" },
  bodyTemperature: { en: "Body temperature", ru: "Температура тела" },
  bloodPressure: { en: "Blood pressure", ru: "Артериальное давление" },
  systolic: { en: "Systolic blood pressure", ru: "Систолическое давление" },
  diastolic: { en: "Diastolic blood pressure", ru: "Диастолическое давление" },
  heartRate: { en: "Heart rate", ru: "Частота сердечных сокращений" },
} as const;

function exposureObservations(session: SessionRecord, lang: Lang): R4.Observation[] {
  return session.exposures.map((exposure, index) => {
    const over = exposure.limitSeconds !== null && exposure.seconds > exposure.limitSeconds;
    const temperature = (code: string, label: keyof typeof LABELS, celsius: number | null | undefined) =>
      celsius === null || celsius === undefined
        ? []
        : [
            {
              code: coded(CRYODESK.observation, code, LABELS[label].en, LABELS[label][lang]),
              valueQuantity: quantity(celsius, "Cel", "°C"),
            },
          ];
    const component = [
      ...temperature("set-temperature", "setTemperature", exposure.temperatureSetC),
      ...temperature("measured-temperature", "measuredTemperature", exposure.temperatureMeasuredC),
    ];
    return {
      resourceType: "Observation",
      id: derivedId(`session:${session.id}:exposure:${index}`),
      partOf: [ref("Procedure", session.id)],
      status: "final",
      category: [coded(`${HL7}/observation-category`, "procedure", "Procedure")],
      code: coded(CRYODESK.observation, "exposure", LABELS.exposure.en, LABELS.exposure[lang]),
      subject: ref("Patient", session.clientId),
      effectiveDateTime: instant(session.startedAt),
      performer: [ref("Practitioner", session.practitioner.id, session.practitioner.name)],
      valueQuantity: quantity(exposure.seconds, "s"),
      ...(over && {
        interpretation: [coded(`${HL7}/v3-ObservationInterpretation`, "H", "High")],
      }),
      bodySite: { text: exposure.area },
      method: coded(CRYODESK.method, exposure.method),
      ...(exposure.limitSeconds !== null && {
        referenceRange: [{ high: quantity(exposure.limitSeconds, "s"), text: LABELS.protocolLimit[lang] }],
      }),
      ...(component.length > 0 && { component }),
    };
  });
}

function vitalSignObservations(vitals: VitalSigns, lang: Lang): R4.Observation[] {
  const loinc = (code: string, label: keyof typeof LABELS) =>
    coded(LOINC, code, LABELS[label].en, LABELS[label][lang]);
  const observation = (
    code: string,
    label: keyof typeof LABELS,
    value: Partial<R4.Observation>,
  ): R4.Observation => ({
    resourceType: "Observation",
    id: derivedId(`vitals:${vitals.id}:${code}`),
    ...(vitals.sessionId && { partOf: [ref("Procedure", vitals.sessionId)] }),
    status: "final",
    category: [coded(`${HL7}/observation-category`, "vital-signs", "Vital Signs")],
    code: loinc(code, label),
    subject: ref("Patient", vitals.clientId),
    effectiveDateTime: instant(vitals.measuredAt),
    ...value,
  });
  const pressure = vitals.bloodPressure;
  const measured = [
    vitals.weightKg !== undefined &&
      observation("29463-7", "weight", { valueQuantity: quantity(vitals.weightKg, "kg") }),
    vitals.bodyTemperatureC !== undefined &&
      observation("8310-5", "bodyTemperature", {
        valueQuantity: quantity(vitals.bodyTemperatureC, "Cel", "°C"),
      }),
    pressure !== undefined &&
      observation("85354-9", "bloodPressure", {
        component: [
          { code: loinc("8480-6", "systolic"), valueQuantity: quantity(pressure.systolic, "mm[Hg]", "mmHg") },
          {
            code: loinc("8462-4", "diastolic"),
            valueQuantity: quantity(pressure.diastolic, "mm[Hg]", "mmHg"),
          },
        ],
      }),
    vitals.heartRatePerMin !== undefined &&
      observation("8867-4", "heartRate", {
        valueQuantity: quantity(vitals.heartRatePerMin, "/min", "beats/minute"),
      }),
  ];
  return measured.filter((o): o is R4.Observation => o !== false);
}

/** One Observation per exposure (seconds against the protocol limit, temperatures) and per vital sign. */
export function observationResources(
  input: { session?: SessionRecord; vitals?: VitalSigns },
  lang: Lang = "en",
): R4.Observation[] {
  return [
    ...(input.session ? exposureObservations(input.session, lang) : []),
    ...(input.vitals ? vitalSignObservations(input.vitals, lang) : []),
  ];
}
