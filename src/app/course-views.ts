import type { Actor } from "../domain/actor.ts";
import { notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { findAdverseEvents } from "../store/adverse-event-store.ts";
import { findAppointments } from "../store/appointment-read-store.ts";
import { findClient } from "../store/client-store.ts";
import { type CourseRow, findCourses } from "../store/course-store.ts";
import { presentAppointment } from "./appointment-service.ts";
import { procedureOf } from "./course-context.ts";
import type { AppDeps } from "./deps.ts";

// A course as the client page shows it: every session with its state, how far along
// the course is, and the aftercare restrictions that hold while it runs.

type SessionState = "done" | "upcoming" | "missed" | "cancelled" | "suspended";

const STATE: Record<string, SessionState> = {
  completed: "done",
  "checked-in": "done",
  booked: "upcoming",
  "no-show": "missed",
  cancelled: "cancelled",
  suspended: "suspended",
};

/** The catalog's aftercare rules that hold for the whole course, with their sources. */
export function courseRestrictions(procedureId: string) {
  return procedureOf(procedureId)
    .aftercare.filter((item) => item.timing === "during-course")
    .map((item) => ({ text: item.text, sources: item.sources }));
}

/** Every session held: the course is over, whatever is stored. */
export function shownCourseStatus(course: Pick<CourseRow, "status" | "sessions">, held: number) {
  return course.status === "active" && held >= course.sessions ? "completed" : course.status;
}

async function present(deps: AppDeps, organisationId: string, course: CourseRow) {
  const appointments = (await findAppointments(deps.db, organisationId, { courseId: course.id })).map(
    presentAppointment,
  );
  const sessions = appointments
    .map((appointment) => ({
      number: appointment.course?.session ?? 0,
      state: STATE[appointment.status] ?? "upcoming",
      appointment,
    }))
    .sort((a, b) => a.number - b.number || a.appointment.start.localeCompare(b.appointment.start));
  const count = (state: SessionState) => sessions.filter((s) => s.state === state).length;
  const procedureId = appointments[0]?.offering.procedureId;
  const [pausingEvent] = course.pausedByAdverseEvent
    ? await findAdverseEvents(deps.db, organisationId, { id: course.pausedByAdverseEvent })
    : [];
  return {
    id: course.id,
    name: course.name,
    clientId: course.clientId,
    offeringId: course.offeringId,
    status: shownCourseStatus(course, count("done")),
    pausedReason: course.pausedReason,
    pausedByAdverseEvent: pausingEvent
      ? {
          id: pausingEvent.id,
          type: pausingEvent.type,
          severity: pausingEvent.severity,
          onsetAt: pausingEvent.onsetAt,
          recovered: pausingEvent.recovery !== null,
        }
      : null,
    sessionsPlanned: course.sessions,
    rules: course.rules,
    progress: {
      done: count("done"),
      upcoming: count("upcoming"),
      missed: count("missed"),
      cancelled: count("cancelled"),
      suspended: count("suspended"),
    },
    sessions,
    restrictions: procedureId ? courseRestrictions(procedureId) : [],
  };
}

export async function courseView(deps: AppDeps, organisationId: string, courseId: string) {
  const [course] = await findCourses(deps.db, organisationId, { id: courseId });
  if (!course) throw notFound("course");
  return present(deps, organisationId, course);
}

export async function getCourse(deps: AppDeps, actor: Actor, courseId: string) {
  assertCan(actor.roles, "booking.read");
  return courseView(deps, actor.organisationId, courseId);
}

export async function clientCourses(deps: AppDeps, actor: Actor, clientId: string) {
  assertCan(actor.roles, "booking.read");
  if (!(await findClient(deps.db, actor.organisationId, clientId))) throw notFound("client");
  const courses = await findCourses(deps.db, actor.organisationId, { clientId });
  return { items: await Promise.all(courses.map((course) => present(deps, actor.organisationId, course))) };
}
