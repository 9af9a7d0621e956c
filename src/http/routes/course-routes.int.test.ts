import { beforeAll, describe, expect, it } from "vitest";
import { createBookingSetup, overlappingPairs } from "../../../test/support/booking-fixtures.ts";
import { createOrganisation } from "../../../test/support/factories.ts";
import {
  loginAs,
  type Session,
  startTestServer,
  type TestServer,
} from "../../../test/support/test-server.ts";
import { daysBetween } from "../../domain/booking/local-time.ts";

// Whole courses: planned under spacing rules, booked all at once, re-planned when a
// session is cancelled, paused and resumed. The clock stands at Friday 2026-11-20 in Moscow.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

interface PlannedSession {
  number: number;
  date: string;
  start: string;
  practitioner: { id: string };
  resourceIds: string[];
}

async function clinic(options: Parameters<typeof createBookingSetup>[2] = {}) {
  const org = await createOrganisation(server.deps);
  const setup = await createBookingSetup(server.deps, org, { clients: 2, ...options });
  const owner = await loginAs(server, org.ownerEmail);
  return { org, setup, owner };
}

const plan = (session: Session, payload: Record<string, unknown>) =>
  session.request({ method: "POST", url: "/api/v1/courses/plan", payload });

const asBooking = (sessions: PlannedSession[]) =>
  sessions.map((s) => ({
    number: s.number,
    start: s.start,
    practitionerId: s.practitioner.id,
    resourceIds: s.resourceIds,
  }));

function expectSpacing(sessions: { date: string }[], min: number, max: number) {
  for (let i = 1; i < sessions.length; i++) {
    const days = daysBetween(sessions[i - 1]?.date as string, sessions[i]?.date as string);
    expect(days).toBeGreaterThanOrEqual(min);
    expect(days).toBeLessThanOrEqual(max);
  }
}

