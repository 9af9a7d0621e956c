import { beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

const get = async (url: string) => server.app.inject({ method: "GET", url });

describe("catalog API (public)", () => {
  it("lists the ten procedures with names in both languages", async () => {
    const response = await get("/api/v1/procedures");
    expect(response.statusCode).toBe(200);
    const ids = response
      .json()
      .items.map((p: { id: string }) => p.id)
      .sort();
    expect(ids).toEqual([
      "cryodestruction",
      "cryoelectrophoresis",
      "cryolipolysis",
      "cryosauna",
      "device-cryomassage",
      "ent-cryotherapy",
      "ice-cryomassage",
      "local-cold-therapy",
      "nitrogen-cryomassage",
      "scalp-darsonvalization",
    ]);
    for (const item of response.json().items) expect(item.names.ru.length).toBeGreaterThan(0);
  });

  it("returns a procedure with cited facts and the conflicts that touch it", async () => {
    const procedure = (await get("/api/v1/procedures/nitrogen-cryomassage")).json();
    expect(procedure.methods.length).toBeGreaterThan(0);
    expect(procedure.summary.sources[0]).toMatchObject({
      article: expect.stringMatching(/^\d{3}_[0-9a-f]{16}\.txt$/),
      line: expect.any(Number),
    });
    expect(procedure.conflicts.length).toBeGreaterThan(0);
    expect(procedure.related["chemical-peeling-deep"] ?? Object.values(procedure.related)[0]).toMatchObject({
      en: expect.any(String),
      ru: expect.any(String),
    });
    for (const conflict of procedure.conflicts) {
      expect(conflict.claims.length).toBeGreaterThanOrEqual(2);
      for (const claim of conflict.claims) expect(claim.sources.length).toBeGreaterThan(0);
    }
  });

  it("answers unknown procedure and condition ids with 404 problems", async () => {
    const procedure = await get("/api/v1/procedures/cryo-yoga");
    expect(procedure.statusCode).toBe(404);
    expect(procedure.json().code).toBe("procedure-not-found");
    const condition = await get("/api/v1/conditions/not-a-thing/procedures");
    expect(condition.statusCode).toBe(404);
    expect(condition.json().code).toBe("condition-not-found");
  });

  it("finds conditions in English, in Russian and by ICD-10 code, and what helps with them", async () => {
    const english = (await get("/api/v1/conditions?q=warts")).json().items;
    const russian = (await get(`/api/v1/conditions?q=${encodeURIComponent("бородавки")}`)).json().items;
    expect(english[0].id).toBe(russian[0].id);
    const byCode = (await get("/api/v1/conditions?q=B07")).json().items;
    expect(byCode.map((c: { id: string }) => c.id)).toContain(english[0].id);
    const helps = (await get(`/api/v1/conditions/${english[0].id}/procedures`)).json();
    expect(helps.items.map((p: { id: string }) => p.id)).toContain("cryodestruction");
    expect(helps.items[0].indications[0].sources.length).toBeGreaterThan(0);
  });

  it("lists every conflict between the articles with each side's citations", async () => {
    const conflicts = (await get("/api/v1/conflicts")).json().items;
    expect(conflicts.length).toBeGreaterThanOrEqual(5);
    for (const conflict of conflicts) {
      expect(conflict.summary.en.length).toBeGreaterThan(0);
      expect(conflict.claims.length).toBeGreaterThanOrEqual(2);
    }
  });
});
