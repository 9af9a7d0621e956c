import { z } from "zod";
import type { Actor } from "../domain/actor.ts";
import { findSlots } from "../domain/booking/availability.ts";
import {
  addDays,
  daysBetween,
  formatInstant,
  localDateOf,
  localDateRange,
} from "../domain/booking/local-time.ts";
import type { AvailabilityQuery, Interval, Slot } from "../domain/booking/types.ts";
import type { Clinic } from "../domain/clinics.ts";
import { invalid, notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { isoDate, parseOrThrow, uuid } from "../domain/validation.ts";
import {
  findBookableOffering,
  practitionerHeldTime,
  qualifiedPractitioners,
  resourceHeldTime,
  resourcesOfTypes,
} from "../store/availability-store.ts";
import { findClinic } from "../store/clinic-store.ts";
import type { Executor } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";

/** Offered starts are on a local quarter-hour grid from each opening time. */
export const SLOT_STEP_MINUTES = 15;
const MAX_WINDOW_DAYS = 62;
const MINUTE = 60_000;

export interface BookingContext {
  query: AvailabilityQuery;
  offering: NonNullable<Awaited<ReturnType<typeof findBookableOffering>>>;
  timeZone: string;
  currency: string;
  practitionerNames: Map<string, string>;
}

/**
 * Everything availability needs for one offering over a window of session starts:
 * the clinic's calendar, qualified practitioners, resources of the required types and
 * what holds them. `exceptAppointmentIds` leaves out the appointments being moved.
 */
export async function loadBookingContext(
  tx: Executor,
  organisationId: string,
  clinicId: string,
  offeringId: string,
  window: Interval,
  options: {
    notBefore: number;
    practitionerId?: string | undefined;
    exceptAppointmentIds?: readonly string[];
    /** A deactivated offering's existing appointments can still be moved. */
    includeInactiveOffering?: boolean;
    /** The clinic and offering when the caller has them already. */
    clinic?: Clinic;
    offering?: BookingContext["offering"];
  },
): Promise<BookingContext> {
  const [clinic, offering] = await Promise.all([
    options.clinic ?? findClinic(tx, organisationId, clinicId),
    options.offering ??
      findBookableOffering(tx, organisationId, offeringId, {
        includeInactive: options.includeInactiveOffering ?? false,
      }),
  ]);
  if (!clinic) throw notFound("clinic");
  if (!offering || offering.clinicId !== clinicId) throw notFound("offering");
  const [allPractitioners, resources] = await Promise.all([
    qualifiedPractitioners(tx, organisationId, clinicId, offering.rules.qualifications),
    resourcesOfTypes(tx, organisationId, clinicId, offering.rules.resourceTypes),
  ]);
  const practitioners = options.practitionerId
    ? allPractitioners.filter((p) => p.id === options.practitionerId)
    : allPractitioners;
  // Held time matters wherever a blocked span starting in the window could reach.
  const reach = {
    start: window.start - offering.rules.bufferBeforeMinutes * MINUTE,
    end: window.end + (offering.rules.durationMinutes + offering.rules.bufferAfterMinutes) * MINUTE,
  };
  const except = options.exceptAppointmentIds ?? [];
  const [practitionerHeld, resourceHeld] = await Promise.all([
    practitionerHeldTime(
      tx,
      organisationId,
      practitioners.map((p) => p.id),
      reach,
      except,
    ),
    resourceHeldTime(
      tx,
      organisationId,
      resources.map((r) => r.id),
      reach,
      except,
    ),
  ]);
  return {
    offering,
    timeZone: clinic.timeZone,
    currency: clinic.currency,
    practitionerNames: new Map(allPractitioners.map((p) => [p.id, p.name])),
    query: {
      clinic: { timeZone: clinic.timeZone, openingHours: clinic.openingHours, closures: clinic.closures },
      offering: offering.rules,
      practitioners: practitioners.map((p) => ({
        id: p.id,
        qualifications: p.qualifications,
        workingHours: p.hours,
        busy: practitionerHeld.get(p.id) ?? [],
      })),
      resources: resources.map((r) => ({ id: r.id, type: r.type, busy: resourceHeld.get(r.id) ?? [] })),
      window,
      stepMinutes: SLOT_STEP_MINUTES,
      notBefore: options.notBefore,
    },
  };
}

export const availabilityQuerySchema = z.object({
  offering: uuid,
  from: isoDate.optional(),
  to: isoDate.optional(),
  practitioner: uuid.optional(),
});
export type AvailabilityRequest = z.infer<typeof availabilityQuerySchema>;

/** Local days [from, to) of the clinic as instants; a week from today when not given. */
export function windowOfDays(
  request: { from?: string | undefined; to?: string | undefined },
  timeZone: string,
  now: Date,
  maxDays = MAX_WINDOW_DAYS,
): Interval {
  const from = request.from ?? localDateOf(now.getTime(), timeZone);
  const to = request.to ?? addDays(from, 7);
  const days = daysBetween(from, to);
  if (days <= 0) throw invalid([{ field: "to", message: "Must come after from.", code: "too-small" }]);
  if (days > maxDays)
    throw invalid([{ field: "to", message: `At most ${maxDays} days at once.`, code: "too-big" }]);
  return localDateRange(from, to, timeZone);
}

export interface SlotView {
  start: string;
  end: string;
  practitionerIds: string[];
}

export const slotView = (slot: Slot, timeZone: string): SlotView => ({
  start: formatInstant(slot.start, timeZone),
  end: formatInstant(slot.end, timeZone),
  practitionerIds: slot.practitionerIds,
});

/** Staff view: bookable starts of an offering in a clinic, with who could take each. */
export async function clinicAvailability(deps: AppDeps, actor: Actor, clinicId: string, raw: unknown) {
  assertCan(actor.roles, "booking.read");
  // Existence first: another organisation's clinic is a 404 whatever the query says.
  const clinic = await findClinic(deps.db, actor.organisationId, clinicId);
  if (!clinic) throw notFound("clinic");
  const request = parseOrThrow(availabilityQuerySchema, raw);
  return availabilityFor(deps, actor.organisationId, clinicId, request, actor.now, MAX_WINDOW_DAYS, clinic);
}

export async function availabilityFor(
  deps: AppDeps,
  organisationId: string,
  clinicId: string,
  request: AvailabilityRequest,
  now: Date,
  maxDays = MAX_WINDOW_DAYS,
  known?: Clinic,
) {
  const clinic = known ?? (await findClinic(deps.db, organisationId, clinicId));
  if (!clinic) throw notFound("clinic");
  const window = windowOfDays(request, clinic.timeZone, now, maxDays);
  const context = await loadBookingContext(deps.db, organisationId, clinicId, request.offering, window, {
    notBefore: now.getTime(),
    practitionerId: request.practitioner,
    clinic,
  });
  const slots = findSlots(context.query);
  return {
    timeZone: clinic.timeZone,
    offeringId: request.offering,
    practitioners: [...context.practitionerNames].map(([id, name]) => ({ id, name })),
    slots: slots.map((slot) => slotView(slot, clinic.timeZone)),
  };
}
