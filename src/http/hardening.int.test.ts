import { beforeAll, describe, expect, it } from "vitest";
import { createOrganisation } from "../../test/support/factories.ts";
import { loginAs, type Session, startTestServer, type TestServer } from "../../test/support/test-server.ts";
import { screeningGate } from "../app/screening-service.ts";

// Inputs and sequences that once slipped past the rules: each must stay a clear 4xx
// or keep what must never be lost.

let server: TestServer;
let owner: Session;
let organisationId: string;
let clinicId: string;

beforeAll(async () => {
  server = await startTestServer();
  const org = await createOrganisation(server.deps);
  organisationId = org.organisationId;
  clinicId = org.clinicId;
  owner = await loginAs(server, org.ownerEmail, undefined, "10.6.0.1");
});

const newClient = async () =>
  (
    await owner.request({
      method: "POST",
      url: "/api/v1/clients",
      payload: { firstName: "Hard", lastName: "Ening" },
    })
  ).json().id as string;

describe("values Postgres cannot store are a 400", () => {
  it("refuses a NUL character, the year 0000 and a forged cursor id", async () => {
    const nul = await owner.request({
      method: "POST",
      url: "/api/v1/clients",
      payload: { firstName: "A\u0000", lastName: "B" },
    });
    expect(nul.statusCode).toBe(400);
    const year0 = await owner.request({
      method: "POST",
      url: `/api/v1/clinics/${clinicId}/closures`,
      payload: { startsOn: "0000-01-01", endsOn: "0000-01-02" },
    });
    expect(year0.statusCode).toBe(400);
    expect(year0.json().errors[0].field).toBe("startsOn");
    const cursor = Buffer.from(JSON.stringify(["a", "b", "x"])).toString("base64url");
    const forged = await owner.request({ method: "GET", url: `/api/v1/clients?cursor=${cursor}` });
    expect(forged.statusCode).toBe(400);
  });
});

describe("staff e-mails", () => {
  it("answers parallel creations of one e-mail with one 201 and 409s, never a 500", async () => {
    const payload = {
      name: "Twin",
      email: `twin-${Date.now()}@test.cryodesk.dev`,
      password: "long-enough-password",
      roles: ["receptionist"],
    };
    const responses = await Promise.all(
      [1, 2, 3, 4].map(() => owner.request({ method: "POST", url: "/api/v1/staff", payload })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
  });
});

describe("login throttling", () => {
  it("stops guessing one account from many addresses", async () => {
    const org = await createOrganisation(server.deps);
    for (let i = 0; i < 20; i++) {
      const attempt = await server.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: org.ownerEmail, password: `guess-${i}` },
        remoteAddress: `10.7.0.${i + 1}`,
      });
      expect(attempt.statusCode).toBe(401);
    }
    const next = await server.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: org.ownerEmail, password: "correct horse battery" },
      remoteAddress: "10.7.1.1",
    });
    expect(next.statusCode).toBe(429);
  });
});

