import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { addMember, createOrganisation } from "../../../test/support/factories.ts";
import {
  loginAs,
  type Session,
  startTestServer,
  type TestServer,
} from "../../../test/support/test-server.ts";
import { screeningGate } from "../../app/screening-service.ts";
import { CONTRACT_EXAMPLE } from "../../screening/contract-example.ts";

let server: TestServer;
let owner: Session;
let organisationId: string;

beforeAll(async () => {
  server = await startTestServer();
  const org = await createOrganisation(server.deps);
  organisationId = org.organisationId;
  owner = await loginAs(server, org.ownerEmail, undefined, "10.5.0.1");
});

const EXAMPLE = CONTRACT_EXAMPLE;

async function newClient(payload: Record<string, unknown> = {}) {
  const response = await owner.request({
    method: "POST",
    url: "/api/v1/clients",
    payload: { firstName: "Screen", lastName: "Me", ...payload },
  });
  return response.json().id as string;
}

const verdictOf = (response: { results: { procedureId: string; verdict: string }[] }, procedureId: string) =>
  response.results.find((r) => r.procedureId === procedureId)?.verdict;

describe("public screening", () => {
  it("answers the documented example: epilepsy contraindicates both procedures, with sources", async () => {
    const response = await server.app.inject({ method: "POST", url: "/api/v1/screenings", payload: EXAMPLE });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.unmatchedConditions).toEqual([]);
    expect(body.results.map((r: { procedureId: string }) => r.procedureId)).toEqual([
      "cryosauna",
      "nitrogen-cryomassage",
    ]);
    const cryosauna = body.results[0];
    expect(cryosauna).toMatchObject({ verdict: "contraindicated", until: null });
    expect(cryosauna.reasons[0]).toMatchObject({
      code: "contraindication:epilepsy",
      sources: [{ article: "000_6f82df9865416c89.txt" }],
    });
    expect(cryosauna.reasons[0].text.ru.length).toBeGreaterThan(0);
  });

  it("echoes a well-formed ICD-10 code it has no rule for, and lists every bad input", async () => {
    const unmatched = await server.app.inject({
      method: "POST",
      url: "/api/v1/screenings",
      payload: { conditions: [{ icd10: "H52.1" }] },
    });
    expect(unmatched.json().unmatchedConditions).toEqual([{ icd10: "H52.1" }]);
    const bad = await server.app.inject({
      method: "POST",
      url: "/api/v1/screenings",
      payload: { conditions: [{ icd10: "not-a-code" }, { id: "dragon-pox" }], procedures: ["cryo-yoga"] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
    const fields = bad.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["conditions.0.icd10", "conditions.1.id", "procedures.0"]));
  });

  it("serves the intake questionnaire as FHIR and accepts a QuestionnaireResponse", async () => {
    const questionnaire = await server.app.inject({
      method: "GET",
      url: "/api/v1/intake/questionnaire?lang=ru",
    });
    expect(questionnaire.headers["content-type"]).toContain("application/fhir+json");
    const q = questionnaire.json();
    expect(q).toMatchObject({ resourceType: "Questionnaire", status: "active", language: "ru" });
    const items = JSON.stringify(q);
    expect(items).toContain('"linkId":"condition:epilepsy"');
    expect(items).toContain('"enableWhen"');
    const response = await server.app.inject({
      method: "POST",
      url: "/api/v1/screenings",
      payload: {
        resourceType: "QuestionnaireResponse",
        questionnaire: q.url,
        status: "completed",
        item: [
          { linkId: "person", item: [{ linkId: "weightKg", answer: [{ valueDecimal: 38 }] }] },
          {
            linkId: "conditions",
            item: [{ linkId: "condition:epilepsy", answer: [{ valueBoolean: true }] }],
          },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    expect(verdictOf(response.json(), "cryosauna")).toBe("contraindicated");
    const cryosauna = response
      .json()
      .results.find((r: { procedureId: string }) => r.procedureId === "cryosauna");
    expect(cryosauna.reasons.map((r: { code: string }) => r.code)).toContain("weight-below-minimum");
  });
});

describe("stored screenings", () => {
  it("records intake with who recorded it, fills birth date and sex from the client, and shows the current verdicts", async () => {
    const clientId = await newClient({ birthDate: "1985-01-01", sex: "female" });
    const recorded = await owner.request({
      method: "POST",
      url: `/api/v1/clients/${clientId}/screenings`,
      payload: { conditions: [{ icd10: "G40.1" }], subject: { weightKg: 70 } },
    });
    expect(recorded.statusCode).toBe(201);
    const screening = recorded.json();
    expect(screening).toMatchObject({ kind: "intake", date: "2026-11-20", recordedBy: { name: "Owner" } });
    expect(screening.request.subject).toMatchObject({ birthDate: "1985-01-01", sex: "female", weightKg: 70 });
    expect(screening.results.results).toHaveLength(10);
    const list = (
      await owner.request({ method: "GET", url: `/api/v1/clients/${clientId}/screenings` })
    ).json();
    expect(list.history).toHaveLength(1);
    expect(list.current.find((v: { procedureId: string }) => v.procedureId === "cryosauna")).toMatchObject({
      verdict: "contraindicated",
      screeningId: screening.id,
    });
    const audit = (
      await owner.request({ method: "GET", url: `/api/v1/audit?entityType=client&entityId=${clientId}` })
    ).json();
    expect(audit.items[0]).toMatchObject({
      action: "screening.record",
      details: { screeningId: screening.id, kind: "intake" },
    });
    expect(JSON.stringify(audit.items[0])).not.toContain("G40");
  });

  it("keeps screenings as records the database will not change", async () => {
    const clientId = await newClient();
    await owner.request({
      method: "POST",
      url: `/api/v1/clients/${clientId}/screenings`,
      payload: { conditions: [] },
    });
    await expect(
      sql`update screenings set kind = 'pre-session' where client_id = ${clientId}`.execute(server.deps.db),
    ).rejects.toThrow(/clinical record/);
    await expect(
      sql`delete from screenings where client_id = ${clientId}`.execute(server.deps.db),
    ).rejects.toThrow(/clinical record/);
  });

  it("blocks booking on contraindicated, postponed and unreviewed verdicts; a physician clears needs-review with a reason", async () => {
    const clientId = await newClient();
    const gate = (procedureId: string, date = "2026-11-20") =>
      screeningGate(server.deps, organisationId, clientId, procedureId, date);
    expect(await gate("cryosauna")).toEqual({ allowed: false, code: "screening-required" });

    const recorded = await owner.request({
      method: "POST",
      url: `/api/v1/clients/${clientId}/screenings?kind=pre-session`,
      payload: {
        conditions: [{ id: "migraine" }],
        recentProcedures: [{ id: "chemical-peeling-deep", date: "2026-11-15" }],
      },
    });
    const screening = recorded.json();
    expect(screening.kind).toBe("pre-session");
    const verdicts = Object.fromEntries(
      screening.results.results.map((r: { procedureId: string; verdict: string; until: string | null }) => [
        r.procedureId,
        r,
      ]),
    );
    expect(verdicts["nitrogen-cryomassage"]).toMatchObject({ verdict: "postpone", until: "2026-11-29" });
    expect(await gate("nitrogen-cryomassage")).toEqual({
      allowed: false,
      code: "postponed",
      until: "2026-11-29",
    });
    expect(verdicts.cryosauna.verdict).toBe("needs-review");
    expect(await gate("cryosauna")).toEqual({ allowed: false, code: "needs-review" });

    const reviewUrl = `/api/v1/clients/${clientId}/screenings/${screening.id}/reviews`;
    const review = {
      procedureId: "cryosauna",
      reason: "Migraine is episodic and controlled; cold exposure approved.",
    };
    const nurse = await loginAs(
      server,
      (await addMember(server.deps, organisationId, ["practitioner"], ["nurse"])).email,
      undefined,
      "10.5.0.2",
    );
    const refused = await nurse.request({ method: "POST", url: reviewUrl, payload: review });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("physician-required");

    const dermatologist = await loginAs(
      server,
      (await addMember(server.deps, organisationId, ["practitioner"], ["dermatologist"])).email,
      undefined,
      "10.5.0.3",
    );
    const short = await dermatologist.request({
      method: "POST",
      url: reviewUrl,
      payload: { procedureId: "cryosauna", reason: "ok" },
    });
    expect(short.json().errors[0].field).toBe("reason");
    const cleared = await dermatologist.request({ method: "POST", url: reviewUrl, payload: review });
    expect(cleared.statusCode).toBe(200);
    expect(
      cleared.json().current.find((v: { procedureId: string }) => v.procedureId === "cryosauna").clearedBy,
    ).toMatchObject({ reason: review.reason });
    expect(await gate("cryosauna")).toEqual({ allowed: true });
    expect(
      (await dermatologist.request({ method: "POST", url: reviewUrl, payload: review })).json().code,
    ).toBe("already-reviewed");
    const notReviewable = await dermatologist.request({
      method: "POST",
      url: reviewUrl,
      payload: { procedureId: "nitrogen-cryomassage", reason: review.reason },
    });
    expect(notReviewable.json().code).toBe("not-needs-review");
    const audit = (
      await owner.request({ method: "GET", url: `/api/v1/audit?entityType=client&entityId=${clientId}` })
    ).json();
    expect(audit.items[0]).toMatchObject({
      action: "screening.clear-needs-review",
      details: { procedureId: "cryosauna" },
    });
    // The written reason is clinical text: kept with the review, not in the audit log.
    expect(JSON.stringify(audit.items[0])).not.toContain("Migraine");

    // On the postpone date the procedure may go ahead.
    expect(await gate("nitrogen-cryomassage", "2026-11-29")).toEqual({ allowed: true });
  });
});

describe("CDS Hooks service", () => {
  const hookRequest = (hook: string, extra: Record<string, unknown> = {}) => ({
    hook,
    hookInstance: "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
    context: { patientId: "p1", userId: "Practitioner/1", ...extra },
    prefetch: {
      patient: { resourceType: "Patient", id: "p1", birthDate: "1980-02-03", gender: "female" },
      conditions: {
        resourceType: "Bundle",
        type: "searchset",
        entry: [
          {
            resource: {
              resourceType: "Condition",
              code: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10", code: "G40.9" }] },
              clinicalStatus: { coding: [{ code: "active" }] },
            },
          },
        ],
      },
    },
  });

  it("is discoverable", async () => {
    const discovery = (await server.app.inject({ method: "GET", url: "/cds-services" })).json();
    expect(discovery.services.map((s: { hook: string }) => s.hook)).toEqual([
      "patient-view",
      "appointment-book",
    ]);
    expect(discovery.services[0].prefetch.patient).toBe("Patient/{{context.patientId}}");
  });

  it("answers patient-view with a critical card per contraindicated procedure, in the spec's shape", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/cds-services/cryodesk-screening",
      payload: hookRequest("patient-view"),
    });
    expect(response.statusCode).toBe(200);
    const cards = response.json().cards;
    const cryosauna = cards.find((card: { summary: string }) => card.summary.startsWith("Cryosauna"));
    expect(cryosauna).toMatchObject({
      indicator: "critical",
      source: { label: "Cryodesk procedure catalog" },
    });
    for (const card of cards) {
      expect(card.summary.length).toBeLessThanOrEqual(140);
      expect(["info", "warning", "critical"]).toContain(card.indicator);
      expect(card.links[0]).toMatchObject({
        type: "absolute",
        url: expect.stringContaining("/encyclopedia/"),
      });
    }
  });

  it("answers appointment-book for the booked procedure only", async () => {
    const appointments = {
      resourceType: "Bundle",
      entry: [
        {
          resource: {
            resourceType: "Appointment",
            status: "proposed",
            serviceType: [{ coding: [{ system: "urn:cryodesk:procedure", code: "cryosauna" }] }],
          },
        },
      ],
    };
    const response = await server.app.inject({
      method: "POST",
      url: "/cds-services/cryodesk-appointment-screening",
      payload: hookRequest("appointment-book", { appointments }),
    });
    const cards = response.json().cards;
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ indicator: "critical", summary: expect.stringContaining("Cryosauna") });
  });

  it("refuses a malformed hook request with a clear 400 problem", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/cds-services/cryodesk-screening",
      payload: { hook: "patient-view" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().title).toContain("prefetch.patient");
    const wrongHook = await server.app.inject({
      method: "POST",
      url: "/cds-services/cryodesk-screening",
      payload: hookRequest("order-sign"),
    });
    expect(wrongHook.json().errors[0].field).toBe("hook");
    expect(
      (
        await server.app.inject({
          method: "POST",
          url: "/cds-services/nope",
          payload: hookRequest("patient-view"),
        })
      ).statusCode,
    ).toBe(404);
  });
});
