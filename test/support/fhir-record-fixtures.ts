import type { Client } from "../../src/domain/clients.ts";
import { adverseEventResource } from "../../src/fhir/adverse-event-resource.ts";
import { observationResources } from "../../src/fhir/observation-resources.ts";
import {
  conditionResources,
  consentResource,
  patientResource,
  practitionerResource,
} from "../../src/fhir/person-resources.ts";
import { questionnaireResponseResource } from "../../src/fhir/questionnaire-response-resource.ts";
import type * as R4 from "../../src/fhir/r4-types.ts";
import type {
  AdverseEventRecord,
  CatalogNames,
  Exposure,
  ScreeningAnswers,
  SessionRecord,
  VitalSigns,
} from "../../src/fhir/record-inputs.ts";
import { appointmentResource, procedureResource } from "../../src/fhir/visit-resources.ts";
import type { AppointmentView } from "../../src/store/appointment-read-store.ts";

// One client's realistic record (a cryosauna course with a session, vital signs, a frostbite,
// an intake screening and a pre-session one), in plain inputs and as the FHIR resources built
// from them.

export const ids = {
  client: "3f1c2a9e-5b7d-4c1e-9a2f-6d8e0b4c7a11",
  practitioner: "8a0e4b2c-1d3f-4e5a-b6c7-d8e9f0a1b2c3",
  cabin: "c7d8e9f0-a1b2-4c3d-8e4f-5a6b7c8d9e0f",
  room: "d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a",
  doneAppointment: "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
  nextAppointment: "6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f",
  session: "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
  adverseEvent: "9f0a1b2c-3d4e-4f5a-9b6c-7d8e9f0a1b2c",
  intakeScreening: "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
  preSessionScreening: "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a",
  hypertension: "1b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e",
  acne: "2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f",
};

export const client: Client = {
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

export const practitioner = { id: ids.practitioner, name: "Смирнова Ольга" };
export const appointment = (id: string, start: string, status: AppointmentView["status"], session: number) =>
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

export const cabinExposure: Exposure = {
  area: "всё тело до шеи",
  method: "whole-body-cabin",
  seconds: 200,
  limitSeconds: 180,
  temperatureSetC: -140,
  temperatureMeasuredC: -136.5,
};

export const session: SessionRecord = {
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

export const vitals: VitalSigns = {
  id: "f0a1b2c3-d4e5-4f6a-8b7c-9d0e1f2a3b4c",
  clientId: ids.client,
  sessionId: ids.session,
  measuredAt: "2026-03-02T06:55:00Z",
  weightKg: 64.5,
  bodyTemperatureC: 36.6,
  bloodPressure: { systolic: 128, diastolic: 82 },
  heartRatePerMin: 74,
};

export const adverseEvent: AdverseEventRecord = {
  id: ids.adverseEvent,
  sessionId: ids.session,
  clientId: ids.client,
  type: "frostbite",
  severity: "mild",
  onsetAt: "2026-03-02T07:10:00Z",
  actions: "Согревание, сухая повязка.",
  followUp: "Осмотр через 2 дня.",
};

export const intakeScreening: ScreeningAnswers = {
  id: ids.intakeScreening,
  clientId: ids.client,
  kind: "intake",
  recordedAt: "2026-03-01T08:30:00+03:00",
  recordedBy: practitioner,
  subject: { birthDate: "1985-04-12", sex: "female", pregnant: false, weightKg: 64.5 },
  conditions: [{ icd10: "i10" }, { icd10: "L70.0", status: "history" }, { id: "skin-damage", site: "face" }],
  recentProcedures: [{ id: "chemical-peeling-deep", date: "2026-01-20" }],
};

/** The vitals checked before the session, with the intake's answers carried forward. */
export const preSessionScreening: ScreeningAnswers = {
  ...intakeScreening,
  id: ids.preSessionScreening,
  kind: "pre-session",
  recordedAt: "2026-03-02T06:55:00Z",
  sessionId: ids.session,
  subject: {
    ...intakeScreening.subject,
    bodyTemperatureC: 36.6,
    bloodPressure: { systolic: 128, diastolic: 82 },
  },
};

export const catalogNames: CatalogNames = {
  condition: (id) => ({ "skin-damage": "Повреждение кожи в зоне воздействия" })[id],
  site: (id) => ({ face: "Лицо" })[id],
  procedure: (id) => ({ "chemical-peeling-deep": "Глубокий химический пилинг" })[id],
};

export function record() {
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
    questionnaireResponseResource(intakeScreening, "ru", catalogNames),
    questionnaireResponseResource(preSessionScreening, "ru", catalogNames),
    appointment(ids.doneAppointment, "2026-03-02T07:00:00Z", "completed", 1),
    appointment(ids.nextAppointment, "2026-03-04T07:00:00Z", "booked", 2),
    procedureResource(session, "ru"),
    ...observationResources({ session, vitals }, "ru"),
    adverseEventResource(adverseEvent, "ru"),
  ];
  return { patient, resources };
}

export const find = <T extends R4.FhirResource["resourceType"]>(list: readonly R4.FhirResource[], type: T) =>
  list.filter((r): r is Extract<R4.FhirResource, { resourceType: T }> => r.resourceType === type);