describe("screenings", () => {
  it("keeps the intake's contraindications when a pre-session check records only vitals", async () => {
    const clientId = await newClient();
    const url = `/api/v1/clients/${clientId}/screenings`;
    await owner.request({
      method: "POST",
      url,
      payload: { conditions: [{ icd10: "G40" }], subject: { weightKg: 70 } },
    });
    const vitals = await owner.request({
      method: "POST",
      url: `${url}?kind=pre-session`,
      payload: {
        conditions: [],
        subject: { bodyTemperatureC: 36.6, bloodPressure: { systolic: 120, diastolic: 80 } },
      },
    });
    const cryosauna = vitals
      .json()
      .results.results.find((r: { procedureId: string }) => r.procedureId === "cryosauna");
    expect(cryosauna.verdict).toBe("contraindicated");
    expect(vitals.json().request.subject).toMatchObject({ weightKg: 70, bodyTemperatureC: 36.6 });
    expect(await screeningGate(server.deps, organisationId, clientId, "cryosauna", "2026-11-20")).toEqual({
      allowed: false,
      code: "contraindicated",
    });
  });

  it("keeps a physician's clearance while the findings are unchanged, and asks again when they change", async () => {
    const { addMember } = await import("../../test/support/factories.ts");
    const clientId = await newClient();
    const url = `/api/v1/clients/${clientId}/screenings`;
    const intake = (
      await owner.request({
        method: "POST",
        url,
        payload: { conditions: [{ id: "migraine" }], subject: { weightKg: 60 } },
      })
    ).json();
    const physician = await loginAs(
      server,
      (await addMember(server.deps, organisationId, ["practitioner"], ["dermatologist"])).email,
      undefined,
      "10.6.0.9",
    );
    await physician.request({
      method: "POST",
      url: `${url}/${intake.id}/reviews`,
      payload: {
        procedureId: "cryosauna",
        reason: "Migraine attacks are rare and mild; cleared for the cabin.",
      },
    });
    const gate = () => screeningGate(server.deps, organisationId, clientId, "cryosauna", "2026-11-20");
    await owner.request({
      method: "POST",
      url: `${url}?kind=pre-session`,
      payload: { conditions: [], subject: { bodyTemperatureC: 36.5 } },
    });
    expect(await gate()).toEqual({ allowed: true });
    await owner.request({
      method: "POST",
      url: `${url}?kind=pre-session`,
      payload: { conditions: [{ icd10: "J45" }] },
    });
    expect(await gate()).toEqual({ allowed: false, code: "needs-review" });
  });

  it("records one screening for a retried request with the same Idempotency-Key", async () => {
    const clientId = await newClient();
    const url = `/api/v1/clients/${clientId}/screenings`;
    const send = () =>
      owner.request({
        method: "POST",
        url,
        payload: { conditions: [] },
        headers: { "idempotency-key": "screen-once" },
      });
    const first = await send();
    const second = await send();
    expect(second.json().id).toBe(first.json().id);
    expect((await owner.request({ method: "GET", url })).json().history).toHaveLength(1);
  });

  it("refuses QuestionnaireResponses whose vitals cannot be read, instead of ignoring them", async () => {
    const qr = (items: unknown[], status = "completed") => ({
      resourceType: "QuestionnaireResponse",
      status,
      item: items,
    });
    const post = (payload: unknown) =>
      server.app.inject({ method: "POST", url: "/api/v1/screenings", payload: payload as object });
    const halfPressure = await post(
      qr([{ linkId: "bloodPressureSystolic", answer: [{ valueInteger: 200 }] }]),
    );
    expect(halfPressure.json().errors[0].field).toBe("bloodPressure");
    const textTemperature = await post(
      qr([{ linkId: "bodyTemperatureC", answer: [{ valueString: "39.5" }] }]),
    );
    expect(textTemperature.json().errors[0].field).toBe("bodyTemperatureC");
    const inError = await post(qr([], "entered-in-error"));
    expect(inError.json().errors[0].field).toBe("status");
    let deep: Record<string, unknown> = { linkId: "x" };
    for (let i = 0; i < 1000; i++) deep = { linkId: `x${i}`, item: [deep] };
    const nested = await post(qr([deep]));
    expect(nested.statusCode).toBe(400);
    expect(nested.json().errors[0].field).toBe("item");
  });
});

describe("clinic protocol", () => {
  it("asks for a reason for a value the articles document no range for", async () => {
    const response = await owner.request({
      method: "PUT",
      url: `/api/v1/clinics/${clinicId}/protocols/cryosauna`,
      payload: { values: { sessionMinutes: 600 } },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({
      field: "values.sessionMinutes",
      message: "The articles document no range for this value.",
    });
  });
});

describe("CDS Hooks", () => {
  it("says which codes it has no rule for, and ignores refuted conditions and other resources", async () => {
    const condition = (code: string, extra: Record<string, unknown> = {}) => ({
      resource: {
        resourceType: "Condition",
        code: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10", code }] },
        ...extra,
      },
    });
    const response = await server.app.inject({
      method: "POST",
      url: "/cds-services/cryodesk-screening",
      payload: {
        hook: "patient-view",
        hookInstance: "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
        context: { patientId: "p2" },
        prefetch: {
          patient: { resourceType: "Patient", birthDate: "1990", gender: "male" },
          conditions: {
            resourceType: "Bundle",
            entry: [
              condition("H52.1"),
              condition("G40", { verificationStatus: { coding: [{ code: "refuted" }] } }),
              { resource: { resourceType: "OperationOutcome", issue: [] } },
            ],
          },
        },
      },
    });
    expect(response.statusCode).toBe(200);
    const cards = response.json().cards;
    expect(cards[0]).toMatchObject({ indicator: "info", summary: "No catalog rule for H52.1" });
    expect(cards.some((card: { indicator: string }) => card.indicator === "critical")).toBe(false);
  });
});
