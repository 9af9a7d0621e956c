import { beforeAll, describe, expect, it } from "vitest";
import { createBookingSetup } from "../../../test/support/booking-fixtures.ts";
import { addMember, createOrganisation } from "../../../test/support/factories.ts";
import {
  loginAs,
  type Session,
  startTestServer,
  type TestServer,
} from "../../../test/support/test-server.ts";

// A cryosauna session from check-in to observation, timed by the server's clock.
// The cabin's catalog limit is 3 minutes: the warning phase starts at 144 s.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

const APPOINTMENT_START = new Date("2026-11-23T07:00:00Z");
const later = (seconds: number) => new Date(APPOINTMENT_START.getTime() + seconds * 1000);

/** An organisation with a checked-in cryosauna appointment and its open session. */
async function checkedInSession(procedureId = "cryosauna", methodId = "whole-body-cabin") {
  server.clock.now = new Date("2026-11-20T09:00:00Z");
  const org = await createOrganisation(server.deps);
  const setup = await createBookingSetup(server.deps, org, { procedureId });
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
  // Logged in again on the day: a login does not last from the booking to the session.
  server.clock.now = APPOINTMENT_START;
  const owner = await loginAs(server, org.ownerEmail);
  const early = await owner.request({
    method: "POST",
    url: `/api/v1/appointments/${appointmentId}/session`,
    payload: { methodId },
  });
  expect(early.statusCode).toBe(409);
  expect(early.json().code).toBe("appointment-not-checked-in");
  const checkIn = await owner.request({
    method: "POST",
    url: `/api/v1/appointments/${appointmentId}/check-in`,
  });
  expect(checkIn.statusCode).toBe(200);
  const created = await owner.request({
    method: "POST",
    url: `/api/v1/appointments/${appointmentId}/session`,
    payload: { methodId },
  });
  expect(created.statusCode).toBe(201);
  // A second device asking again is told which session already runs.
  const again = await owner.request({
    method: "POST",
    url: `/api/v1/appointments/${appointmentId}/session`,
    payload: { methodId },
  });
  expect(again.json()).toMatchObject({ code: "session-exists", sessionId: created.json().id });
  return { org, owner, appointmentId, clientId: setup.clientIds[0] as string, session: created.json() };
}

/** Records the client's consent to photos (or its withdrawal) on their card. */
async function consentToPhotos(owner: Session, clientId: string, photos: boolean) {
  const patched = await owner.request({
    method: "PATCH",
    url: `/api/v1/clients/${clientId}`,
    payload: { consents: { photos } },
  });
  expect(patched.statusCode).toBe(200);
}

interface Item {
  id: string;
  kind: string;
  answered: boolean;
}

const answerFor = (item: Item) =>
  ({
    confirm: true,
    "record-weight": 72,
    "record-vitals": { bodyTemperatureC: 36.6, bloodPressure: { systolic: 120, diastolic: 80 } },
    "record-text": "Nothing given",
  })[item.kind];

const allAnswers = (items: Item[]) => Object.fromEntries(items.map((item) => [item.id, answerFor(item)]));

async function startedSession(procedureId?: string, methodId?: string) {
  const context = await checkedInSession(procedureId, methodId);
  const { owner, session } = context;
  const answered = await owner.request({
    method: "PUT",
    url: `/api/v1/sessions/${session.id}/checklist`,
    payload: { answers: allAnswers(session.checklist.items) },
  });
  expect(answered.statusCode).toBe(200);
  const started = await owner.request({ method: "POST", url: `/api/v1/sessions/${session.id}/start` });
  expect(started.statusCode).toBe(200);
  return context;
}

const get = async (owner: Session, id: string) =>
  (await owner.request({ method: "GET", url: `/api/v1/sessions/${id}` })).json();

