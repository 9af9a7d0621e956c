import type { Interval } from "../booking/types.ts";

// Course planning: the rules a course's sessions must keep and what a plan says.
// Instants are epoch milliseconds; days are the clinic's local ISO dates.

/** One side of a disputed catalog value, with where it comes from ("000_…txt:32"). */
export interface RuleClaim<T> {
  value: T;
  sources: string[];
}

export interface CourseRules {
  procedureId: string;
  /** How many sessions to plan. */
  sessions: number;
  /** Whole local days between consecutive sessions' dates: 2 means "the day after tomorrow" at the earliest. */
  minDaysBetween: number;
  maxDaysBetween: number;
  /** A whole-body procedure (cryosauna): at most one such session per client per local day. */
  wholeBody: boolean;
  /** No course of this procedure may start before this local date (the repeat-course rule). */
  earliestStart: string | null;
  /** Where each value came from: catalog claims (all of them when the articles disagree), clinic protocol, request. */
  provenance: Record<
    "sessions" | "spacing" | "repeatAfter",
    {
      from: "catalog" | "protocol" | "request" | "default";
      claims: RuleClaim<unknown>[];
      conflicts: string[];
    }
  >;
}

export interface ClientPreferences {
  /** Preferred ISO weekdays 1 (Mon) … 7 (Sun); empty = any day. */
  weekdays: number[];
  /** Preferred local time-of-day window in minutes from midnight, e.g. 600–780 for 10:00–13:00. */
  timeOfDay: { from: number; to: number } | null;
  practitionerId: string | null;
}

/** What the client already has on a local date: other procedures' sessions. */
export interface ClientDay {
  date: string;
  busy: Interval[];
  /** A cold procedure already that day (every cryo procedure is one). */
  cold: boolean;
  wholeBody: boolean;
}

/** A bookable start as availability returns it, with its local date and minutes from midnight. */
export interface CandidateSlot {
  start: number;
  end: number;
  date: string;
  minuteOfDay: number;
  practitionerIds: string[];
  resourceIds: string[];
}

export interface PlannedSession {
  /** 1-based number in the course. */
  number: number;
  start: number;
  end: number;
  date: string;
  practitionerId: string;
  resourceIds: string[];
}

export type RuleBreak =
  | "no-slot-in-spacing" // no bookable slot between min and max days after the previous session
  | "no-slot-before-horizon"
  | "repeat-too-soon"
  | "client-busy"
  | "one-cold-procedure-per-day"
  | "one-whole-body-session-per-day"
  // Only when the input's requirements make a wish binding:
  | "practitioner-unavailable" // slots there, none with the required practitioner
  | "outside-time-of-day" // slots there, none inside the required time of day
  | "no-slot-on-first-date"; // the course must start on firstDate and cannot

export interface PlanProblem {
  /** The session that could not be placed. */
  number: number;
  rule: RuleBreak;
  /**
   * Local dates searched for it, both inclusive: the spacing window within the horizon (or
   * the window itself when it lies wholly past horizonEnd); for session 1 firstDate … horizonEnd.
   */
  searched: { from: string; to: string };
}

/** Wishes the planner must keep rather than prefer; without them every preference is soft. */
export interface PlanRequirements {
  /** Every session with one practitioner: preferences.practitionerId, or else any one for the whole course. */
  practitioner?: boolean;
  /** Every session starting inside preferences.timeOfDay. */
  timeOfDay?: boolean;
  /** Session 1 on firstDate itself, not merely on or after it. */
  startOnFirstDate?: boolean;
}

export interface CoursePlanInput {
  rules: CourseRules;
  /** The earliest local date for session 1. */
  firstDate: string;
  /** Every bookable start of the offering over [firstDate, horizonEnd], sorted by start. */
  candidates: readonly CandidateSlot[];
  clientDays: readonly ClientDay[];
  preferences: ClientPreferences;
  /** The last local date a session may fall on (inclusive). */
  horizonEnd: string;
  requirements?: PlanRequirements;
}

export type FullCoursePlan = Extract<CoursePlan, { ok: true }>;

/** Whole courses that fit when one requirement gives way; a kind is absent when none fits. */
export interface CourseAlternatives {
  /** The earliest later first date from which the whole course fits. */
  laterStart?: FullCoursePlan;
  /** Another single practitioner for every session. */
  otherPractitioner?: FullCoursePlan;
  /** Any time of day instead of the required one. */
  otherTimes?: FullCoursePlan;
}

export type CoursePlan =
  | { ok: true; sessions: PlannedSession[] }
  | { ok: false; sessions: PlannedSession[]; problem: PlanProblem };
