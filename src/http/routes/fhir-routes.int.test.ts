import { beforeAll, describe, expect, it } from "vitest";
import { createBookingSetup } from "../../../test/support/booking-fixtures.ts";
import { createOrganisation } from "../../../test/support/factories.ts";
import { validateR4 } from "../../../test/support/fhir-validator.ts";
import {
  loginAs,
  type Session,
  startTestServer,
  type TestServer,
} from "../../../test/support/test-server.ts";
import { unresolvedReferences } from "../../fhir/everything-bundle.ts";
import type * as R4 from "../../fhir/r4-types.ts";

// A client's record exported as FHIR R4 after a real cryosauna session: checked in, the
// checklist answered with vitals, one exposure stopped past its limit with a reason,
// finished, then an adverse event and an intake screening with ICD-10 conditions and a
// catalog one at a site.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

const APPOINTMENT_START = new Date("2026-11-23T07:00:00Z");
const later = (seconds: number) => new Date(APPOINTMENT_START.getTime() + seconds * 1000);

const answerFor = (kind: string) =>
  ({
    confirm: true,
    "record-weight": 72,
    "record-vitals": { bodyTemperatureC: 36.6, bloodPressure: { systolic: 120, diastolic: 80 } },
    "record-text": "Nothing given",
  })[kind];

async function ok(
  response: Promise<{ statusCode: number; json: () => unknown; body: string }>,
  status = 200,
) {
  const settled = await response;
  expect([settled.statusCode, settled.body]).toEqual([status, expect.any(String)]);
  return settled.json() as Record<string, unknown> & {
    id: string;
    checklist?: { items: { id: string; kind: string }[] };
    exposures?: { id: string }[];
  };
}

/** A client with one finished session, an adverse event after it and an intake screening. */
async function treatedClient() {
  server.clock.now = new Date("2026-11-20T09:00:00Z");
  const org = await createOrganisation(server.deps);
  const setup = await createBookingSetup(server.deps, org, {
    procedureId: "cryosauna",
    resources: ["cryosauna-cabin"],
  });
  const clientId = setup.clientIds[0] as string;
  const booker = await loginAs(server, org.ownerEmail);
  const appointment = await ok(
    booker.request({
      method: "POST",
      url: "/api/v1/appointments",
      payload: { clientId, offeringId: setup.offeringId, start: "2026-11-23T10:00:00+03:00" },
    }),
    201,
  );
  server.clock.now = APPOINTMENT_START;
  const owner = await loginAs(server, org.ownerEmail);
  const api = (method: "POST" | "PUT", url: string, payload: unknown = {}, status = 200) =>
    ok(owner.request({ method, url: `/api/v1${url}`, payload: payload as Record<string, unknown> }), status);
  await api("POST", `/appointments/${appointment.id}/check-in`);
  const session = await api(
    "POST",
    `/appointments/${appointment.id}/session`,
    { methodId: "whole-body-cabin" },
    201,
  );
  const answers = Object.fromEntries(
    (session.checklist?.items ?? []).map((item) => [item.id, answerFor(item.kind)]),
  );
  await api("PUT", `/sessions/${session.id}/checklist`, { answers });
  await api("POST", `/sessions/${session.id}/start`);
  const exposure = await api("POST", `/sessions/${session.id}/exposures`, { area: "whole body" }, 201);
  server.clock.now = later(200);
  await api("POST", `/sessions/${session.id}/exposures/${exposure.exposures?.[0]?.id}/stop`, {
    temperatureSetC: -110,
    temperatureMeasuredC: -105,
    overrunReason: "Cabin door jammed",
  });
  server.clock.now = later(400);
  await api("POST", `/sessions/${session.id}/finish`, { nitrogenLitres: 4.5, outcome: "Tolerated well" });
  server.clock.now = later(400 + 31 * 60);
  await api("POST", `/sessions/${session.id}/discharge`, { note: "Skin pink, no blisters" });
  server.clock.now = later(400 + 32 * 60);
  const event = await api(
    "POST",
    `/clients/${clientId}/adverse-events`,
    {
      type: "frostbite",
      severity: "mild",
      onsetAt: later(600).toISOString(),
      description: "White patch on the left shin",
      appointmentId: appointment.id,
    },
    201,
  );
  await api(
    "POST",
    `/clients/${clientId}/screenings`,
    {
      kind: "intake",
      subject: { weightKg: 71.5 },
      conditions: [
        { icd10: "I10" },
        { icd10: "L70.0", status: "history" },
        { id: "skin-damage", site: "face" },
      ],
    },
    201,
  );
  return {
    owner,
    ownerId: org.ownerId,
    clientId,
    sessionId: session.id,
    appointmentId: appointment.id,
    eventId: event.id,
  };
}