describe("planning and booking a course", () => {
  it("plans every session of an ice cryomassage course two to three days apart and books them all", async () => {
    const { org, setup, owner } = await clinic();
    const request = {
      clientId: setup.clientIds[0],
      offeringId: setup.offeringId,
      firstDate: "2026-11-23",
      preferences: { timeFrom: "10:00", timeTo: "12:00" },
    };
    const proposal = await plan(owner, request);
    expect(proposal.statusCode).toBe(200);
    const body = proposal.json();
    expect(body.complete).toBe(true);
    expect(body.rules).toMatchObject({ minDaysBetween: 2, maxDaysBetween: 3 });
    expect(body.sessions).toHaveLength(body.rules.sessions);
    expect(body.sessions[0]).toMatchObject({
      number: 1,
      date: "2026-11-23",
      start: "2026-11-23T10:00:00+03:00",
    });
    expectSpacing(body.sessions, 2, 3);
    // The same time of day throughout.
    expect(new Set(body.sessions.map((s: PlannedSession) => s.start.slice(11)))).toEqual(
      new Set(["10:00:00+03:00"]),
    );

    const booked = await owner.request({
      method: "POST",
      url: "/api/v1/courses",
      payload: { plan: request, sessions: asBooking(body.sessions) },
    });
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({
      status: "active",
      progress: { upcoming: body.rules.sessions, done: 0, missed: 0 },
    });
    expect(booked.json().restrictions.length).toBeGreaterThanOrEqual(0);
    const third = booked.json().sessions[2].appointment;
    expect(third.course).toMatchObject({ session: 3, sessions: body.rules.sessions });
    // The client's calendar feed names each session's place in the course.
    const feed = await owner.request({
      method: "POST",
      url: `/api/v1/clients/${setup.clientIds[0]}/calendar-feeds`,
    });
    const ics = await server.app.inject({ method: "GET", url: feed.json().path });
    expect(ics.body).toContain(`SUMMARY:Ice cryomassage 3/${body.rules.sessions} — Test clinic`);
    expect(await overlappingPairs(server.deps, org.organisationId)).toBe(0);
  });

  it("refuses hand-edited sessions that break the spacing rule, naming the session", async () => {
    const { setup, owner } = await clinic();
    const request = { clientId: setup.clientIds[0], offeringId: setup.offeringId, firstDate: "2026-11-23" };
    const sessions = plan(owner, request).then((r) => r.json().sessions as PlannedSession[]);
    const edited = asBooking(await sessions);
    (edited[1] as { start: string }).start = "2026-11-24T10:00:00+03:00";
    const refused = await owner.request({
      method: "POST",
      url: "/api/v1/courses",
      payload: { plan: request, sessions: edited },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: "course-rule-broken",
      number: 2,
      rule: "spacing-too-short",
    });
  });

  it("books nothing when one session's slot is taken between planning and booking", async () => {
    const { org, setup, owner } = await clinic();
    const request = { clientId: setup.clientIds[0], offeringId: setup.offeringId, firstDate: "2026-11-23" };
    const sessions: PlannedSession[] = (await plan(owner, request)).json().sessions;
    const taken = await owner.request({
      method: "POST",
      url: "/api/v1/appointments",
      payload: { clientId: setup.clientIds[1], offeringId: setup.offeringId, start: sessions[4]?.start },
    });
    expect(taken.statusCode).toBe(201);
    const refused = await owner.request({
      method: "POST",
      url: "/api/v1/courses",
      payload: { plan: request, sessions: asBooking(sessions) },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: "course-slot-taken", session: 5 });
    const courses = await owner.request({
      method: "GET",
      url: `/api/v1/clients/${setup.clientIds[0]}/courses`,
    });
    expect(courses.json().items).toEqual([]);
    const rows = await server.deps.db
      .selectFrom("appointments")
      .select("id")
      .where("organisation_id", "=", org.organisationId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("says which session breaks which rule when the course cannot fit, with partial alternatives", async () => {
    // Open on Mondays only: sessions two to three days apart cannot follow each other.
    const monday = [{ open: "09:00", close: "18:00" }];
    const { setup, owner } = await clinic({
      openingHours: { mon: monday, tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    });
    const proposal = (
      await plan(owner, { clientId: setup.clientIds[0], offeringId: setup.offeringId })
    ).json();
    expect(proposal.complete).toBe(false);
    expect(proposal.problem).toMatchObject({ number: 2, rule: "no-slot-in-spacing" });
    expect(proposal.sessions).toHaveLength(1);
  });
});

describe("when life happens", () => {
  async function bookedCourse() {
    const context = await clinic();
    const request = {
      clientId: context.setup.clientIds[0],
      offeringId: context.setup.offeringId,
      firstDate: "2026-11-23",
    };
    const sessions: PlannedSession[] = (await plan(context.owner, request)).json().sessions;
    const course = (
      await context.owner.request({
        method: "POST",
        url: "/api/v1/courses",
        payload: { plan: request, sessions: asBooking(sessions) },
      })
    ).json();
    return { ...context, course };
  }

  it("re-plans the rest after a cancelled session, showing before and after, inside the rules", async () => {
    const { org, owner, course } = await bookedCourse();
    const second = course.sessions[1].appointment;
    await owner.request({ method: "POST", url: `/api/v1/appointments/${second.id}/cancel`, payload: {} });
    const preview = (
      await owner.request({ method: "GET", url: `/api/v1/courses/${course.id}/replan` })
    ).json();
    expect(preview.before.length).toBe(course.sessionsPlanned - 1);
    expect(preview.after.complete).toBe(true);
    expect(preview.after.sessions).toHaveLength(course.sessionsPlanned);
    // The day the client cancelled is not offered to them again.
    expect(preview.after.sessions.map((s: PlannedSession) => s.date)).not.toContain(
      second.start.slice(0, 10),
    );

    const applied = await owner.request({ method: "POST", url: `/api/v1/courses/${course.id}/replan` });
    expect(applied.statusCode).toBe(200);
    const upcoming = applied
      .json()
      .sessions.filter((s: { state: string }) => s.state === "upcoming")
      .map((s: { number: number; appointment: { start: string } }) => ({
        number: s.number,
        date: s.appointment.start.slice(0, 10),
      }));
    expect(upcoming.map((s: { number: number }) => s.number)).toEqual(
      Array.from({ length: course.sessionsPlanned }, (_, i) => i + 1),
    );
    expectSpacing(upcoming, course.rules.minDaysBetween, course.rules.maxDaysBetween);
    expect(await overlappingPairs(server.deps, org.organisationId)).toBe(0);
  });

  it("re-plans a course that has a repeat-course pause without mistaking itself for the course before", async () => {
    // Nitrogen cryomassage may be repeated only after six months (001:107).
    const { owner, setup } = await clinic({ procedureId: "nitrogen-cryomassage" });
    const request = { clientId: setup.clientIds[0], offeringId: setup.offeringId, firstDate: "2026-11-23" };
    const sessions: PlannedSession[] = (await plan(owner, request)).json().sessions;
    const course = (
      await owner.request({
        method: "POST",
        url: "/api/v1/courses",
        payload: { plan: request, sessions: asBooking(sessions) },
      })
    ).json();
    await owner.request({
      method: "POST",
      url: `/api/v1/appointments/${course.sessions[0].appointment.id}/cancel`,
      payload: {},
    });
    const preview = (
      await owner.request({ method: "GET", url: `/api/v1/courses/${course.id}/replan` })
    ).json();
    expect(preview.after.complete).toBe(true);
    expect(preview.after.sessions[0].date <= "2026-11-30").toBe(true);
  });

  it("pauses a course to free its slots, and books them again after resuming and re-planning", async () => {
    const { org, setup, owner, course } = await bookedCourse();
    const paused = await owner.request({
      method: "POST",
      url: `/api/v1/courses/${course.id}/pause`,
      payload: { reason: "Frostbite after session 1: wait until the skin heals" },
    });
    expect(paused.json()).toMatchObject({
      status: "paused",
      progress: { suspended: course.sessionsPlanned },
    });
    const first = course.sessions[0].appointment.start as string;
    const free = await owner.request({
      method: "GET",
      url: `/api/v1/clinics/${org.clinicId}/availability?offering=${setup.offeringId}&from=${first.slice(0, 10)}&to=2026-11-24`,
    });
    expect(free.json().slots.map((s: { start: string }) => s.start)).toContain(first);
    const cannotReplan = await owner.request({ method: "POST", url: `/api/v1/courses/${course.id}/replan` });
    expect(cannotReplan.json().code).toBe("course-not-active");

    await owner.request({ method: "POST", url: `/api/v1/courses/${course.id}/resume` });
    const replanned = await owner.request({ method: "POST", url: `/api/v1/courses/${course.id}/replan` });
    expect(replanned.json().progress).toMatchObject({ upcoming: course.sessionsPlanned, suspended: 0 });
  });

  it("applies one of two re-plans sent at once; the other is told the course changed", async () => {
    const { owner, course } = await bookedCourse();
    await owner.request({
      method: "POST",
      url: `/api/v1/appointments/${course.sessions[4].appointment.id}/cancel`,
      payload: {},
    });
    const results = await Promise.all(
      [1, 2].map(() => owner.request({ method: "POST", url: `/api/v1/courses/${course.id}/replan` })),
    );
    const codes = results.map((r) => (r.statusCode === 200 ? 200 : r.json().code)).sort();
    expect(codes).toEqual([200, "course-changed"]);
  });

  it("keeps a re-planned course at the time of day it was booked for", async () => {
    const context = await clinic();
    const request = {
      clientId: context.setup.clientIds[0],
      offeringId: context.setup.offeringId,
      firstDate: "2026-11-23",
      preferences: { timeFrom: "18:00", timeTo: "20:00" },
    };
    const sessions: PlannedSession[] = (await plan(context.owner, request)).json().sessions;
    const course = (
      await context.owner.request({
        method: "POST",
        url: "/api/v1/courses",
        payload: { plan: request, sessions: asBooking(sessions) },
      })
    ).json();
    await context.owner.request({
      method: "POST",
      url: `/api/v1/appointments/${course.sessions[1].appointment.id}/cancel`,
      payload: {},
    });
    const preview = (
      await context.owner.request({ method: "GET", url: `/api/v1/courses/${course.id}/replan` })
    ).json();
    expect(new Set(preview.after.sessions.map((s: PlannedSession) => s.start.slice(11, 16)))).toEqual(
      new Set(["18:00"]),
    );
  });
});

describe("what a course booking refuses", () => {
  it("a session on a day the client already has a cold procedure", async () => {
    const { setup, owner } = await clinic();
    const request = { clientId: setup.clientIds[0], offeringId: setup.offeringId, firstDate: "2026-11-23" };
    const sessions: PlannedSession[] = (await plan(owner, request)).json().sessions;
    // Booked between planning and booking, four hours after session 3.
    const third = new Date(Date.parse(sessions[2]?.start as string) + 4 * 3_600_000);
    await owner.request({
      method: "POST",
      url: "/api/v1/appointments",
      payload: { clientId: setup.clientIds[0], offeringId: setup.offeringId, start: third.toISOString() },
    });
    const refused = await owner.request({
      method: "POST",
      url: "/api/v1/courses",
      payload: { plan: request, sessions: asBooking(sessions) },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: "course-rule-broken",
      number: 3,
      rule: "one-cold-procedure-per-day",
    });
  });

  it("a course longer than sixty sessions, as a clinic protocol may ask for", async () => {
    const { org, setup, owner } = await clinic();
    await owner.request({
      method: "PUT",
      url: `/api/v1/clinics/${org.clinicId}/protocols/ice-cryomassage`,
      payload: {
        values: { courseSessions: 80 },
        offLabelReason: "A long maintenance programme agreed with the client.",
      },
    });
    const proposal = await plan(owner, { clientId: setup.clientIds[0], offeringId: setup.offeringId });
    expect(proposal.statusCode).toBe(422);
    expect(proposal.json().code).toBe("course-too-long");
  });
});
