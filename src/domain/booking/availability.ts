import { covers, IntervalSweep, intersect, normalise, overlapsAny, subtract } from "./intervals.ts";
import {
  firstInstantOfWallClock,
  hoursOnDays,
  isClosedOn,
  type LocalDay,
  localDays,
  weeklyMinutes,
} from "./local-time.ts";
import type {
  AvailabilityQuery,
  Interval,
  PractitionerCalendar,
  ResourceCalendar,
  Slot,
  SlotCheck,
  SlotChoice,
} from "./types.ts";

// Which session starts can be booked. A start is bookable when it is not before notBefore, the
// clinic is not closed that local day, and the session with its buffers (the blocked span)
// lies inside one opening interval, inside the free time of a qualified practitioner (working
// hours within opening hours, less busy time) and, for every required resource type, on a
// distinct free resource of that type. findSlots offers the starts of a local wall-clock grid;
// slotAt checks any one start with the same rules.

const MINUTE = 60_000;

/** Where a session starting at `start` holds its practitioner and resources. */
function blockedSpan(query: AvailabilityQuery, start: number): Interval {
  const { durationMinutes, bufferBeforeMinutes, bufferAfterMinutes } = query.offering;
  return {
    start: start - bufferBeforeMinutes * MINUTE,
    end: start + (durationMinutes + bufferAfterMinutes) * MINUTE,
  };
}

const isQualified = (query: AvailabilityQuery, practitioner: PractitionerCalendar) =>
  practitioner.qualifications.some((q) => query.offering.qualifications.includes(q));

/** Busy time near the range only, normalised: the rest cannot matter to this search. */
const busyWithin = (busy: readonly Interval[], range: Interval) =>
  normalise(busy.filter((b) => b.start < range.end && range.start < b.end));

/** Every bookable start in query.window on the grid, in time order. */
export function findSlots(query: AvailabilityQuery): Slot[] {
  const { window, offering, clinic } = query;
  if (!(query.stepMinutes > 0)) throw new RangeError("stepMinutes must be positive.");
  const earliest = Math.max(window.start, query.notBefore);
  if (window.end <= earliest) return [];
  // Blocked spans of starts in the window reach this far on either side.
  const range = { start: blockedSpan(query, window.start).start, end: blockedSpan(query, window.end).end };
  const days = localDays(range, clinic.timeZone);
  const opening = hoursOnDays(weeklyMinutes(clinic.openingHours), days, clinic.closures);

  const practitioners = query.practitioners
    .filter((p) => isQualified(query, p))
    .map((p) => {
      const working = intersect(hoursOnDays(weeklyMinutes(p.workingHours), days), opening);
      return { id: p.id, free: new IntervalSweep(subtract(working, busyWithin(p.busy, range))) };
    });
  if (practitioners.length === 0) return [];
  // One pool per required type; an entry repeated takes a further, distinct member of its pool.
  const pools = new Map<string, { id: string; busy: IntervalSweep }[]>();
  for (const type of new Set(offering.resourceTypes)) pools.set(type, []);
  for (const resource of query.resources) {
    pools
      .get(resource.type)
      ?.push({ id: resource.id, busy: new IntervalSweep(busyWithin(resource.busy, range)) });
  }
  const needs = offering.resourceTypes.map((type) => pools.get(type) ?? []);

  const openingSweep = new IntervalSweep(opening);
  const slots: Slot[] = [];
  for (const start of gridStarts(query, days, { start: earliest, end: window.end })) {
    const blocked = blockedSpan(query, start);
    if (!openingSweep.covers(blocked.start, blocked.end)) continue;
    const practitionerIds: string[] = [];
    for (const practitioner of practitioners) {
      if (practitioner.free.covers(blocked.start, blocked.end)) practitionerIds.push(practitioner.id);
    }
    if (practitionerIds.length === 0) continue;
    const resourceIds: string[] = [];
    for (const pool of needs) {
      const free = pool.find(
        (r) => !resourceIds.includes(r.id) && !r.busy.overlaps(blocked.start, blocked.end),
      );
      if (!free) break;
      resourceIds.push(free.id);
    }
    if (resourceIds.length < needs.length) continue;
    const end = start + offering.durationMinutes * MINUTE;
    slots.push({ start, end, blocked, practitionerIds, resourceIds });
  }
  return slots;
}

/**
 * The grid's starts within [within.start, within.end), sorted: opening start + k * step in
 * local wall-clock time on each open day. A skipped wall time is left out; a repeated one
 * counts once, at its first occurrence.
 */
