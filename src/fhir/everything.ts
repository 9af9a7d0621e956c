import { createHash } from "node:crypto";
import { normalizeIcd10 } from "../catalog/icd10.ts";
import { type Client, type Consents, fullName } from "../domain/clients.ts";
import type { ScreeningCondition } from "../screening/contract.ts";
import type { AppointmentView } from "../store/appointment-read-store.ts";
import { PROCEDURE_SYSTEM } from "./cds-hooks.ts";
import type * as R4 from "./r4-types.ts";

// A client's record as FHIR R4 resources for `Patient/{id}/$everything`: pure builders
// from plain inputs (the caller maps stored rows to them), and the searchset Bundle that
// links them with urn:uuid references. Builders write references as `Type/id`, which
// stand on their own; the Bundle rewrites those that point at one of its entries.

export type Lang = "en" | "ru";

const ICD10 = "http://hl7.org/fhir/sid/icd-10";
const UCUM = "http://unitsofmeasure.org";
const LOINC = "http://loinc.org";
const HL7 = "http://terminology.hl7.org/CodeSystem";
const ACT_REASON = `${HL7}/v3-ActReason`;
const CRYODESK = {
  condition: "urn:cryodesk:condition",
  site: "urn:cryodesk:site",
  method: "urn:cryodesk:method",
  resource: "urn:cryodesk:resource",
  resourceType: "urn:cryodesk:resource-type",
  observation: "urn:cryodesk:observation",
  adverseEvent: "urn:cryodesk:adverse-event",
  consent: "urn:cryodesk:consent",
};
export const ADVERSE_EVENT_ACTIONS_URL = "urn:cryodesk:fhir:extension:adverse-event-actions";
export const ADVERSE_EVENT_FOLLOW_UP_URL = "urn:cryodesk:fhir:extension:adverse-event-follow-up";
const PROCEDURE_METHOD_URL = "http://hl7.org/fhir/StructureDefinition/procedure-method";

export interface Exposure {
  area: string;
  method: string;
  seconds: number;
  /** The protocol's limit for this exposure; null where the protocol sets none. */
  limitSeconds: number | null;
  temperatureSetC?: number | null;
  temperatureMeasuredC?: number | null;
}

/** What was done in one session, as the session record stores it. */
export interface SessionRecord {
  id: string;
  appointmentId: string;
  clientId: string;
  practitioner: { id: string; name: string };
  /** The cabin or apparatus used; null for procedures done by hand (ice cryomassage). */
  device: { id: string; name: string; kind: string } | null;
  procedureId: string;
  procedureName: { en: string; ru: string };
  method: string;
  startedAt: string | Date;
  finishedAt: string | Date | null;
  exposures: readonly Exposure[];
  nitrogenLitres: number | null;
  outcome: string;
  notes: string;
}

export const ADVERSE_EVENT_TYPES = [
  "frostbite",
  "cold-burn",
  "dermatitis",
  "pigmentation-change",
  "pain",
  "oedema",
  "allergic-reaction",
  "nerve-damage",
  "other",
] as const;
export type AdverseEventType = (typeof ADVERSE_EVENT_TYPES)[number];

export interface AdverseEventRecord {
  id: string;
  sessionId: string | null;
  clientId: string;
  type: AdverseEventType;
  severity: "mild" | "moderate" | "severe";
  onsetAt: string | Date;
  actions: string;
  followUp: string;
}

/** Vital signs taken before a session (or at intake): any subset. */
export interface VitalSigns {
  /** The record they were taken in; observation ids derive from it. */
  id: string;
  clientId: string;
  measuredAt: string | Date;
  sessionId?: string;
  weightKg?: number;
  bodyTemperatureC?: number;
  bloodPressure?: { systolic: number; diastolic: number };
  heartRatePerMin?: number;
}

export type RecordedCondition = ScreeningCondition & {
  /** The Condition resource's id (a UUID): `id` is the catalog condition. */
  resourceId: string;
  text?: string;
  recordedDate?: string;
};

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

