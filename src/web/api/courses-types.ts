// The course API's shapes as the web app reads and sends them (docs/booking.md, "Courses"),
// taken from the domain's schemas and types where there is one so they cannot drift.
// Instants carry the clinic's offset ("2026-11-23T10:00:00+03:00"); days are the clinic's
// local dates ("2026-11-23").

import type { z } from "zod";
import type { SessionRuleBreak } from "../../domain/courses/check.ts";
import type { courseBookRequestSchema, coursePlanRequestSchema } from "../../domain/courses/requests.ts";
import type { CourseRules, PlanProblem, RuleBreak, RuleClaim } from "../../domain/courses/types.ts";
import type { AdverseEventType, Severity } from "../../domain/sessions/adverse-events.ts";
import type { Appointment } from "./booking-types.ts";

export type { CourseRules, PlanProblem, RuleBreak, RuleClaim, SessionRuleBreak };

/** What planning a course sends: client, offering, and the wishes (`require` makes them binding). */
export type CoursePlanRequest = z.input<typeof coursePlanRequestSchema>;
/** What booking a course sends: the plan it came from and every session's start. */
export type CourseBookRequest = z.input<typeof courseBookRequestSchema>;

export interface PlannedCourseSession {
  number: number;
  /** The clinic's local date. */
  date: string;
  start: string;
  end: string;
  practitioner: { id: string; name: string };
  resourceIds: string[];
}

/** A whole proposal or a partial one: the sessions that fit and, when not all do, why. */
export interface CourseProposal {
  complete: boolean;
  sessions: PlannedCourseSession[];
  problem: PlanProblem | null;
}

/** Whole courses that fit when one wish gives way. */
export const ALTERNATIVE_KINDS = ["laterStart", "otherPractitioner", "otherTimes"] as const;
export type AlternativeKind = (typeof ALTERNATIVE_KINDS)[number];

export interface CoursePlan extends CourseProposal {
  timeZone: string;
  /** The rules the sessions keep, with every catalog claim behind them and its sources. */
  rules: CourseRules;
  alternatives: Partial<Record<AlternativeKind, CourseProposal>>;
}

export const COURSE_STATUSES = ["active", "paused", "completed", "cancelled"] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export type CourseSessionState = "done" | "upcoming" | "missed" | "cancelled" | "suspended";

/** A course's appointment: "suspended" while the course is paused, and its place in the course. */
export type CourseAppointment = Omit<Appointment, "status"> & {
  status: Appointment["status"] | "suspended";
  course: { id: string; name: string; session: number; sessions: number } | null;
};

export interface CourseSession {
  number: number;
  state: CourseSessionState;
  appointment: CourseAppointment;
}

/** An aftercare rule that holds for the whole course, in both languages, with its article lines. */
export interface CourseRestriction {
  text: { en: string; ru: string };
  sources: { article: string; line: number; excerpt: string }[];
}

export interface Course {
  id: string;
  name: string;
  clientId: string;
  offeringId: string;
  status: CourseStatus;
  pausedReason: string | null;
  /** The adverse event that paused the course: it resumes only once recovery is recorded. */
  pausedByAdverseEvent: {
    id: string;
    type: AdverseEventType;
    severity: Severity;
    onsetAt: string;
    recovered: boolean;
  } | null;
  sessionsPlanned: number;
  rules: CourseRules;
  progress: Record<CourseSessionState, number>;
  sessions: CourseSession[];
  restrictions: CourseRestriction[];
}

/** The sessions still to come as booked now, and as they would be after planning them again. */
export interface ReplanPreview {
  timeZone: string;
  before: CourseAppointment[];
  after: CourseProposal;
}