describe("running a cryosauna session", () => {
  it("goes from checklist to timed exposure to observation, and completes the appointment", async () => {
    const { owner, appointmentId, session } = await checkedInSession();
    expect(session.status).toBe("preparing");
    const items: Item[] = session.checklist.items;
    expect(items.map((item) => item.id)).toEqual(expect.arrayContaining(["fresh-screening", "weight"]));
    expect(items.every((item) => !item.answered)).toBe(true);

    // Half the answers: the start is refused and names what is missing.
    const vitalsOnly = { "fresh-screening": answerFor(items[0] as Item) };
    const partly = await owner.request({
      method: "PUT",
      url: `/api/v1/sessions/${session.id}/checklist`,
      payload: { answers: vitalsOnly },
    });
    expect(partly.statusCode).toBe(200);
    expect(partly.json().screeningId).toEqual(expect.any(String));
    const refused = await owner.request({ method: "POST", url: `/api/v1/sessions/${session.id}/start` });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe("checklist-incomplete");
    expect(refused.json().missing).toContain("weight");

    const badWeight = await owner.request({
      method: "PUT",
      url: `/api/v1/sessions/${session.id}/checklist`,
      payload: { answers: { ...allAnswers(items), weight: 5 } },
    });
    expect(badWeight.statusCode).toBe(400);

    const full = await owner.request({
      method: "PUT",
      url: `/api/v1/sessions/${session.id}/checklist`,
      payload: { answers: allAnswers(items) },
    });
    expect(full.json().checklist.complete).toBe(true);
    expect(full.json().checklist.items.every((item: Item) => item.answered)).toBe(true);
    const started = await owner.request({ method: "POST", url: `/api/v1/sessions/${session.id}/start` });
    expect(started.statusCode).toBe(200);
    expect(started.json().status).toBe("running");

    const exposure = await owner.request({
      method: "POST",
      url: `/api/v1/sessions/${session.id}/exposures`,
      payload: { area: "whole body" },
    });
    expect(exposure.statusCode).toBe(201);
    const exposureId = exposure.json().exposures[0].id as string;
    expect(exposure.json().exposures[0]).toMatchObject({ limitSeconds: 180, elapsedSeconds: 0, phase: "ok" });

    server.clock.now = later(150);
    const warning = await get(owner, session.id);
    expect(warning.exposures[0]).toMatchObject({ elapsedSeconds: 150, phase: "warning", status: "running" });
    // A reload from another device at the same moment shows the same timer.
    expect((await get(owner, session.id)).exposures[0].elapsedSeconds).toBe(150);

    server.clock.now = later(200);
    const stop = `/api/v1/sessions/${session.id}/exposures/${exposureId}/stop`;
    const noReason = await owner.request({ method: "POST", url: stop, payload: { temperatureSetC: -110 } });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json()).toMatchObject({ code: "overrun-reason-required", overrunSeconds: 20 });
    const stopped = await owner.request({
      method: "POST",
      url: stop,
      payload: { temperatureSetC: -110, temperatureMeasuredC: -105, overrunReason: "Cabin door jammed" },
    });
    expect(stopped.statusCode).toBe(200);
    expect(stopped.json().exposures[0]).toMatchObject({
      status: "stopped",
      elapsedSeconds: 200,
      phase: "limit",
      deviation: { overrunSeconds: 20 },
      overrunReason: "Cabin door jammed",
      temperatureSetC: -110,
      temperatureMeasuredC: -105,
    });
    // Stopped means stopped: later reads keep the final time.
    server.clock.now = later(400);
    expect((await get(owner, session.id)).exposures[0].elapsedSeconds).toBe(200);

    const finished = await owner.request({
      method: "POST",
      url: `/api/v1/sessions/${session.id}/finish`,
      payload: { nitrogenLitres: 4.5, outcome: "Tolerated well", notes: "" },
    });
    expect(finished.statusCode).toBe(200);
    expect(finished.json()).toMatchObject({
      status: "observing",
      nitrogenLitres: 4.5,
      outcome: "Tolerated well",
      finishedAt: later(400).toISOString(),
      observationUntil: later(400 + 30 * 60).toISOString(),
    });
    const appointment = await owner.request({ method: "GET", url: `/api/v1/appointments/${appointmentId}` });
    expect(appointment.json().status).toBe("completed");
  });

  it("pauses and resumes the timer, and refuses to finish while an exposure runs", async () => {
    const { owner, session } = await startedSession();
    const exposure = await owner.request({
      method: "POST",
      url: `/api/v1/sessions/${session.id}/exposures`,
      payload: { area: "whole body" },
    });
    const exposureId = exposure.json().exposures[0].id as string;
    const timer = (action: string) =>
      owner.request({
        method: "POST",
        url: `/api/v1/sessions/${session.id}/exposures/${exposureId}/${action}`,
      });
    server.clock.now = later(60);
    await timer("pause");
    server.clock.now = later(300);
    expect((await get(owner, session.id)).exposures[0]).toMatchObject({
      elapsedSeconds: 60,
      status: "paused",
    });
    await timer("resume");
    server.clock.now = later(330);
    expect((await get(owner, session.id)).exposures[0]).toMatchObject({ elapsedSeconds: 90, phase: "ok" });
    const early = await owner.request({
      method: "POST",
      url: `/api/v1/sessions/${session.id}/finish`,
      payload: {},
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe("exposure-not-stopped");
  });

  it("refuses to time an exposure when neither the protocol nor the catalog gives a limit", async () => {
    // The articles give ice cube massage no duration.
    const { owner, session } = await startedSession("ice-cryomassage", "ice-cube-massage");
    const exposure = await owner.request({
      method: "POST",
      url: `/api/v1/sessions/${session.id}/exposures`,
      payload: { area: "face" },
    });
    expect(exposure.statusCode).toBe(422);
    expect(exposure.json().code).toBe("no-exposure-limit");
    expect((await get(owner, session.id)).exposures).toEqual([]);
  });

  it("lets a receptionist see a session but not start it", async () => {
    const { org, session } = await checkedInSession();
    const member = await addMember(server.deps, org.organisationId, ["receptionist"]);
    const receptionist = await loginAs(server, member.email);
    expect(
      (await receptionist.request({ method: "GET", url: `/api/v1/sessions/${session.id}` })).statusCode,
    ).toBe(200);
    const start = await receptionist.request({ method: "POST", url: `/api/v1/sessions/${session.id}/start` });
    expect(start.statusCode).toBe(403);
  });
});

describe("session photos", () => {
  it("stores a photo for the organisation's staff and refuses wrong types, oversize bodies and strangers", async () => {
    const { owner, session, clientId } = await checkedInSession();
    await consentToPhotos(owner, clientId, true);
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const upload = (body: Buffer, contentType: string) =>
      owner.request({
        method: "POST",
        url: `/api/v1/sessions/${session.id}/photos?kind=before`,
        body,
        headers: { "content-type": contentType },
      });
    const stored = await upload(png, "image/png");
    expect(stored.statusCode).toBe(201);
    expect(stored.json()).toMatchObject({ kind: "before", contentType: "image/png", size: png.length });
    const photoUrl = `/api/v1/sessions/${session.id}/photos/${stored.json().id}`;

    const listed = await get(owner, session.id);
    expect(listed).toMatchObject({ clientId, photoConsent: true });
    expect(listed.photos).toEqual([
      {
        id: stored.json().id,
        kind: "before",
        contentType: "image/png",
        size: png.length,
        sha256: stored.json().sha256,
        createdAt: APPOINTMENT_START.toISOString(),
      },
    ]);

    const fetched = await owner.request({ method: "GET", url: photoUrl });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.headers["content-type"]).toBe("image/png");
    expect(fetched.headers["cache-control"]).toBe("private, no-store");
    expect(fetched.rawPayload.equals(png)).toBe(true);
    expect((await get(owner, session.id)).photos).toHaveLength(1);

    expect((await upload(png, "image/gif")).statusCode).toBe(415);
    expect((await upload(Buffer.from("%PDF-1.4"), "application/pdf")).statusCode).toBe(415);
    const tooLarge = await upload(Buffer.alloc(8 * 1024 * 1024 + 1), "image/jpeg");
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().code).toBe("payload-too-large");

    const other = await createOrganisation(server.deps);
    const stranger = await loginAs(server, other.ownerEmail, undefined, "10.0.0.7");
    const seen = await stranger.request({ method: "GET", url: photoUrl });
    expect(seen.statusCode).toBe(404);
    expect(seen.headers["content-type"]).toContain("application/problem+json");
  });
});

