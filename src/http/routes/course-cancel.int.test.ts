import { beforeAll, describe, expect, it } from "vitest";
import { createBookingSetup, overlappingPairs } from "../../../test/support/booking-fixtures.ts";
import { createOrganisation } from "../../../test/support/factories.ts";
import { loginAs, startTestServer, type TestServer } from "../../../test/support/test-server.ts";

// Cancelling a whole course: what happened stays, every session still to come is cancelled
// with the reason and frees its slot. The clock stands at Friday 2026-11-20 in Moscow.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

interface Session {
  number: number;
  state: string;
  appointment: { id: string; start: string; status: string; cancelReason?: string | null };
}

async function bookedCourse() {
  const org = await createOrganisation(server.deps);
  const setup = await createBookingSetup(server.deps, org, { clients: 2 });
  const owner = await loginAs(server, org.ownerEmail);
  const request = { clientId: setup.clientIds[0], offeringId: setup.offeringId, firstDate: "2026-11-23" };
  const planned = (
    await owner.request({ method: "POST", url: "/api/v1/courses/plan", payload: request })
  ).json();
  const course = (
    await owner.request({
      method: "POST",
      url: "/api/v1/courses",
      payload: {
        plan: request,
        sessions: planned.sessions.map(
          (s: { number: number; start: string; practitioner: { id: string }; resourceIds: string[] }) => ({
            number: s.number,
            start: s.start,
            practitionerId: s.practitioner.id,
            resourceIds: s.resourceIds,
          }),
        ),
      },
    })
  ).json();
  return { org, setup, owner, course };
}

async function remindersOf(organisationId: string, appointmentIds: string[]) {
  return server.deps.db
    .selectFrom("reminders")
    .select(["appointment_id", "status"])
    .where("organisation_id", "=", organisationId)
    .where("appointment_id", "in", appointmentIds)
    .execute();
}

const reason = "The client is moving to another city";

describe("cancelling a course", () => {
  it("keeps the session held, cancels the rest with the reason, frees their slots and stops their reminders", async () => {
    const { org, setup, course } = await bookedCourse();
    const [first, ...rest] = course.sessions as Session[];
    if (!first) throw new Error("the course has no sessions");
    const restIds = rest.map((s) => s.appointment.id);
    expect((await remindersOf(org.organisationId, restIds)).some((r) => r.status === "pending")).toBe(true);
    // Session 1 took place (finishing a treatment is its own flow); it is now the afternoon after.
    await server.deps.db
      .updateTable("appointments")
      .set({ status: "completed" })
      .where("id", "=", first.appointment.id)
      .execute();
    server.clock.now = new Date("2026-11-23T12:00:00Z");
    try {
      const owner = await loginAs(server, org.ownerEmail);
      const cancelled = await owner.request({
        method: "POST",
        url: `/api/v1/courses/${course.id}/cancel`,
        payload: { reason: `  ${reason} ` },
      });
      expect(cancelled.statusCode).toBe(200);
      const body = cancelled.json();
      expect(body).toMatchObject({
        status: "cancelled",
        pausedReason: null,
        progress: { done: 1, upcoming: 0, cancelled: rest.length, suspended: 0 },
      });
      const sessions = body.sessions as Session[];
      expect(sessions[0]?.appointment.status).toBe("completed");
      for (const session of sessions.slice(1)) {
        expect(session.appointment).toMatchObject({ status: "cancelled", cancelReason: reason });
      }
      const reminders = await remindersOf(org.organisationId, restIds);
      expect(reminders.filter((r) => r.status === "pending")).toEqual([]);

      // Another client takes a freed slot.
      const taken = await owner.request({
        method: "POST",
        url: "/api/v1/appointments",
        payload: {
          clientId: setup.clientIds[1],
          offeringId: setup.offeringId,
          start: rest[1]?.appointment.start,
        },
      });
      expect(taken.statusCode).toBe(201);
      expect(await overlappingPairs(server.deps, org.organisationId)).toBe(0);

      const audit = await server.deps.db
        .selectFrom("audit_log")
        .selectAll()
        .where("organisation_id", "=", org.organisationId)
        .where("action", "=", "course.cancel")
        .execute();
      expect(audit).toHaveLength(1);
      expect(JSON.stringify(audit[0])).toContain(`"cancelledSessions":${rest.length}`);
      expect(JSON.stringify(audit[0])).not.toContain(reason);

      const again = await owner.request({
        method: "POST",
        url: `/api/v1/courses/${course.id}/cancel`,
        payload: { reason },
      });
      expect(again.statusCode).toBe(409);
      expect(again.headers["content-type"]).toContain("application/problem+json");
      expect(again.json()).toMatchObject({ code: "course-not-cancellable", courseStatus: "cancelled" });
    } finally {
      server.clock.now = new Date("2026-11-20T09:00:00Z");
    }
  });

  it("cancels a paused course's suspended sessions and clears its pause", async () => {
    const { owner, course } = await bookedCourse();
    await owner.request({
      method: "POST",
      url: `/api/v1/courses/${course.id}/pause`,
      payload: { reason: "Frostbite after session 1" },
    });
    const cancelled = await owner.request({
      method: "POST",
      url: `/api/v1/courses/${course.id}/cancel`,
      payload: { reason },
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({
      status: "cancelled",
      pausedReason: null,
      pausedByAdverseEvent: null,
      progress: { suspended: 0, cancelled: course.sessionsPlanned },
    });
  });

  it("refuses a course whose every session was held, naming it completed", async () => {
    const { owner, course } = await bookedCourse();
    await server.deps.db
      .updateTable("appointments")
      .set({ status: "completed" })
      .where("course_id", "=", course.id)
      .execute();
    const refused = await owner.request({
      method: "POST",
      url: `/api/v1/courses/${course.id}/cancel`,
      payload: { reason },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: "course-not-cancellable", courseStatus: "completed" });
  });

  it("asks for a reason, naming the field", async () => {
    const { owner, course } = await bookedCourse();
    const blank = await owner.request({
      method: "POST",
      url: `/api/v1/courses/${course.id}/cancel`,
      payload: { reason: "   " },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({ code: "validation-failed", errors: [{ field: "reason" }] });
    const unchanged = await owner.request({ method: "GET", url: `/api/v1/courses/${course.id}` });
    expect(unchanged.json().status).toBe("active");
  });

  it("answers 404 for another organisation's course and leaves it alone", async () => {
    const { owner, course } = await bookedCourse();
    const other = await createOrganisation(server.deps);
    const stranger = await loginAs(server, other.ownerEmail, undefined, "10.0.0.2");
    const refused = await stranger.request({
      method: "POST",
      url: `/api/v1/courses/${course.id}/cancel`,
      payload: { reason },
    });
    expect(refused.statusCode).toBe(404);
    const unchanged = await owner.request({ method: "GET", url: `/api/v1/courses/${course.id}` });
    expect(unchanged.json().status).toBe("active");
  });
});
