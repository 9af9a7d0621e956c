import { beforeAll, describe, expect, it } from "vitest";
import { createBookingSetup } from "../../test/support/booking-fixtures.ts";
import { addMember, createOrganisation } from "../../test/support/factories.ts";
import { loginAs, type Session, startTestServer, type TestServer } from "../../test/support/test-server.ts";
import { apiRoutes } from "./server.ts";

// Properties every route must have, checked over the whole route table so a new
// route cannot forget them.

let server: TestServer;
let owner: Session;
let ownerEmail: string;
let ids: {
  clientId: string;
  clinicId: string;
  memberId: string;
  closureId: string;
  screeningId: string;
  feedId: string;
  appointmentId: string;
  courseId: string;
  resourceId: string;
  outageId: string;
  offeringId: string;
  timeOffId: string;
  sessionId: string;
  exposureId: string;
  photoId: string;
  adverseEventId: string;
};

const routes = apiRoutes({ deps: {} as never, clock: () => new Date() });
const fill = (url: string, values: Record<string, string>) =>
  url.replace(/:(\w+)/g, (_m, name: string) => values[name] ?? "");

beforeAll(async () => {
  server = await startTestServer();
  const org = await createOrganisation(server.deps);
  owner = await loginAs(server, org.ownerEmail);
  ownerEmail = org.ownerEmail;
  const client = (
    await owner.request({
      method: "POST",
      url: "/api/v1/clients",
      payload: { firstName: "A", lastName: "B" },
    })
  ).json();
  const member = await addMember(server.deps, org.organisationId, ["receptionist"]);
  const clinic = (
    await owner.request({
      method: "POST",
      url: `/api/v1/clinics/${org.clinicId}/closures`,
      payload: { startsOn: "2026-12-31", endsOn: "2027-01-02", reason: "Holidays" },
    })
  ).json();
  const screening = (
    await owner.request({
      method: "POST",
      url: `/api/v1/clients/${client.id}/screenings`,
      payload: { conditions: [] },
    })
  ).json();
  const feed = (
    await owner.request({ method: "POST", url: `/api/v1/staff/${member.userId}/calendar-feeds` })
  ).json();
  const booking = await createBookingSetup(server.deps, org);
  // Photos are taken only with the client's consent.
  await owner.request({
    method: "PATCH",
    url: `/api/v1/clients/${booking.clientIds[0]}`,
    payload: { consents: { photos: true } },
  });
  const appointment = (
    await owner.request({
      method: "POST",
      url: "/api/v1/appointments",
      payload: {
        clientId: booking.clientIds[0],
        offeringId: booking.offeringId,
        start: "2026-11-23T10:00:00+03:00",
      },
    })
  ).json();
  const setup = await bookingSetupRecords(owner, org.clinicId, member.userId);
  const coursePlan = {
    clientId: booking.clientIds[0],
    offeringId: booking.offeringId,
    firstDate: "2026-11-25",
  };
  const proposal = (
    await owner.request({ method: "POST", url: "/api/v1/courses/plan", payload: coursePlan })
  ).json();
  const course = (
    await owner.request({
      method: "POST",
      url: "/api/v1/courses",
      payload: {
        plan: coursePlan,
        sessions: proposal.sessions.map(
          (s: { number: number; start: string; practitioner: { id: string } }) => ({
            number: s.number,
            start: s.start,
            practitionerId: s.practitioner.id,
          }),
        ),
      },
    })
  ).json();
  const adverseEvent = (
    await owner.request({
      method: "POST",
      url: `/api/v1/clients/${client.id}/adverse-events`,
      payload: {
        type: "oedema",
        severity: "mild",
        onsetAt: "2026-11-20T10:00:00+03:00",
        description: "Swelling of the treated area",
      },
    })
  ).json();
  const treatment = await treatmentRecords(appointment.id);
  ids = {
    ...setup,
    ...treatment,
    adverseEventId: adverseEvent.id,
    courseId: course.id,
    appointmentId: appointment.id,
    feedId: feed.feed.id,
    screeningId: screening.id,
    clientId: client.id,
    clinicId: org.clinicId,
    memberId: member.userId,
    closureId: clinic.closures[0].id,
  };
});

/**
 * A running session of the booked appointment with an exposure and a photo, made on the
 * appointment's day by a fresh login; the clock is set back afterwards.
 */