describe("photo consent", () => {
  it("refuses a photo of a client who has not consented, and stores nothing", async () => {
    const { owner, session, clientId } = await checkedInSession();
    const jpeg = Buffer.from("ffd8ffe000104a464946", "hex");
    const upload = () =>
      owner.request({
        method: "POST",
        url: `/api/v1/sessions/${session.id}/photos?kind=after`,
        body: jpeg,
        headers: { "content-type": "image/jpeg" },
      });
    expect((await get(owner, session.id)).photoConsent).toBe(false);
    const refused = await upload();
    expect(refused.statusCode).toBe(422);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json()).toMatchObject({ code: "photo-consent-missing", clientId });
    expect(refused.json().detail).toMatch(/consent to photos/);
    expect((await get(owner, session.id)).photos).toEqual([]);

    // Given on the card, the same upload is kept; withdrawn again, the next one is refused.
    await consentToPhotos(owner, clientId, true);
    expect((await upload()).statusCode).toBe(201);
    await consentToPhotos(owner, clientId, false);
    expect((await upload()).json().code).toBe("photo-consent-missing");
    const view = await get(owner, session.id);
    expect(view.photoConsent).toBe(false);
    expect(view.photos.map((photo: { kind: string }) => photo.kind)).toEqual(["after"]);
  });
});

