import { z } from "zod";
import { bookCourse } from "../../app/course-booking.ts";
import { cancelCourse } from "../../app/course-cancel.ts";
import { applyReplan, pauseCourse, previewReplan, resumeCourse } from "../../app/course-changes.ts";
import { planCourseRequest } from "../../app/course-planning.ts";
import { clientCourses, getCourse } from "../../app/course-views.ts";
import type { AppDeps } from "../../app/deps.ts";
import {
  courseBookRequestSchema,
  courseCancelSchema,
  coursePauseSchema,
  coursePlanRequestSchema,
} from "../../domain/courses/requests.ts";
import { idempotent } from "../idempotency.ts";
import { defineRoute } from "../route.ts";

const byId = z.object({ id: z.uuid() });
const course = { 200: { description: "The course with its sessions, progress and restrictions" } };

export function courseRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "POST",
      url: "/api/v1/courses/plan",
      summary:
        "Propose dates and times for every session of a course under its spacing rules; when it does not fit, which session breaks which rule and the best partial alternatives",
      tag: "courses",
      auth: "session",
      body: coursePlanRequestSchema,
      responses: { 200: { description: "The proposal (nothing is stored)" } },
      handler: async ({ actor, request }) => planCourseRequest(deps, actor, request.body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/courses",
      summary: "Book every session of a course in one transaction: all or nothing. Honours Idempotency-Key.",
      tag: "courses",
      auth: "session",
      body: courseBookRequestSchema,
      responses: {
        201: { description: "The course" },
        409: { description: "course-slot-taken: plan again" },
        422: { description: "course-rule-broken, slot-unavailable or a screening code" },
      },
      handler: async ({ actor, request, reply }) =>
        idempotent(deps, actor, request, reply, () => bookCourse(deps, actor, request.body)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/courses/:id",
      summary: "A course: sessions done, upcoming and missed, and the restrictions during it",
      tag: "courses",
      auth: "session",
      params: byId,
      responses: course,
      handler: async ({ actor, params }) => getCourse(deps, actor, params.id),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/courses/:id/replan",
      summary: "The sessions still to come, before and after planning them again",
      tag: "courses",
      auth: "session",
      params: byId,
      responses: { 200: { description: "Before and after" } },
      handler: async ({ actor, params }) => previewReplan(deps, actor, params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/courses/:id/replan",
      summary: "Move every session still to come to its re-planned time, all or nothing",
      tag: "courses",
      auth: "session",
      params: byId,
      responses: {
        ...course,
        409: { description: "course-slot-taken" },
        422: { description: "course-does-not-fit" },
      },
      handler: async ({ actor, params }) => applyReplan(deps, actor, params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/courses/:id/pause",
      summary: "Pause a course (e.g. after an adverse event): its future sessions stop holding their slots",
      tag: "courses",
      auth: "session",
      params: byId,
      body: coursePauseSchema,
      responses: course,
      handler: async ({ actor, params, request }) => pauseCourse(deps, actor, params.id, request.body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/courses/:id/resume",
      summary: "Resume a paused course; plan it again to give its sessions new times",
      tag: "courses",
      auth: "session",
      params: byId,
      responses: course,
      handler: async ({ actor, params }) => resumeCourse(deps, actor, params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/courses/:id/cancel",
      summary:
        "Cancel an active or paused course: every session still to come is cancelled with the reason and frees its slot; sessions held or missed stay",
      tag: "courses",
      auth: "session",
      params: byId,
      body: courseCancelSchema,
      responses: {
        ...course,
        409: { description: "course-not-cancellable: the course is completed or cancelled" },
      },
      handler: async ({ actor, params, request }) => cancelCourse(deps, actor, params.id, request.body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/clients/:id/courses",
      summary: "A client's courses with their progress",
      tag: "courses",
      auth: "session",
      params: byId,
      responses: { 200: { description: "Courses" } },
      handler: async ({ actor, params }) => clientCourses(deps, actor, params.id),
    }),
  ];
}