async function treatmentRecords(appointmentId: string) {
  const bookedAt = server.clock.now;
  server.clock.now = new Date("2026-11-23T07:00:00Z");
  const floor = await loginAs(server, ownerEmail, undefined, "10.0.0.4");
  const post = async (url: string, payload?: Record<string, unknown>) =>
    (await floor.request({ method: "POST", url: `/api/v1${url}`, ...(payload && { payload }) })).json();
  await post(`/appointments/${appointmentId}/check-in`);
  const session = await post(`/appointments/${appointmentId}/session`, { methodId: "ice-bag-massage" });
  const answers = Object.fromEntries(
    session.checklist.items.map((item: { id: string; kind: string }) => [
      item.id,
      item.kind === "record-vitals"
        ? { bodyTemperatureC: 36.6, bloodPressure: { systolic: 120, diastolic: 80 } }
        : item.kind === "record-weight"
          ? 70
          : item.kind === "record-text"
            ? "None"
            : true,
    ]),
  );
  await floor.request({
    method: "PUT",
    url: `/api/v1/sessions/${session.id}/checklist`,
    payload: { answers },
  });
  await post(`/sessions/${session.id}/start`);
  const exposure = await post(`/sessions/${session.id}/exposures`, { area: "knee" });
  const photo = (
    await floor.request({
      method: "POST",
      url: `/api/v1/sessions/${session.id}/photos`,
      body: Buffer.from("ffd8ffe000104a464946", "hex"),
      headers: { "content-type": "image/jpeg" },
    })
  ).json();
  server.clock.now = bookedAt;
  return { sessionId: session.id, exposureId: exposure.exposures[0].id, photoId: photo.id };
}

/** A resource with an outage, an offering and time off, made through the setup API. */
async function bookingSetupRecords(session: Session, clinicId: string, userId: string) {
  const post = async (url: string, payload: Record<string, unknown>) =>
    (await session.request({ method: "POST", url: `/api/v1${url}`, payload })).json();
  const resource = await post(`/clinics/${clinicId}/resources`, { name: "Room", kind: "room" });
  const range = { start: "2026-12-01T09:00:00+03:00", end: "2026-12-01T10:00:00+03:00" };
  const outage = await post(`/clinics/${clinicId}/resources/${resource.id}/outages`, range);
  const offering = await post(`/clinics/${clinicId}/offerings`, {
    procedureId: "cryosauna",
    durationMinutes: 15,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 10,
    resourceTypes: ["cryosauna-cabin"],
    priceMinor: 150_000,
  });
  const timeOff = await post(`/staff/${userId}/time-off`, range);
  return { resourceId: resource.id, outageId: outage.id, offeringId: offering.id, timeOffId: timeOff.id };
}

const valuesFor = () => ({
  id: "",
  clinicId: ids.clinicId,
  closureId: ids.closureId,
  userId: ids.memberId,
  procedureId: "cryosauna",
  screeningId: ids.screeningId,
  feedId: ids.feedId,
  resourceId: ids.resourceId,
  outageId: ids.outageId,
  offeringId: ids.offeringId,
  timeOffId: ids.timeOffId,
  exposureId: ids.exposureId,
  photoId: ids.photoId,
});
function urlOf(route: { url: string }) {
  const byPrefix: [string, string][] = [
    ["/api/v1/clients", ids.clientId],
    ["/api/v1/appointments", ids.appointmentId],
    ["/api/v1/courses", ids.courseId],
    ["/api/v1/sessions", ids.sessionId],
    ["/api/v1/adverse-events", ids.adverseEventId],
    ["/fhir/R4/Patient", ids.clientId],
  ];
  const id = byPrefix.find(([prefix]) => route.url.startsWith(prefix))?.[1] ?? ids.clinicId;
  return fill(route.url, { ...valuesFor(), id });
}

const sessionRoutes = routes.filter((route) => route.auth === "session");
const writeRoutes = sessionRoutes.filter((route) => route.method !== "GET");
const ownedRecordRoutes = sessionRoutes.filter((route) => route.url.includes("/:"));

