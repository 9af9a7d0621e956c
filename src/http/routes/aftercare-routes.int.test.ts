import { beforeAll, describe, expect, it } from "vitest";
import { createBookingSetup } from "../../../test/support/booking-fixtures.ts";
import { createOrganisation } from "../../../test/support/factories.ts";
import { loginAs, startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { aftercareSheetFor } from "../../app/aftercare-render.ts";

// The aftercare sheet of a real session: a checked-in cryosauna appointment on Monday
// 2026-11-23 at 10:00 in Moscow, its session opened with the whole-body cabin.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

async function openSession() {
  server.clock.now = new Date("2026-11-20T09:00:00Z");
  const org = await createOrganisation(server.deps);
  const setup = await createBookingSetup(server.deps, org, {
    procedureId: "cryosauna",
    resources: ["cryosauna-cabin"],
  });
  const booker = await loginAs(server, org.ownerEmail);
  const booked = await booker.request({
    method: "POST",
    url: "/api/v1/appointments",
    payload: {
      clientId: setup.clientIds[0],
      offeringId: setup.offeringId,
      start: "2026-11-23T10:00:00+03:00",
    },
  });
  expect(booked.statusCode).toBe(201);
  const appointmentId = booked.json().id as string;
  server.clock.now = new Date("2026-11-23T07:00:00Z");
  const owner = await loginAs(server, org.ownerEmail);
  const checkIn = await owner.request({
    method: "POST",
    url: `/api/v1/appointments/${appointmentId}/check-in`,
  });
  expect(checkIn.statusCode).toBe(200);
  const created = await owner.request({
    method: "POST",
    url: `/api/v1/appointments/${appointmentId}/session`,
    payload: { methodId: "whole-body-cabin" },
  });
  expect(created.statusCode).toBe(201);
  return { owner, sessionId: created.json().id as string };
}

const escaped = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

describe("GET /api/v1/sessions/{id}/aftercare", () => {
  it("prints the sheet of the session's procedure for the client, in their language by default", async () => {
    const { owner, sessionId } = await openSession();
    const response = await owner.request({ method: "GET", url: `/api/v1/sessions/${sessionId}/aftercare` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    const html = response.body;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Test clinic");
    expect(html).toContain("Test street 1");
    expect(html).toContain("Client0");
    // The instructions the catalog gives for this procedure and method, as the sheet words them.
    const sheet = aftercareSheetFor({
      procedureId: "cryosauna",
      methodId: "whole-body-cabin",
      language: "en",
      clinic: { name: "Test clinic", address: "Test street 1, Moscow" },
      clientName: "Client0 Test",
      startsAt: new Date("2026-11-23T07:00:00Z"),
      timeZone: "Europe/Moscow",
    });
    const instructions = sheet.sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.text)));
    expect(instructions.length).toBeGreaterThan(0);
    for (const text of instructions) expect(html).toContain(escaped(text));
    // The booked start at the clinic's wall-clock time (10:00 in Moscow), not UTC.
    expect(html).toContain("10:00");

    // The app prints the sheet from a hidden frame of its own; no other site may frame it,
    // and the sheet may run no script.
    const policy = String(response.headers["content-security-policy"]);
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain("script-src");
    expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
    const session = await owner.request({ method: "GET", url: `/api/v1/sessions/${sessionId}` });
    expect(session.headers["content-security-policy"]).toContain("frame-ancestors 'none'");

    const russian = await owner.request({
      method: "GET",
      url: `/api/v1/sessions/${sessionId}/aftercare?lang=ru`,
    });
    expect(russian.body).toContain('<html lang="ru">');
  });

  it("renders the sheet as an inline PDF", async () => {
    const { owner, sessionId } = await openSession();
    const response = await owner.request({
      method: "GET",
      url: `/api/v1/sessions/${sessionId}/aftercare?format=pdf&lang=ru`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toBe(`inline; filename="aftercare-${sessionId}.pdf"`);
    expect(response.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("refuses an unknown format and answers 404 for another organisation's session", async () => {
    const { owner, sessionId } = await openSession();
    const badFormat = await owner.request({
      method: "GET",
      url: `/api/v1/sessions/${sessionId}/aftercare?format=docx`,
    });
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.json().code).toBe("validation-failed");
    const other = await createOrganisation(server.deps);
    const stranger = await loginAs(server, other.ownerEmail, undefined, "10.0.0.8");
    for (const format of ["html", "pdf"]) {
      const response = await stranger.request({
        method: "GET",
        url: `/api/v1/sessions/${sessionId}/aftercare?format=${format}`,
      });
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
  });
});
