import { beforeAll, describe, expect, it } from "vitest";
import { createBookingSetup } from "../../../test/support/booking-fixtures.ts";
import { addMember, createOrganisation } from "../../../test/support/factories.ts";
import {
  loginAs,
  type Session,
  startTestServer,
  type TestServer,
} from "../../../test/support/test-server.ts";

// Adverse events stop a client's cold treatment: the courses pause, bookings are refused
// until a practitioner records recovery. The clock stands at Friday 2026-11-20, 12:00 in
// Moscow; the clinic offers ice cryomassage.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

const frostbite = {
  type: "frostbite",
  severity: "moderate",
  onsetAt: "2026-11-20T11:30:00+03:00",
  description: "White, numb patch on the left cheek after the session",
  actions: "Warmed gradually, dry dressing",
  followUp: "Check the skin in three days",
};

async function clinic() {
  const org = await createOrganisation(server.deps);
  const setup = await createBookingSetup(server.deps, org, { clients: 2 });
  const owner = await loginAs(server, org.ownerEmail);
  const practitioner = await loginAs(server, setup.practitioners[0]?.email as string);
  return { org, setup, owner, practitioner };
}

const record = (session: Session, clientId: string, payload: Record<string, unknown>, headers = {}) =>
  session.request({ method: "POST", url: `/api/v1/clients/${clientId}/adverse-events`, payload, headers });

const book = (session: Session, clientId: string, offeringId: string, start: string) =>
  session.request({ method: "POST", url: "/api/v1/appointments", payload: { clientId, offeringId, start } });

async function bookCourse(session: Session, clientId: string, offeringId: string) {
  const request = { clientId, offeringId, firstDate: "2026-11-23" };
  const proposal = (
    await session.request({ method: "POST", url: "/api/v1/courses/plan", payload: request })
  ).json();
  const booked = await session.request({
    method: "POST",
    url: "/api/v1/courses",
    payload: {
      plan: request,
      sessions: proposal.sessions.map(
        (s: { number: number; start: string; practitioner: { id: string } }) => ({
          number: s.number,
          start: s.start,
          practitionerId: s.practitioner.id,
        }),
      ),
    },
  });
  expect(booked.statusCode).toBe(201);
  return booked.json();
}

describe("recording an adverse event", () => {
  it("pauses the client's course, refuses new bookings until recovery, and leaves the course paused after it", async () => {
    const { setup, owner, practitioner } = await clinic();
    const [clientId, otherClientId] = setup.clientIds as [string, string];
    const course = await bookCourse(owner, clientId, setup.offeringId);

    const recorded = await record(practitioner, clientId, frostbite, { "idempotency-key": "event-1" });
    expect(recorded.statusCode).toBe(201);
    const event = recorded.json();
    expect(event).toMatchObject({
      type: "frostbite",
      severity: "moderate",
      onsetAt: "2026-11-20T08:30:00.000Z",
      recovered: false,
      pausedCourses: [{ id: course.id }],
      expectedReactions: null,
    });
    // A retry with the same key replays the first answer instead of recording twice.
    const retry = await record(practitioner, clientId, frostbite, { "idempotency-key": "event-1" });
    expect(retry.json().id).toBe(event.id);

    const paused = (await owner.request({ method: "GET", url: `/api/v1/courses/${course.id}` })).json();
    expect(paused).toMatchObject({ status: "paused", progress: { suspended: course.sessionsPlanned } });
    expect(paused.pausedReason).toBeNull();
    expect(paused.pausedByAdverseEvent).toEqual({
      id: event.id,
      type: "frostbite",
      severity: event.severity,
      onsetAt: event.onsetAt,
      recovered: false,
    });
    expect(
      new Set(paused.sessions.map((s: { appointment: { status: string } }) => s.appointment.status)),
    ).toEqual(new Set(["suspended"]));

    const refused = await book(owner, clientId, setup.offeringId, "2026-12-10T10:00:00+03:00");
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: "adverse-event-unrecovered",
      adverseEventId: event.id,
      adverseEventType: "frostbite",
    });
    // Nor can the paused course be resumed before the recovery is recorded.
    const early = await owner.request({ method: "POST", url: `/api/v1/courses/${course.id}/resume` });
    expect(early.json().code).toBe("adverse-event-unrecovered");
    // Another client of the clinic is not affected.
    expect((await book(owner, otherClientId, setup.offeringId, "2026-12-10T10:00:00+03:00")).statusCode).toBe(
      201,
    );

    const recovery = await practitioner.request({
      method: "POST",
      url: `/api/v1/adverse-events/${event.id}/recovery`,
      payload: { note: "Skin healed, no scarring" },
    });
    expect(recovery.statusCode).toBe(200);
    expect(recovery.json()).toMatchObject({
      recovered: true,
      recovery: { note: "Skin healed, no scarring", at: "2026-11-20T09:00:00.000Z" },
      pausedCourses: [{ id: course.id }],
    });
    expect(recovery.json().note).toContain("stay paused until someone resumes them");
    const again = await practitioner.request({
      method: "POST",
      url: `/api/v1/adverse-events/${event.id}/recovery`,
      payload: { note: "Twice" },
    });
    expect(again.json().code).toBe("adverse-event-recovered");

    expect((await book(owner, clientId, setup.offeringId, "2026-12-11T10:00:00+03:00")).statusCode).toBe(201);
    const still = (await owner.request({ method: "GET", url: `/api/v1/courses/${course.id}` })).json();
    expect(still.status).toBe("paused");

    const list = (
      await owner.request({ method: "GET", url: `/api/v1/clients/${clientId}/adverse-events` })
    ).json();
    expect(list.items).toMatchObject([{ id: event.id, recovered: true }]);
  });

  it("tells an expected reaction from an adverse event for the session's procedure", async () => {
    const { setup, owner, practitioner } = await clinic();
    const [clientId] = setup.clientIds as [string];
    const session = await book(owner, clientId, setup.offeringId, "2026-11-20T13:00:00+03:00");
    const recorded = await record(practitioner, clientId, {
      ...frostbite,
      type: "oedema",
      severity: "mild",
      onsetAt: "2026-11-20T11:45:00+03:00",
      appointmentId: session.json().id,
      lasted: { value: 5, unit: "h" },
    });
    expect(recorded.statusCode).toBe(201);
    // Ice cryomassage swelling lasts two to three hours (004:93): five hours is beyond it.
    expect(recorded.json().expectedReactions.map((r: { id: string }) => r.id)).toContain("swelling-redness");
    expect(recorded.json().assessment).toMatchObject({
      verdict: "adverse-event",
      reason: "beyond-documented-duration",
      reaction: { id: "swelling-redness", limitMinutes: 180 },
    });
  });
});

