import type { Actor } from "../domain/actor.ts";
import { holdKeys } from "../domain/booking/hold-keys.ts";
import { addDays, laterDate, localDateOf } from "../domain/booking/local-time.ts";
import { renumberRemaining } from "../domain/courses/renumber.ts";
import { coursePauseSchema } from "../domain/courses/requests.ts";
import type { PlannedSession } from "../domain/courses/types.ts";
import { conflict, DomainError, notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { type AppointmentView, findAppointments } from "../store/appointment-read-store.ts";
import {
  lockBookingParties,
  moveAppointment,
  reinstateCourseSession,
  setAppointmentStatus,
} from "../store/appointment-store.ts";
import { appendAudit } from "../store/audit-store.ts";
import { findBookableOffering } from "../store/availability-store.ts";
import { findClient } from "../store/client-store.ts";
import {
  courseSessionStates,
  findCourses,
  setCourseStatus,
  suspendSessionsFrom,
} from "../store/course-store.ts";
import { type Executor, inTransaction } from "../store/transaction.ts";
import { presentAppointment } from "./appointment-service.ts";
import { insertBookedSession } from "./booked-session.ts";
import { assertRecovered, overlapOf } from "./booking-outcomes.ts";
import { presentPlan, proposeCourse } from "./course-planning.ts";
import { courseView } from "./course-views.ts";
import type { AppDeps } from "./deps.ts";
import { cancelReminders, scheduleReminders } from "./reminder-service.ts";

// Life happens: a session is moved, cancelled or missed, or the course is paused after
// an adverse event. The sessions still to come are planned again inside the rules, shown
// as before and after, and applied all at once.

/** The longest buffer an offering may have (0005_booking.sql). */
const MAX_BUFFER = 120 * 60_000;
const HELD = new Set(["completed", "checked-in"]);
const TO_MOVE = new Set(["booked", "suspended"]);

/** Why a re-plan cancelled a session: not a day the client turned down. */
const REPLANNED = "course re-planned";

const mostCommon = (values: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
};

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** The stored time-of-day wish as the request writes it. */
const clockWindow = (window: { from: number; to: number } | null) =>
  window ? { timeFrom: clock(window.from), ...(window.to < 24 * 60 && { timeTo: clock(window.to) }) } : {};

async function loadCourse(deps: AppDeps, organisationId: string, courseId: string) {
  const [course] = await findCourses(deps.db, organisationId, { id: courseId });
  if (!course) throw notFound("course");
  const appointments = await findAppointments(deps.db, organisationId, { courseId });
  return { course, appointments };
}

async function replanProposal(deps: AppDeps, actor: Actor, courseId: string) {
  const { course, appointments } = await loadCourse(deps, actor.organisationId, courseId);
  if (course.status !== "active")
    throw conflict(
      "course-not-active",
      `A ${course.status} course cannot be planned again. Resume it first.`,
    );
  const held = appointments.filter((a) => HELD.has(a.status));
  const moving = appointments.filter((a) => TO_MOVE.has(a.status));
  const needed = Math.max(0, course.sessions - held.length);
  if (needed === 0) throw conflict("course-complete", "Every session of this course has taken place.");
  const client = await findClient(deps.db, actor.organisationId, course.clientId);
  if (client?.archivedAt)
    throw new DomainError("unprocessable", "client-archived", "The client is archived. Restore them first.");
  const timeZone = appointments[0]?.timeZone ?? "UTC";
  const dateOf = (instant: number) => localDateOf(instant, timeZone);
  const lastHeld = held.map((a) => a.start.getTime()).sort((a, b) => b - a)[0];
  const firstMoving = moving.map((a) => a.start.getTime()).sort((a, b) => a - b)[0];
  const today = dateOf(actor.now.getTime());
  // The rest of the course starts no earlier than today, than the rhythm after the last
  // session held allows, or than its first session still to come was: a re-plan repairs
  // the course, it does not pull untouched sessions forward.
  const firstDate = [
    ...(lastHeld === undefined ? [] : [addDays(dateOf(lastHeld), course.rules.minDaysBetween)]),
    ...(firstMoving === undefined ? [] : [dateOf(firstMoving)]),
  ].reduce(laterDate, today);
  const practitioner = course.preferences.practitionerId ?? mostCommon(moving.map((a) => a.practitioner.id));
  const outcome = await proposeCourse(
    deps,
    actor.organisationId,
    {
      clientId: course.clientId,
      offeringId: course.offeringId,
      sessions: course.sessions,
      minDaysBetween: course.rules.minDaysBetween,
      maxDaysBetween: course.rules.maxDaysBetween,
      preferences: {
        weekdays: course.preferences.weekdays,
        ...clockWindow(course.preferences.timeOfDay),
        ...(practitioner && { practitionerId: practitioner }),
      },
      require: { practitioner: false, timeOfDay: false, firstDate: false },
    },
    actor.now,
    {
      courseId: course.id,
      courseStart: appointments.map((a) => a.start).sort((a, b) => a.getTime() - b.getTime())[0],
      includeInactiveOffering: true,
      sessions: needed,
      firstDate,
      exceptAppointmentIds: moving.map((a) => a.id),
      // A session the client cancelled is a day they cannot come: the new plan keeps off it.
      declinedDates: appointments
        .filter((a) => a.status === "cancelled" && a.cancelReason !== REPLANNED && a.start >= actor.now)
        .map((a) => dateOf(a.start.getTime())),
    },
  );
  const numbering = renumberRemaining(
    held.map((a) => a.course?.session ?? 0),
    moving.map((a) => a.course?.session ?? 0),
    needed,
  );
  const targets = [...numbering.moved.map((m) => m.to), ...numbering.added];
  const planned: PlannedSession[] = outcome.plan.sessions.map((session, index) => ({
    ...session,
    number: targets[index] ?? session.number,
  }));
  return { course, held, moving, numbering, outcome, planned };
}

/** GET /courses/{id}/replan: the sessions still to come, before and after planning them again. */
export async function previewReplan(deps: AppDeps, actor: Actor, courseId: string) {
  assertCan(actor.roles, "booking.read");
  const { moving, outcome, planned } = await replanProposal(deps, actor, courseId);
  return {
    timeZone: outcome.timeZone,
    before: moving.map(presentAppointment),
    after: presentPlan(
      outcome.plan.ok ? { ok: true, sessions: planned } : { ...outcome.plan, sessions: planned },
      outcome.timeZone,
      outcome.practitionerNames,
    ),
  };
}

/** POST /courses/{id}/replan: moves every session still to come to its new time, all or nothing. */
export async function applyReplan(deps: AppDeps, actor: Actor, courseId: string) {
  assertCan(actor.roles, "booking.write");
  const { course, moving, numbering, outcome, planned } = await replanProposal(deps, actor, courseId);
  if (!outcome.plan.ok) {
    throw new DomainError(
      "unprocessable",
      "course-does-not-fit",
      "The rest of the course does not fit its rules.",
      {
        problem: outcome.plan.problem,
      },
    );
  }
  const byNumber = new Map(moving.map((a) => [a.course?.session ?? 0, a]));
  try {
    await inTransaction(deps.db, async (tx) => {
      // The course as it was planned from, or nothing: a second re-plan, a pause, a check-in
      // or a cancellation since then makes this plan stale.
      const [locked] = await findCourses(tx, actor.organisationId, { id: course.id, forUpdate: true });
      const now = await courseSessionStates(tx, actor.organisationId, course.id);
      const before = moving
        .map((a) => `${a.id}:${a.status}`)
        .sort()
        .join();
      const current = now
        .filter((a) => TO_MOVE.has(a.status))
        .map((a) => `${a.id}:${a.status}`)
        .sort()
        .join();
      if (locked?.status !== "active" || before !== current)
        throw conflict(
          "course-changed",
          "The course changed meanwhile. Look at the new plan and apply it again.",
        );
      // Buffers are at most two hours: the keys cover every session's held time.
      await lockBookingParties(
        tx,
        holdKeys(
          planned.map((session) => ({
            parties: [course.clientId, session.practitionerId, ...session.resourceIds],
            held: { start: session.start - MAX_BUFFER, end: session.end + MAX_BUFFER },
          })),
        ),
      );
      // Every session to move lets go of its slot first: the new times may swap between them.
      await suspendSessionsFrom(tx, actor.organisationId, course.id, new Date(0), actor.now);
      for (const [index, session] of planned.entries()) {
        const move = numbering.moved[index];
        const existing = move ? byNumber.get(move.from) : undefined;
        if (existing) await rebook(tx, deps, actor, existing, session);
        else await addSession(tx, deps, actor, course, session);
      }
      // Sessions beyond what is still needed (the course got shorter) are cancelled.
      for (const extra of moving.slice(planned.length)) {
        await cancelExtra(tx, actor, extra);
      }
      await appendAudit(tx, actor, {
        action: "course.replan",
        entityType: "course",
        entityId: course.id,
        details: {
          before: moving.map((a) => ({ session: a.course?.session, start: a.start.toISOString() })),
          after: planned.map((s) => ({ session: s.number, start: new Date(s.start).toISOString() })),
        },
      });
    });
  } catch (error) {
    if (overlapOf(error))
      throw conflict("course-slot-taken", "A new time has just been taken. Plan the course again.");
    throw error;
  }
  return courseView(deps, actor.organisationId, courseId);
}

const timesOf = (session: PlannedSession, existing: { blocked: { before: number; after: number } }) => ({
  start: new Date(session.start),
  end: new Date(session.end),
  blockedStart: new Date(session.start - existing.blocked.before),
  blockedEnd: new Date(session.end + existing.blocked.after),
});

/** An existing session's buffers, kept when it moves. */
const buffersOf = (a: AppointmentView) => ({
  blocked: {
    before: a.start.getTime() - a.blockedStart.getTime(),
    after: a.blockedEnd.getTime() - a.end.getTime(),
  },
});

async function rebook(
  tx: Executor,
  deps: AppDeps,
  actor: Actor,
  existing: AppointmentView,
  session: PlannedSession,
) {
  await moveAppointment(tx, actor.organisationId, existing.id, {
    practitionerId: session.practitionerId,
    resourceIds: session.resourceIds,
    times: timesOf(session, buffersOf(existing)),
    now: actor.now,
  });
  // Moved first, then booked again: a suspended session must not hold its old slot even for a moment.
  await reinstateCourseSession(tx, actor.organisationId, existing.id, {
    number: session.number,
    now: actor.now,
  });
  await cancelReminders(tx, actor.organisationId, existing.id);
  await scheduleReminders(tx, {
    organisationId: actor.organisationId,
    appointmentId: existing.id,
    startsAt: new Date(session.start),
    now: actor.now,
    newId: deps.newId,
  });
}

async function addSession(
  tx: Executor,
  deps: AppDeps,
  actor: Actor,
  course: { id: string; clinicId: string; clientId: string; offeringId: string },
  session: PlannedSession,
) {
  const offering = await findBookableOffering(tx, actor.organisationId, course.offeringId);
  if (!offering) throw notFound("offering");
  const before = offering.rules.bufferBeforeMinutes * 60_000;
  const after = offering.rules.bufferAfterMinutes * 60_000;
  await insertBookedSession(tx, deps, actor, {
    offering,
    clientId: course.clientId,
    practitionerId: session.practitionerId,
    time: {
      start: session.start,
      end: session.end,
      blocked: { start: session.start - before, end: session.end + after },
    },
    resourceIds: session.resourceIds,
    source: "staff",
    notes: "",
    course: { id: course.id, number: session.number },
  });
}

async function cancelExtra(tx: Executor, actor: Actor, appointment: AppointmentView) {
  await setAppointmentStatus(tx, actor.organisationId, appointment.id, {
    status: "cancelled",
    cancelReason: REPLANNED,
    now: actor.now,
  });
  await cancelReminders(tx, actor.organisationId, appointment.id);
}

/** Pauses a course (e.g. after an adverse event): its future sessions stop holding their slots. */
export async function pauseCourse(deps: AppDeps, actor: Actor, courseId: string, body: unknown) {
  assertCan(actor.roles, "booking.write");
  // Existence first: another organisation's course is a 404 whatever the body says.
  await courseView(deps, actor.organisationId, courseId);
  const { reason } = parseOrThrow(coursePauseSchema, body);
  await inTransaction(deps.db, (tx) => pauseCourseIn(tx, actor, courseId, { reason, adverseEventId: null }));
  return courseView(deps, actor.organisationId, courseId);
}

/** The pause itself, for callers already in a transaction (recording an adverse event). */
export async function pauseCourseIn(
  tx: Executor,
  actor: Actor,
  courseId: string,
  cause: { reason: string | null; adverseEventId: string | null },
) {
  const [course] = await findCourses(tx, actor.organisationId, { id: courseId, forUpdate: true });
  if (!course) throw notFound("course");
  if (course.status !== "active")
    throw conflict("course-not-active", `A ${course.status} course cannot be paused.`);
  await setCourseStatus(tx, actor.organisationId, courseId, {
    status: "paused",
    pause: cause,
    now: actor.now,
  });
  const suspended = await suspendSessionsFrom(tx, actor.organisationId, courseId, actor.now, actor.now);
  for (const id of suspended) await cancelReminders(tx, actor.organisationId, id);
  await appendAudit(tx, actor, {
    action: "course.pause",
    entityType: "course",
    entityId: courseId,
    details: {
      suspendedSessions: suspended.length,
      ...(cause.adverseEventId && { adverseEventId: cause.adverseEventId }),
    },
  });
}

/** Resumes a paused course; its suspended sessions get new times through a re-plan. */
export async function resumeCourse(deps: AppDeps, actor: Actor, courseId: string) {
  assertCan(actor.roles, "booking.write");
  await inTransaction(deps.db, async (tx) => {
    const [course] = await findCourses(tx, actor.organisationId, { id: courseId, forUpdate: true });
    if (!course) throw notFound("course");
    if (course.status !== "paused")
      throw conflict("course-not-paused", "Only a paused course can be resumed.");
    // A course paused for an adverse event resumes only after the recovery is recorded.
    await assertRecovered(tx, actor.organisationId, course.clientId);
    await setCourseStatus(tx, actor.organisationId, courseId, {
      status: "active",
      pause: null,
      now: actor.now,
    });
    await appendAudit(tx, actor, { action: "course.resume", entityType: "course", entityId: courseId });
  });
  return courseView(deps, actor.organisationId, courseId);
}