/** A started session with one stopped exposure, finished at `later(300)` into observation. */
async function observedSession() {
  const context = await startedSession();
  const { owner, session } = context;
  const exposure = await owner.request({
    method: "POST",
    url: `/api/v1/sessions/${session.id}/exposures`,
    payload: { area: "whole body" },
  });
  server.clock.now = later(120);
  const exposureId = exposure.json().exposures[0].id as string;
  const stopped = await owner.request({
    method: "POST",
    url: `/api/v1/sessions/${session.id}/exposures/${exposureId}/stop`,
    payload: {},
  });
  expect(stopped.statusCode).toBe(200);
  server.clock.now = later(300);
  const finished = await owner.request({
    method: "POST",
    url: `/api/v1/sessions/${session.id}/finish`,
    payload: { outcome: "Tolerated well" },
  });
  expect(finished.json()).toMatchObject({ status: "observing", discharge: null });
  return context;
}

const OBSERVATION_ENDS = later(300 + 30 * 60);

describe("discharge after observation", () => {
  const discharge = (owner: Session, id: string, payload: { note: string; earlyReason?: string }) =>
    owner.request({ method: "POST", url: `/api/v1/sessions/${id}/discharge`, payload });

  it("finishes the session once the observation time is over, with the client's condition", async () => {
    const { owner, session } = await observedSession();
    server.clock.now = OBSERVATION_ENDS;
    const noNote = await discharge(owner, session.id, { note: "  " });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().errors).toEqual([expect.objectContaining({ field: "note", code: "required" })]);

    const done = await discharge(owner, session.id, { note: "Skin pink, feels well" });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: "finished",
      finishedAt: later(300).toISOString(),
      discharge: {
        dischargedAt: OBSERVATION_ENDS.toISOString(),
        note: "Skin pink, feels well",
        earlyReason: null,
        early: false,
      },
    });
    expect((await get(owner, session.id)).discharge.note).toBe("Skin pink, feels well");

    // Recorded in the audit log, without the client's condition.
    const audit = await owner.request({
      method: "GET",
      url: `/api/v1/audit?entityType=session&entityId=${session.id}`,
    });
    const entry = audit.json().items.find((item: { action: string }) => item.action === "session.discharge");
    expect(entry).toMatchObject({ details: { early: false } });
    expect(JSON.stringify(entry)).not.toContain("Skin pink");

    // A finished session is not discharged twice.
    const again = await discharge(owner, session.id, { note: "Again" });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "invalid-session-status", currentStatus: "finished" });
  });

  it("asks for a reason before the observation time is over, naming the time", async () => {
    const { owner, session } = await observedSession();
    server.clock.now = new Date(OBSERVATION_ENDS.getTime() - 10 * 60_000);
    for (const payload of [{ note: "Feels well" }, { note: "Feels well", earlyReason: "   " }]) {
      const refused = await discharge(owner, session.id, payload);
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({
        code: "observation-not-over",
        observationUntil: OBSERVATION_ENDS.toISOString(),
        errors: [expect.objectContaining({ field: "earlyReason" })],
      });
      // The clinic's wall-clock time: 10:35 in Moscow.
      expect(refused.json().title).toContain("10:35");
    }
    expect((await get(owner, session.id)).status).toBe("observing");

    const early = await discharge(owner, session.id, {
      note: "Feels well",
      earlyReason: "Taxi arrived; checked again before leaving",
    });
    expect(early.statusCode).toBe(200);
    expect(early.json()).toMatchObject({
      status: "finished",
      discharge: { early: true, earlyReason: "Taxi arrived; checked again before leaving" },
    });
  });

  it("refuses a session that is not under observation, and a receptionist", async () => {
    const { org, owner, session } = await startedSession();
    const running = await discharge(owner, session.id, { note: "Feels well", earlyReason: "Leaving" });
    expect(running.statusCode).toBe(409);
    expect(running.json()).toMatchObject({ code: "invalid-session-status", currentStatus: "running" });
    const member = await addMember(server.deps, org.organisationId, ["receptionist"]);
    const receptionist = await loginAs(server, member.email);
    expect((await discharge(receptionist, session.id, { note: "Feels well" })).statusCode).toBe(403);
  });
});
