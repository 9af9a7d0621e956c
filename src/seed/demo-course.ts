import { bookCourse } from "../app/course-booking.ts";
import { planCourseRequest } from "../app/course-planning.ts";
import type { AppDeps } from "../app/deps.ts";
import type { Actor } from "../domain/actor.ts";

// One client on a course, planned and booked as the wizard does: ten sessions of ice
// cryomassage with the physiotherapist, Monday, Wednesday and Friday after work (the
// catalog spaces its sessions two to three days apart), so the course panel and the
// calendar show a course under way.

export const DEMO_COURSE = {
  client: "Ковалёв",
  procedureId: "ice-cryomassage",
  /** ISO weekdays: Monday, Wednesday, Friday. */
  weekdays: [1, 3, 5],
  timeFrom: "16:30",
  timeTo: "17:30",
};

/** Plans and books the demo course; leaves it out when the planner cannot fit it. */
export async function bookDemoCourse(
  deps: AppDeps,
  actor: Actor,
  ids: { clientId: string; offeringId: string; practitionerId: string },
): Promise<void> {
  const plan = {
    clientId: ids.clientId,
    offeringId: ids.offeringId,
    preferences: {
      weekdays: DEMO_COURSE.weekdays,
      timeFrom: DEMO_COURSE.timeFrom,
      timeTo: DEMO_COURSE.timeTo,
      practitionerId: ids.practitionerId,
    },
    require: { practitioner: true, timeOfDay: true },
  };
  const proposal = await planCourseRequest(deps, actor, plan);
  if (!proposal.complete) return;
  await bookCourse(deps, actor, {
    plan,
    sessions: proposal.sessions.map((session) => ({
      number: session.number,
      start: session.start,
      practitionerId: session.practitioner.id,
    })),
  });
}