describe("every session route", () => {
  it.each(sessionRoutes.map((r) => [r.method, r.url] as const))(
    "%s %s needs a login",
    async (method, url) => {
      const response = await server.app.inject({
        method,
        url: urlOf({ url }),
        payload: method === "GET" ? undefined : {},
      });
      expect(response.statusCode).toBe(401);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json().code).toBe("not-authenticated");
    },
  );

  it.each(writeRoutes.map((r) => [r.method, r.url] as const))(
    "%s %s refuses a missing or wrong CSRF token",
    async (method, url) => {
      const missing = await owner.request({ method, url: urlOf({ url }), payload: {}, csrf: false });
      expect(missing.statusCode).toBe(403);
      expect(missing.json().code).toBe("csrf-token-invalid");
      const wrong = await owner.request({
        method,
        url: urlOf({ url }),
        payload: {},
        csrf: false,
        headers: { "x-csrf-token": "forged" },
      });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().code).toBe("csrf-token-invalid");
    },
  );

  it.each(writeRoutes.filter((r) => r.body).map((r) => [r.method, r.url] as const))(
    "%s %s answers bad JSON and wrong types with 400 problem+json",
    async (method, url) => {
      const badJson = await owner.request({
        method,
        url: urlOf({ url }),
        body: "{not json",
        headers: { "content-type": "application/json" },
      });
      expect(badJson.statusCode).toBe(400);
      expect(badJson.headers["content-type"]).toContain("application/problem+json");
      expect(badJson.json().code).toBe("invalid-json");
      const wrongTypes = await owner.request({ method, url: urlOf({ url }), payload: [1, 2, 3] });
      expect(wrongTypes.statusCode).toBe(400);
      expect(wrongTypes.json().code).toBe("validation-failed");
    },
  );
});

describe("another organisation's records", () => {
  it.each(ownedRecordRoutes.map((r) => [r.method, r.url] as const))(
    "%s %s answers 404, never 403",
    async (method, url) => {
      const other = await createOrganisation(server.deps);
      const stranger = await loginAs(server, other.ownerEmail, undefined, "10.0.0.2");
      const response = await stranger.request({
        method,
        url: urlOf({ url }),
        payload: method === "GET" ? undefined : {},
      });
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    },
  );

  it("does not show up in another organisation's list or search", async () => {
    const other = await createOrganisation(server.deps);
    const stranger = await loginAs(server, other.ownerEmail, undefined, "10.0.0.3");
    const list = (await stranger.request({ method: "GET", url: "/api/v1/clients?q=B" })).json();
    expect(list.items).toEqual([]);
    const staff = (await stranger.request({ method: "GET", url: "/api/v1/staff" })).json();
    expect(staff.items.map((m: { userId: string }) => m.userId)).not.toContain(ids.memberId);
  });
});

describe("the HTTP edge", () => {
  it("answers unknown routes with a 404 problem", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/v1/no-such-thing" });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe("route-not-found");
  });

  it("answers a body over 1 MiB with 413", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      body: JSON.stringify({ email: "a@b.c", password: "x".repeat(1_100_000) }),
      headers: { "content-type": "application/json" },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe("payload-too-large");
  });

  it("answers a non-JSON body with 415", async () => {
    const response = await owner.request({
      method: "POST",
      url: "/api/v1/clients",
      body: "a=b",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe("unsupported-media-type");
  });

  it("sets security headers", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/health" });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
  });

  it("reports database reachability", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/health" });
    expect(response.json()).toEqual({ status: "ok", database: "reachable" });
  });

  it("publishes an OpenAPI 3.1 document listing every route, and the docs page", async () => {
    const doc = (await server.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.openapi).toBe("3.1.0");
    for (const route of routes) {
      const path = route.url.replace(/:(\w+)/g, "{$1}");
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
    }
    expect(doc.paths["/api/v1/clients"].post.requestBody.content["application/json"].schema.required).toEqual(
      ["firstName", "lastName"],
    );
    const docs = await server.app.inject({ method: "GET", url: "/api/docs" });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain("swagger-ui");
  });

  it("never writes passwords, session tokens or client health notes to the log", async () => {
    const org = await createOrganisation(server.deps);
    const session = await loginAs(server, org.ownerEmail, undefined, "10.0.0.9");
    await session.request({
      method: "POST",
      url: "/api/v1/clients?note=query-secret",
      payload: { firstName: "Log", lastName: "Check", notes: "diagnosis-epilepsy-G40" },
    });
    await server.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: org.ownerEmail, password: "wrong-password-42" },
      remoteAddress: "10.0.0.9",
    });
    const text = server.logs.join("");
    expect(text).toContain("/api/v1/clients");
    for (const secret of [
      "correct horse battery",
      "wrong-password-42",
      session.cookie.split("=")[1],
      session.csrfToken,
      "diagnosis-epilepsy-G40",
      "query-secret",
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
