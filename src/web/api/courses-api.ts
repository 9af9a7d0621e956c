import type {
  Course,
  CourseBookRequest,
  CoursePlan,
  CoursePlanRequest,
  ReplanPreview,
} from "./courses-types.ts";
import { request } from "./http.ts";

// Courses: planned under their spacing rules, booked all at once, and re-planned, paused,
// resumed or cancelled when life happens.

const coursePath = (id: string) => `/courses/${encodeURIComponent(id)}`;

export const coursesApi = {
  /** A proposal for every session; nothing is stored. */
  plan: (input: CoursePlanRequest) => request<CoursePlan>("POST", "/courses/plan", { body: input }),
  /** All sessions or none; the key is made once per course the user confirms, so a retry books once. */
  book: (input: CourseBookRequest, idempotencyKey: string) =>
    request<Course>("POST", "/courses", { body: input, idempotencyKey }),
  get: (id: string) => request<Course>("GET", coursePath(id)),
  ofClient: (clientId: string) =>
    request<{ items: Course[] }>("GET", `/clients/${encodeURIComponent(clientId)}/courses`),
  replanPreview: (id: string) => request<ReplanPreview>("GET", `${coursePath(id)}/replan`),
  replan: (id: string) => request<Course>("POST", `${coursePath(id)}/replan`),
  pause: (id: string, reason: string) =>
    request<Course>("POST", `${coursePath(id)}/pause`, { body: { reason } }),
  resume: (id: string) => request<Course>("POST", `${coursePath(id)}/resume`),
  cancel: (id: string, reason: string) =>
    request<Course>("POST", `${coursePath(id)}/cancel`, { body: { reason } }),
};