/** An instant as FHIR writes it: always with its offset (UTC). */
function instant(value: string | Date): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a point in time: ${String(value)}`);
  return date.toISOString();
}

/**
 * A stable UUID for a resource Cryodesk stores no row of its own for (one observation of
 * a session, the client's consent): the same record always exports under the same id.
 */
export function derivedId(seed: string): string {
  const hex = createHash("sha1").update(`cryodesk:${seed}`).digest("hex");
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const ref = (type: string, id: string, display?: string): R4.Reference => ({
  reference: `${type}/${id}`,
  ...(display && { display }),
});
const coded = (system: string, code: string, display?: string, text?: string): R4.CodeableConcept => ({
  coding: [{ system, code, ...(display && { display }) }],
  ...(text && { text }),
});
const quantity = (value: number, code: string, unit = code): R4.Quantity => ({
  value,
  unit,
  system: UCUM,
  code,
});

export function patientResource(client: Omit<Client, "notes" | "consents" | "createdAt">): R4.Patient {
  const telecom: R4.ContactPoint[] = [
    ...(client.phone ? [{ system: "phone" as const, value: client.phone }] : []),
    ...(client.email ? [{ system: "email" as const, value: client.email }] : []),
  ];
  return {
    resourceType: "Patient",
    id: client.id,
    meta: { lastUpdated: instant(client.updatedAt) },
    active: client.archivedAt === null,
    name: [
      {
        use: "official",
        text: fullName(client),
        family: client.lastName,
        // A Russian patronymic is the second given name.
        given: [client.firstName, ...(client.middleName ? [client.middleName] : [])],
      },
    ],
    ...(telecom.length > 0 && { telecom }),
    ...(client.sex && { gender: client.sex }),
    ...(client.birthDate && { birthDate: client.birthDate }),
    communication: [{ language: coded("urn:ietf:bcp:47", client.language), preferred: true }],
  };
}

export function practitionerResource(practitioner: { id: string; name: string }): R4.Practitioner {
  return { resourceType: "Practitioner", id: practitioner.id, name: [{ text: practitioner.name }] };
}

export function conditionResources(
  clientId: string,
  conditions: readonly RecordedCondition[],
): R4.Condition[] {
  return conditions.map((condition) => {
    const coding: R4.Coding[] = [
      ...(condition.icd10 ? [{ system: ICD10, code: normalizeIcd10(condition.icd10) }] : []),
      ...(condition.id ? [{ system: CRYODESK.condition, code: condition.id }] : []),
    ];
    return {
      resourceType: "Condition",
      id: condition.resourceId,
      // "history" is a past condition: resolved, which CDS Hooks reads back as history.
      clinicalStatus: coded(
        `${HL7}/condition-clinical`,
        condition.status === "history" ? "resolved" : "active",
      ),
      category: [coded(`${HL7}/condition-category`, "problem-list-item", "Problem List Item")],
      code: { ...(coding.length > 0 && { coding }), ...(condition.text && { text: condition.text }) },
      ...(condition.site && { bodySite: [coded(CRYODESK.site, condition.site)] }),
      subject: ref("Patient", clientId),
      ...(condition.recordedDate && { recordedDate: condition.recordedDate }),
    };
  });
}

/** The client's three consents, each an explicit permit or deny; the id derives from the client. */
export function consentResource(input: {
  clientId: string;
  consents: Consents;
  recordedAt: string | Date;
}): R4.Consent {
  const permit = (given: boolean) => (given ? "permit" : "deny");
  return {
    resourceType: "Consent",
    id: derivedId(`consent:${input.clientId}`),
    status: "active",
    scope: coded(`${HL7}/consentscope`, "patient-privacy", "Privacy Consent"),
    category: [coded(LOINC, "59284-0", "Patient Consent")],
    patient: ref("Patient", input.clientId),
    dateTime: instant(input.recordedAt),
    policyRule: { text: "Consents the client gave the clinic: data processing, marketing, photos." },
    provision: {
      provision: [
        {
          type: permit(input.consents.dataProcessing),
          purpose: [{ system: ACT_REASON, code: "TREAT", display: "treatment" }],
          code: [coded(CRYODESK.consent, "data-processing", "Processing of personal and health data")],
        },
        {
          type: permit(input.consents.marketing),
          purpose: [{ system: ACT_REASON, code: "HMARKT", display: "healthcare marketing" }],
          code: [coded(CRYODESK.consent, "marketing", "Marketing messages")],
        },
        {
          type: permit(input.consents.photos),
          code: [coded(CRYODESK.consent, "photos", "Photos of treated areas")],
        },
      ],
    },
  };
}

const APPOINTMENT_STATUS: Record<AppointmentView["status"], R4.AppointmentStatusCode> = {
  booked: "booked",
  "checked-in": "checked-in",
  completed: "fulfilled",
  cancelled: "cancelled",
  "no-show": "noshow",
};

export function appointmentResource(
  appointment: Pick<
    AppointmentView,
    | "id"
    | "client"
    | "offering"
    | "practitioner"
    | "resources"
    | "start"
    | "end"
    | "status"
    | "notes"
    | "cancelReason"
    | "course"
    | "createdAt"
  >,
): R4.Appointment {
  const course = appointment.course;
  // Rooms and devices are not exported as resources: named and identified, not linked.
  const resources: R4.AppointmentParticipant[] = appointment.resources.map((resource) => ({
    actor: {
      type: resource.type === "room" ? "Location" : "Device",
      identifier: { system: CRYODESK.resource, value: resource.id },
      display: resource.name,
    },
    required: "required",
    status: "accepted",
  }));
  return {
    resourceType: "Appointment",
    id: appointment.id,
    status: APPOINTMENT_STATUS[appointment.status],
    ...(appointment.status === "cancelled" &&
      appointment.cancelReason && { cancelationReason: { text: appointment.cancelReason } }),
    serviceType: [
      coded(PROCEDURE_SYSTEM, appointment.offering.procedureId, undefined, appointment.offering.name),
    ],
    description: course
      ? `${appointment.offering.name}: ${course.name}, ${course.session}/${course.sessions}`
      : appointment.offering.name,
    start: instant(appointment.start),
    end: instant(appointment.end),
    created: instant(appointment.createdAt),
    ...(appointment.notes && { comment: appointment.notes }),
    participant: [
      {
        actor: ref("Patient", appointment.client.id, appointment.client.name),
        required: "required",
        status: "accepted",
      },
      {
        actor: ref("Practitioner", appointment.practitioner.id, appointment.practitioner.name),
        required: "required",
        status: "accepted",
      },
      ...resources,
    ],
  };
}

/** The session as a Procedure, with its cabin or apparatus as a contained Device. */
export function procedureResource(session: SessionRecord, lang: Lang = "en"): R4.Procedure {
  const device = session.device;
  const areas = [...new Set(session.exposures.map((exposure) => exposure.area))];
  return {
    resourceType: "Procedure",
    id: session.id,
    extension: [{ url: PROCEDURE_METHOD_URL, valueCodeableConcept: coded(CRYODESK.method, session.method) }],
    ...(device && {
      contained: [
        {
          resourceType: "Device",
          id: "device",
          identifier: [{ system: CRYODESK.resource, value: device.id }],
          deviceName: [{ name: device.name, type: "user-friendly-name" }],
          type: coded(CRYODESK.resourceType, device.kind),
        },
      ],
    }),
    status: session.finishedAt ? "completed" : "in-progress",
    code: coded(PROCEDURE_SYSTEM, session.procedureId, session.procedureName.en, session.procedureName[lang]),
    subject: ref("Patient", session.clientId),
    performedPeriod: {
      start: instant(session.startedAt),
      ...(session.finishedAt && { end: instant(session.finishedAt) }),
    },
    performer: [{ actor: ref("Practitioner", session.practitioner.id, session.practitioner.name) }],
    ...(areas.length > 0 && { bodySite: areas.map((area) => ({ text: area })) }),
    ...(session.outcome && { outcome: { text: session.outcome } }),
    ...(session.notes && { note: [{ text: session.notes }] }),
    ...(device && { usedReference: [{ reference: "#device", display: device.name }] }),
  };
}

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every `reference` in a value, with the references to bundled resources turned into their fullUrl. */
function relink(value: unknown, fullUrls: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => relink(item, fullUrls));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === "reference" && typeof item === "string" ? (fullUrls.get(item) ?? item) : relink(item, fullUrls),
    ]),
  );
}

/**
 * The `$everything` searchset: the patient and their resources as matches, practitioners as
 * includes, each under `urn:uuid:<id>`. A resource listed twice is kept once.
 */
export function bundleEverything(parts: {
  patient: R4.Patient;
  resources: readonly R4.FhirResource[];
  timestamp?: string | Date;
}): R4.Bundle {
  const byId = new Map<string, R4.FhirResource>();
  for (const resource of [parts.patient, ...parts.resources]) {
    // Ids are the stored rows' UUIDs or derived ones: anything else is a mapping bug, and
    // two resources under one id would share one fullUrl.
    if (!resource.id || !UUID.test(resource.id))
      throw new Error(`${resource.resourceType} needs a UUID id to be bundled, got ${String(resource.id)}`);
    const known = byId.get(resource.id);
    if (known && known.resourceType !== resource.resourceType)
      throw new Error(`${known.resourceType} and ${resource.resourceType} share the id ${resource.id}`);
    if (!known) byId.set(resource.id, resource);
  }
  const fullUrls = new Map(
    [...byId].map(([id, resource]) => [`${resource.resourceType}/${id}`, `urn:uuid:${id}`]),
  );
  const entry: R4.BundleEntry[] = [...byId].map(([id, resource]) => ({
    fullUrl: `urn:uuid:${id}`,
    resource: relink(resource, fullUrls) as R4.FhirResource,
    search: { mode: resource.resourceType === "Practitioner" ? "include" : "match" },
  }));
  return {
    resourceType: "Bundle",
    type: "searchset",
    ...(parts.timestamp && { timestamp: instant(parts.timestamp) }),
    total: entry.filter((e) => e.search.mode === "match").length,
    entry,
  };
}

function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === "reference" && typeof item === "string" ? [item] : referencesIn(item),
  );
}

/** References in the Bundle that point neither at one of its entries nor at a contained resource. */
export function unresolvedReferences(bundle: R4.Bundle): string[] {
  const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));
  return bundle.entry.flatMap(({ resource }) => {
    const contained = new Set(
      ("contained" in resource ? (resource.contained ?? []) : []).map((c) => `#${c.id}`),
    );
    return referencesIn(resource)
      .filter((reference) => !fullUrls.has(reference) && !contained.has(reference))
      .map((reference) => `${resource.resourceType}: ${reference}`);
  });
}