describe("who may record and what is refused", () => {
  it("refuses a receptionist with 403 but lets them read the list", async () => {
    const { org, setup } = await clinic();
    const member = await addMember(server.deps, org.organisationId, ["receptionist"]);
    const receptionist = await loginAs(server, member.email);
    const clientId = setup.clientIds[0] as string;
    const refused = await record(receptionist, clientId, frostbite);
    expect(refused.statusCode).toBe(403);
    const list = await receptionist.request({
      method: "GET",
      url: `/api/v1/clients/${clientId}/adverse-events`,
    });
    expect(list.json().items).toEqual([]);
  });

  it("answers 404 for another organisation's client and event", async () => {
    const { setup, practitioner } = await clinic();
    const clientId = setup.clientIds[0] as string;
    const event = (await record(practitioner, clientId, frostbite)).json();
    const other = await createOrganisation(server.deps);
    const stranger = await loginAs(server, other.ownerEmail, undefined, "10.0.0.7");
    expect((await record(stranger, clientId, frostbite)).statusCode).toBe(404);
    const list = await stranger.request({ method: "GET", url: `/api/v1/clients/${clientId}/adverse-events` });
    expect(list.statusCode).toBe(404);
    const recovery = await stranger.request({
      method: "POST",
      url: `/api/v1/adverse-events/${event.id}/recovery`,
      payload: { note: "Healed" },
    });
    expect(recovery.statusCode).toBe(404);
  });

  it("lists every bad field, and refuses an onset in the future or another client's appointment", async () => {
    const { setup, owner, practitioner } = await clinic();
    const [clientId, otherClientId] = setup.clientIds as [string, string];
    const bad = await record(practitioner, clientId, {
      type: "sunburn",
      severity: "fatal",
      onsetAt: "yesterday",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((f: { field: string }) => f.field)).toEqual([
      "type",
      "severity",
      "onsetAt",
      "description",
    ]);
    const future = await record(practitioner, clientId, {
      ...frostbite,
      onsetAt: "2026-11-21T10:00:00+03:00",
    });
    expect(future.json().errors).toMatchObject([{ field: "onsetAt", code: "in-the-future" }]);
    const othersSession = await book(owner, otherClientId, setup.offeringId, "2026-11-20T13:00:00+03:00");
    const wrong = await record(practitioner, clientId, {
      ...frostbite,
      appointmentId: othersSession.json().id,
    });
    expect(wrong.json().errors).toMatchObject([{ field: "appointmentId" }]);
    const list = await owner.request({ method: "GET", url: `/api/v1/clients/${clientId}/adverse-events` });
    expect(list.json().items).toEqual([]);
  });
});
