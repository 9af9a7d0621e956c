import { catalog } from "../catalog/load.ts";
import { findSlots } from "../domain/booking/availability.ts";
import { addDays, formatInstant, localDateOf, startOfLocalDay } from "../domain/booking/local-time.ts";
import type { CandidateSlot, ClientDay, CourseRules } from "../domain/courses/types.ts";
import { notFound } from "../domain/errors.ts";
import { findBookableOffering } from "../store/availability-store.ts";
import { findClient } from "../store/client-store.ts";
import { clientAppointmentsBetween } from "../store/course-store.ts";
import type { Executor } from "../store/transaction.ts";
import { type BookingContext, loadBookingContext } from "./availability-service.ts";

// What planning a course needs from the database: every bookable start of the
// offering over the horizon, and what the client already has on each day.

const DAY = 24 * 60 * 60_000;
/** Days searched after the last session's latest date, for partial alternatives. */
const SLACK_DAYS = 21;
/** The longest stretch a course plan searches: two years and a little. */
export const MAX_HORIZON_DAYS = 800;

export const isWholeBody = (procedureId: string) =>
  catalog.procedures.find((p) => p.id === procedureId)?.category.value.extent === "whole-body";

export function procedureOf(procedureId: string) {
  const procedure = catalog.procedures.find((p) => p.id === procedureId);
  if (!procedure) throw notFound("procedure");
  return procedure;
}

export async function offeringAndClient(
  tx: Executor,
  organisationId: string,
  offeringId: string,
  clientId: string,
  options: { includeInactive?: boolean } = {},
) {
  const offering = await findBookableOffering(tx, organisationId, offeringId, options);
  if (!offering) throw notFound("offering");
  const client = await findClient(tx, organisationId, clientId);
  if (!client) throw notFound("client");
  return { offering, client };
}

/** The last local date a course with these rules could need, from its first possible date. */
export function horizonEnd(rules: CourseRules, firstDate: string, sessions: number): string {
  return addDays(
    firstDate,
    Math.min(MAX_HORIZON_DAYS, rules.maxDaysBetween * Math.max(0, sessions - 1) + SLACK_DAYS),
  );
}

export interface PlanningInputs {
  context: BookingContext;
  candidates: CandidateSlot[];
  clientDays: ClientDay[];
}

/**
 * Bookable starts of the offering over local days [firstDate, horizonEnd], and the
 * client's own appointments there; `exceptAppointmentIds` are left out of both (a re-plan moves them).
 */
export async function planningInputs(
  tx: Executor,
  organisationId: string,
  input: {
    clinicId: string;
    offeringId: string;
    clientId: string;
    firstDate: string;
    horizonEnd: string;
    timeZone: string;
    now: Date;
    exceptAppointmentIds?: readonly string[];
    /** Local dates the client turned down (a cancelled session): no session is planned on them. */
    declinedDates?: readonly string[];
    offering?: BookingContext["offering"];
  },
): Promise<PlanningInputs> {
  const window = {
    start: startOfLocalDay(input.firstDate, input.timeZone),
    end: startOfLocalDay(input.horizonEnd, input.timeZone) + DAY,
  };
  const except = input.exceptAppointmentIds ?? [];
  const context = await loadBookingContext(tx, organisationId, input.clinicId, input.offeringId, window, {
    notBefore: input.now.getTime(),
    exceptAppointmentIds: except,
    ...(input.offering && { offering: input.offering }),
  });
  const candidates = findSlots(context.query).map((slot) => {
    // The local wall-clock reading: on a DST day 10:00 is not 600 minutes after midnight.
    const local = formatInstant(slot.start, input.timeZone);
    return {
      start: slot.start,
      end: slot.end,
      date: local.slice(0, 10),
      minuteOfDay: Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16)),
      practitionerIds: slot.practitionerIds,
      resourceIds: slot.resourceIds,
    };
  });
  const theirs = await clientAppointmentsBetween(
    tx,
    organisationId,
    input.clientId,
    new Date(window.start),
    new Date(window.end),
  );
  const days = new Map<string, ClientDay>();
  for (const appointment of theirs) {
    if (except.includes(appointment.id)) continue;
    const date = localDateOf(appointment.start.getTime(), input.timeZone);
    const day = days.get(date) ?? { date, busy: [], cold: false, wholeBody: false };
    day.busy.push({ start: appointment.start.getTime(), end: appointment.end.getTime() });
    // Every procedure Cryodesk books is a cold one.
    day.cold = true;
    day.wholeBody ||= isWholeBody(appointment.procedureId);
    days.set(date, day);
  }
  for (const date of input.declinedDates ?? []) {
    // Recorded as a day with a cold procedure already, which keeps the planner off it.
    const day = days.get(date) ?? { date, busy: [], cold: false, wholeBody: false };
    days.set(date, { ...day, cold: true });
  }
  return { context, candidates, clientDays: [...days.values()] };
}
