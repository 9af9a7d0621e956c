import type { Actor } from "../domain/actor.ts";
import { courseCancelSchema } from "../domain/courses/requests.ts";
import { conflict, notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { setAppointmentStatus } from "../store/appointment-store.ts";
import { appendAudit } from "../store/audit-store.ts";
import {
  courseSessionStates,
  findCourses,
  sessionsStillToCome,
  setCourseStatus,
} from "../store/course-store.ts";
import { inTransaction } from "../store/transaction.ts";
import { courseView, shownCourseStatus } from "./course-views.ts";
import type { AppDeps } from "./deps.ts";
import { cancelReminders } from "./reminder-service.ts";

// The client stops the course altogether. Sessions already held or missed stay as the
// record of what happened; every session still to come is cancelled and frees its slot.

const HELD = new Set(["completed", "checked-in"]);

/** POST /courses/{id}/cancel: cancels the course and every session it still has to come. */
export async function cancelCourse(deps: AppDeps, actor: Actor, courseId: string, body: unknown) {
  assertCan(actor.roles, "booking.write");
  // Existence first: another organisation's course is a 404 whatever the body says.
  await courseView(deps, actor.organisationId, courseId);
  const { reason } = parseOrThrow(courseCancelSchema, body);
  await inTransaction(deps.db, async (tx) => {
    const [course] = await findCourses(tx, actor.organisationId, { id: courseId, forUpdate: true });
    if (!course) throw notFound("course");
    const held = (await courseSessionStates(tx, actor.organisationId, courseId)).filter((s) =>
      HELD.has(s.status),
    ).length;
    // An active course whose every session was held is shown as completed: nothing is left to cancel.
    const status = shownCourseStatus(course, held);
    if (status !== "active" && status !== "paused")
      throw conflict("course-not-cancellable", `A ${status} course cannot be cancelled.`, {
        courseStatus: status,
      });
    const cancelled = await sessionsStillToCome(tx, actor.organisationId, courseId, actor.now);
    for (const id of cancelled) {
      await setAppointmentStatus(tx, actor.organisationId, id, {
        status: "cancelled",
        cancelReason: reason,
        now: actor.now,
      });
      await cancelReminders(tx, actor.organisationId, id);
    }
    // A cancelled course is no longer paused: its pause fields go (0010 allows an event only while paused).
    await setCourseStatus(tx, actor.organisationId, courseId, {
      status: "cancelled",
      pause: null,
      now: actor.now,
    });
    // The reason may carry clinical detail: the audit keeps only how many sessions went.
    await appendAudit(tx, actor, {
      action: "course.cancel",
      entityType: "course",
      entityId: courseId,
      details: { cancelledSessions: cancelled.length },
    });
  });
  return courseView(deps, actor.organisationId, courseId);
}