/** The answers to one question of a QuestionnaireResponse, however deep it nests and however often it repeats. */
function answersOf(response: R4.QuestionnaireResponse | undefined, linkId: string) {
  const walk = (items: readonly R4.QuestionnaireResponseItem[]): R4.QuestionnaireResponseAnswer[] =>
    items.flatMap((item) => [
      ...(item.linkId === linkId ? (item.answer ?? []) : []),
      ...walk(item.item ?? []),
    ]);
  return walk(response?.item ?? []);
}
const quantityOf = (response: R4.QuestionnaireResponse | undefined, linkId: string) =>
  answersOf(response, linkId)[0]?.valueQuantity;

const everything = (session: Session, clientId: string) =>
  session.request({ method: "GET", url: `/fhir/R4/Patient/${clientId}/$everything` });

describe("GET /fhir/R4/Patient/{id}/$everything", () => {
  it("exports the treated client's record as a valid R4 searchset whose references all resolve", async () => {
    const { owner, ownerId, clientId, sessionId, appointmentId, eventId } = await treatedClient();
    const response = await everything(owner, clientId);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("application/fhir+json");
    const bundle = response.json() as R4.Bundle;
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "searchset" });

    for (const { resource } of bundle.entry)
      expect([resource.resourceType, validateR4(resource, { inBundle: true })]).toEqual([
        resource.resourceType,
        [],
      ]);
    expect(validateR4(bundle, { inBundle: true })).toEqual([]);
    expect(unresolvedReferences(bundle)).toEqual([]);

    const resources = bundle.entry.map((entry) => entry.resource);
    const ofType = <T extends R4.FhirResource["resourceType"]>(type: T) =>
      resources.filter((r): r is Extract<R4.FhirResource, { resourceType: T }> => r.resourceType === type);
    expect(new Set(resources.map((r) => r.resourceType))).toEqual(
      new Set([
        "Patient",
        "Practitioner",
        "Condition",
        "Consent",
        "Appointment",
        "Procedure",
        "Observation",
        "AdverseEvent",
        "QuestionnaireResponse",
      ]),
    );
    expect(ofType("Patient")[0]?.id).toBe(clientId);
    expect(ofType("Appointment").map((a) => a.id)).toEqual([appointmentId]);
    expect(ofType("Appointment")[0]?.status).toBe("fulfilled");

    const conditionCodes = ofType("Condition").flatMap((c) => c.code?.coding?.map((coding) => coding.code));
    expect(conditionCodes.sort()).toEqual(["I10", "L70.0", "skin-damage"]);

    const [procedure] = ofType("Procedure");
    expect(procedure).toMatchObject({ id: sessionId, status: "completed" });
    expect(procedure?.performer?.[0]?.actor.reference).toMatch(/^urn:uuid:/);
    expect(procedure?.contained?.[0]?.resourceType).toBe("Device");
    expect(procedure?.usedReference?.[0]?.reference).toBe("#device");
    expect(procedure?.note).toEqual([
      { time: expect.any(String), text: "Condition at discharge: Skin pink, no blisters" },
    ]);

    // The exposure ran 200 s against the cabin's 180 s limit, with both temperatures.
    const exposure = ofType("Observation").find((o) => o.valueQuantity?.code === "s");
    expect(exposure).toMatchObject({
      valueQuantity: { value: 200 },
      referenceRange: [{ high: { value: 180 } }],
      interpretation: [{ coding: [{ code: "H" }] }],
    });
    expect(exposure?.component?.map((c) => c.valueQuantity?.value)).toEqual([-110, -105]);
    // The checklist's vitals, taken as a pre-session screening.
    const vitalCodes = ofType("Observation").flatMap((o) =>
      o.category?.[0]?.coding?.[0]?.code === "vital-signs" ? (o.code.coding?.map((c) => c.code) ?? []) : [],
    );
    expect(vitalCodes.sort()).toEqual(["29463-7", "8310-5", "85354-9"]);

    const [event] = ofType("AdverseEvent");
    expect(event?.id).toBe(eventId);
    expect(event?.suspectEntity?.[0]?.instance.reference).toBe(`urn:uuid:${sessionId}`);

    // One QuestionnaireResponse per screening, oldest first: the intake the booking needed, the
    // checklist's vitals, then the later intake; all recorded by the owner, bundled as a Practitioner.
    const responses = ofType("QuestionnaireResponse");
    expect(responses.map((r) => r.questionnaire)).toEqual([
      "urn:cryodesk:questionnaire:intake-screening",
      "urn:cryodesk:questionnaire:pre-session-screening",
      "urn:cryodesk:questionnaire:intake-screening",
    ]);
    const [, preSession, intake] = responses;
    for (const response of responses)
      expect(response).toMatchObject({
        status: "completed",
        subject: { reference: `urn:uuid:${clientId}` },
        author: { reference: `urn:uuid:${ownerId}` },
      });
    expect(ofType("Practitioner").map((p) => p.id)).toContain(ownerId);
    expect(preSession).toMatchObject({
      authored: APPOINTMENT_START.toISOString(),
      partOf: [{ reference: `urn:uuid:${sessionId}` }],
    });
    expect(quantityOf(preSession, "subject.weight")).toMatchObject({ value: 72, code: "kg" });
    expect(quantityOf(preSession, "subject.bodyTemperature")).toMatchObject({ value: 36.6, code: "Cel" });
    expect([
      quantityOf(preSession, "subject.bloodPressure.systolic"),
      quantityOf(preSession, "subject.bloodPressure.diastolic"),
    ]).toMatchObject([
      { value: 120, code: "mm[Hg]" },
      { value: 80, code: "mm[Hg]" },
    ]);
    expect(quantityOf(intake, "subject.weight")).toMatchObject({
      value: 71.5,
      system: "http://unitsofmeasure.org",
      code: "kg",
    });
    expect(answersOf(intake, "condition.code").map((a) => a.valueCoding)).toEqual([
      { system: "http://hl7.org/fhir/sid/icd-10", code: "I10" },
      { system: "http://hl7.org/fhir/sid/icd-10", code: "L70.0" },
      {
        system: "urn:cryodesk:condition",
        code: "skin-damage",
        display: "Damaged skin at the treatment site",
      },
    ]);
    expect(answersOf(intake, "condition.site").map((a) => a.valueCoding?.code)).toEqual(["face"]);
    expect(answersOf(intake, "condition.clinicalStatus").map((a) => a.valueCoding?.code)).toEqual([
      "resolved",
    ]);
  });

  it("answers 404 for another organisation's client, and for an unknown one", async () => {
    const { clientId } = await treatedClient();
    const other = await createOrganisation(server.deps);
    const stranger = await loginAs(server, other.ownerEmail, undefined, "10.0.0.9");
    const response = await everything(stranger, clientId);
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const unknown = await everything(stranger, "00000000-0000-4000-8000-000000000000");
    expect(unknown.statusCode).toBe(404);
  });
});