function gridStarts(query: AvailabilityQuery, days: readonly LocalDay[], within: Interval): number[] {
  const { clinic, stepMinutes } = query;
  const hours = weeklyMinutes(clinic.openingHours);
  const starts: number[] = [];
  for (const day of days) {
    if (day.end <= within.start || day.start >= within.end || isClosedOn(day.date, clinic.closures)) continue;
    for (const { open, close } of hours[day.weekday]) {
      for (let minutes = open; minutes < close; minutes += stepMinutes) {
        const start = firstInstantOfWallClock(day, minutes);
        if (start !== undefined && start >= within.start && start < within.end) starts.push(start);
      }
    }
  }
  // Valid hours already come out in order; this keeps the sweep correct for any input.
  starts.sort((a, b) => a - b);
  return starts.filter((start, index) => index === 0 || start !== starts[index - 1]);
}

/**
 * Checks one start, on the grid or not, with the rules of findSlots; query.window is not used.
 * A requested practitioner is the only one considered; requested resources are exactly the ones
 * held (one per required entry, each of a required type). Refusals, first applicable:
 * in-the-past, clinic-closed (a closure or a weekday without hours), outside-opening-hours,
 * no-practitioner, resource-unavailable.
 */
export function slotAt(query: AvailabilityQuery, start: number, choice: SlotChoice = {}): SlotCheck {
  const { clinic, offering } = query;
  if (start < query.notBefore) return { ok: false, reason: "in-the-past" };
  const blocked = blockedSpan(query, start);
  const days = localDays(
    { start: Math.min(blocked.start, start), end: Math.max(blocked.end, start + 1) },
    clinic.timeZone,
  );
  const day = days.find((d) => d.start <= start && start < d.end);
  const hours = weeklyMinutes(clinic.openingHours);
  if (!day || isClosedOn(day.date, clinic.closures) || hours[day.weekday].length === 0) {
    return { ok: false, reason: "clinic-closed" };
  }
  const opening = hoursOnDays(hours, days, clinic.closures);
  if (!covers(opening, blocked.start, blocked.end)) return { ok: false, reason: "outside-opening-hours" };

  const practitionerIds = query.practitioners
    .filter(
      (p) => (choice.practitionerId === undefined || p.id === choice.practitionerId) && isQualified(query, p),
    )
    .filter(
      (p) =>
        covers(hoursOnDays(weeklyMinutes(p.workingHours), days), blocked.start, blocked.end) &&
        !overlapsAny(p.busy, blocked.start, blocked.end),
    )
    .map((p) => p.id);
  if (practitionerIds.length === 0) return { ok: false, reason: "no-practitioner" };

  const resourceIds = choice.resourceIds?.length
    ? requestedResources(query, choice.resourceIds, blocked)
    : firstFreeResources(query, blocked);
  if (!resourceIds) return { ok: false, reason: "resource-unavailable" };
  const end = start + offering.durationMinutes * MINUTE;
  return { ok: true, slot: { start, end, blocked, practitionerIds, resourceIds } };
}

const isFree = (resource: ResourceCalendar, blocked: Interval) =>
  !overlapsAny(resource.busy, blocked.start, blocked.end);

/** The first free resource of each required type, in query order, all distinct. */
function firstFreeResources(query: AvailabilityQuery, blocked: Interval): string[] | undefined {
  const chosen: string[] = [];
  for (const type of query.offering.resourceTypes) {
    const free = query.resources.find((r) => r.type === type && !chosen.includes(r.id) && isFree(r, blocked));
    if (!free) return undefined;
    chosen.push(free.id);
  }
  return chosen;
}

/** The requested resources in the order of the required types, if they fill them exactly and are free. */
function requestedResources(
  query: AvailabilityQuery,
  requestedIds: readonly string[],
  blocked: Interval,
): string[] | undefined {
  if (new Set(requestedIds).size !== requestedIds.length) return undefined;
  if (requestedIds.length !== query.offering.resourceTypes.length) return undefined;
  // In query order, like the free choice, so the same resources come out in the same order.
  const requested = query.resources.filter((r) => requestedIds.includes(r.id));
  if (requested.length !== requestedIds.length || !requested.every((r) => isFree(r, blocked)))
    return undefined;
  const chosen: string[] = [];
  for (const type of query.offering.resourceTypes) {
    const match = requested.find((r) => r.type === type && !chosen.includes(r.id));
    if (!match) return undefined;
    chosen.push(match.id);
  }
  return chosen;
}
