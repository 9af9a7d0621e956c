import type { Actor } from "../domain/actor.ts";
import { addDays, formatInstant, laterDate, localDateOf } from "../domain/booking/local-time.ts";
import { alternativesFor, planCourse } from "../domain/courses/planner.ts";
import {
  type CoursePlanRequest,
  coursePlanRequestSchema,
  toPreferences,
} from "../domain/courses/requests.ts";
import { courseRulesFor } from "../domain/courses/rules.ts";
import type { CourseAlternatives, CoursePlan, CourseRules, PlannedSession } from "../domain/courses/types.ts";
import { DomainError, notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { findClinic } from "../store/clinic-store.ts";
import { lastCourseSessionOf } from "../store/course-store.ts";
import { listProtocols } from "../store/protocol-store.ts";
import type { Executor } from "../store/transaction.ts";
import {
  horizonEnd,
  MAX_HORIZON_DAYS,
  offeringAndClient,
  planningInputs,
  procedureOf,
} from "./course-context.ts";
import type { AppDeps } from "./deps.ts";

/** As many sessions as a course row and its appointments can number (0006_courses.sql). */
export const MAX_COURSE_SESSIONS = 60;

// Proposing a course: the rules it must keep (catalog, clinic protocol, request) and
// dates and times for every session, or the first session that breaks a rule and the
// best partial alternatives.

export async function rulesForRequest(
  tx: Executor,
  organisationId: string,
  clinicId: string,
  procedureId: string,
  clientId: string,
  request: Pick<CoursePlanRequest, "sessions" | "minDaysBetween" | "maxDaysBetween">,
  timeZone: string,
  exceptCourseId?: string,
  courseStart?: Date,
): Promise<CourseRules> {
  const protocol = (await listProtocols(tx, organisationId, clinicId)).find(
    (p) => p.procedureId === procedureId,
  );
  const last = await lastCourseSessionOf(
    tx,
    organisationId,
    clientId,
    procedureId,
    exceptCourseId,
    courseStart,
  );
  return courseRulesFor(procedureOf(procedureId), {
    protocol: protocol && {
      sessions: protocol.values.courseSessions,
      minDaysBetween: protocol.values.spacingDays?.min,
      maxDaysBetween: protocol.values.spacingDays?.max,
    },
    request: {
      sessions: request.sessions,
      minDaysBetween: request.minDaysBetween,
      maxDaysBetween: request.maxDaysBetween,
    },
    ...(last && { lastCourseEnd: localDateOf(last.getTime(), timeZone) }),
  });
}

export interface PlanOutcome {
  rules: CourseRules;
  timeZone: string;
  plan: CoursePlan;
  alternatives: CourseAlternatives | null;
  practitionerNames: Map<string, string>;
}

/** Plans sessions for a course request; a re-plan leaves out the sessions it is moving. */
export async function proposeCourse(
  deps: AppDeps,
  organisationId: string,
  request: CoursePlanRequest,
  now: Date,
  options: {
    /** Re-planning this course: its own sessions are neither in the way nor "the course before". */
    courseId?: string;
    /** Its first session: only courses before it count for the repeat rule. */
    courseStart?: Date | undefined;
    /** A deactivated offering's course can still be re-planned. */
    includeInactiveOffering?: boolean;
    exceptAppointmentIds?: readonly string[];
    declinedDates?: readonly string[];
    sessions?: number;
    firstDate?: string;
  } = {},
): Promise<PlanOutcome> {
  const { offering } = await offeringAndClient(
    deps.db,
    organisationId,
    request.offeringId,
    request.clientId,
    {
      includeInactive: options.includeInactiveOffering ?? false,
    },
  );
  const clinic = await findClinic(deps.db, organisationId, offering.clinicId);
  if (!clinic) throw notFound("clinic");
  const rules = await rulesForRequest(
    deps.db,
    organisationId,
    offering.clinicId,
    offering.procedureId,
    request.clientId,
    request,
    clinic.timeZone,
    options.courseId,
    options.courseStart,
  );
  const sessions = options.sessions ?? rules.sessions;
  if (sessions > MAX_COURSE_SESSIONS || (sessions - 1) * rules.minDaysBetween > MAX_HORIZON_DAYS - 30) {
    throw new DomainError(
      "unprocessable",
      "course-too-long",
      `A course is planned for at most ${MAX_COURSE_SESSIONS} sessions within about two years.`,
      { sessions, minDaysBetween: rules.minDaysBetween },
    );
  }
  const today = localDateOf(now.getTime(), clinic.timeZone);
  // A first date in the past means "as soon as possible".
  const asked = options.firstDate ?? request.firstDate ?? addDays(today, 1);
  const firstDate = laterDate(asked, today);
  const end = horizonEnd(
    rules,
    rules.earliestStart ? laterDate(rules.earliestStart, firstDate) : firstDate,
    sessions,
  );
  const inputs = await planningInputs(deps.db, organisationId, {
    clinicId: offering.clinicId,
    offeringId: offering.id,
    clientId: request.clientId,
    firstDate,
    horizonEnd: end,
    timeZone: clinic.timeZone,
    now,
    ...(options.exceptAppointmentIds && { exceptAppointmentIds: options.exceptAppointmentIds }),
    ...(options.declinedDates && { declinedDates: options.declinedDates }),
    offering,
  });
  const plannerInput = {
    rules: { ...rules, sessions },
    firstDate,
    candidates: inputs.candidates,
    clientDays: inputs.clientDays,
    preferences: toPreferences(request.preferences),
    horizonEnd: end,
    requirements: {
      practitioner: request.require.practitioner,
      timeOfDay: request.require.timeOfDay,
      startOnFirstDate: request.require.firstDate,
    },
  };
  const plan = planCourse(plannerInput);
  return {
    rules,
    timeZone: clinic.timeZone,
    plan,
    alternatives: plan.ok ? null : alternativesFor(plannerInput, plan.problem),
    practitionerNames: inputs.context.practitionerNames,
  };
}

export function presentSessions(
  sessions: readonly PlannedSession[],
  timeZone: string,
  names: Map<string, string>,
) {
  return sessions.map((session) => ({
    number: session.number,
    date: session.date,
    start: formatInstant(session.start, timeZone),
    end: formatInstant(session.end, timeZone),
    practitioner: { id: session.practitionerId, name: names.get(session.practitionerId) ?? "" },
    resourceIds: session.resourceIds,
  }));
}

export function presentPlan(plan: CoursePlan, timeZone: string, names: Map<string, string>) {
  return {
    complete: plan.ok,
    sessions: presentSessions(plan.sessions, timeZone, names),
    problem: plan.ok ? null : plan.problem,
  };
}

/** POST /courses/plan: the proposal, never stored. */
export async function planCourseRequest(deps: AppDeps, actor: Actor, body: unknown) {
  assertCan(actor.roles, "booking.read");
  const request = parseOrThrow(coursePlanRequestSchema, body);
  const outcome = await proposeCourse(deps, actor.organisationId, request, actor.now);
  const alternatives = outcome.alternatives ?? {};
  return {
    timeZone: outcome.timeZone,
    rules: outcome.rules,
    ...presentPlan(outcome.plan, outcome.timeZone, outcome.practitionerNames),
    alternatives: Object.fromEntries(
      Object.entries(alternatives)
        .filter(([, plan]) => plan)
        .map(([kind, plan]) => [
          kind,
          presentPlan(plan as CoursePlan, outcome.timeZone, outcome.practitionerNames),
        ]),
    ),
  };
}
