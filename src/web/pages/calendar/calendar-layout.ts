import type { Appointment, Offering, PractitionerHours } from "../../api/booking-types.ts";
import type { OpeningHours, Resource } from "../../api/types.ts";
import { clockMinutes, localMoment, MINUTES_PER_DAY, weekdayKey } from "./calendar-time.ts";

// Where things go on the calendar: its columns, the hours it shows and each
// appointment's place, worked out from data alone so it can be tested without a page.

export type ColumnMode = "practitioners" | "resources";

/** The column of appointments that hold no resource at all, in the resources view. */
export const NO_RESOURCE = "no-resource";

export interface CalendarColumn {
  /** A practitioner's or resource's id, or NO_RESOURCE. */
  key: string;
  label: string;
  /** For a resource: its type as offerings name it ("room", "device:cryotone"). */
  resourceType?: string;
}

/** A resource's type as offerings name it: its kind, or device:<device kind>. */
export function resourceTypeOf(resource: Pick<Resource, "kind" | "deviceKind">): string {
  return resource.kind === "device" ? `device:${resource.deviceKind ?? ""}` : resource.kind;
}

/** The columns an appointment shows in: its practitioner's, or each resource it holds. */
export function columnKeysOf(appointment: Appointment, mode: ColumnMode): string[] {
  if (mode === "practitioners") return [appointment.practitioner.id];
  return appointment.resources.length > 0
    ? appointment.resources.map((resource) => resource.id)
    : [NO_RESOURCE];
}

/** Rooms first, then cabins and devices: the order a front desk reads its resources in. */
const KIND_ORDER = ["room", "cryosauna-cabin", "device", "dewar"];

/**
 * Practitioners with hours set at the clinic, in the clinic's order; or its active resources
 * of a type some active offering holds (a Dewar flask no offering books gets no column),
 * rooms first. Then anyone or anything an appointment names that is not among them: a
 * practitioner whose hours were removed still has their bookings shown.
 */
export function calendarColumns(
  mode: ColumnMode,
  sources: {
    practitioners: readonly PractitionerHours[];
    resources: readonly Resource[];
    offerings: readonly Pick<Offering, "active" | "resourceTypes">[];
  },
  appointments: readonly Appointment[],
  noResourceLabel: string,
): CalendarColumn[] {
  const columns = new Map<string, CalendarColumn>();
  if (mode === "practitioners") {
    for (const practitioner of sources.practitioners) {
      if (practitioner.hoursSet)
        columns.set(practitioner.userId, { key: practitioner.userId, label: practitioner.name });
    }
    for (const { practitioner } of appointments) {
      if (!columns.has(practitioner.id))
        columns.set(practitioner.id, { key: practitioner.id, label: practitioner.name });
    }
    return [...columns.values()];
  }
  const booked = new Set(
    sources.offerings.filter((offering) => offering.active).flatMap((o) => o.resourceTypes),
  );
  const resources = sources.resources
    .filter((resource) => resource.active && booked.has(resourceTypeOf(resource)))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name));
  for (const resource of resources) {
    columns.set(resource.id, {
      key: resource.id,
      label: resource.name,
      resourceType: resourceTypeOf(resource),
    });
  }
  let withoutResource = false;
  for (const appointment of appointments) {
    if (appointment.resources.length === 0) withoutResource = true;
    for (const resource of appointment.resources) {
      if (!columns.has(resource.id)) {
        columns.set(resource.id, { key: resource.id, label: resource.name, resourceType: resource.type });
      }
    }
  }
  if (withoutResource) columns.set(NO_RESOURCE, { key: NO_RESOURCE, label: noResourceLabel });
  return [...columns.values()];
}

export interface HourRange {
  /** First minute shown, on a whole hour. */
  start: number;
  /** Minute after the last one shown, on a whole hour. */
  end: number;
}

const DEFAULT_HOURS: HourRange = { start: 9 * 60, end: 18 * 60 };

/**
 * The whole hours the calendar shows for some days: from the earliest opening to the
 * latest closing, stretched to take in any appointment outside them.
 */
export function visibleHours(
  days: readonly string[],
  openingHours: OpeningHours,
  spans: readonly { start: number; end: number }[],
): HourRange {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const day of days) {
    for (const interval of openingHours[weekdayKey(day)]) {
      start = Math.min(start, clockMinutes(interval.open));
      end = Math.max(end, clockMinutes(interval.close));
    }
  }
  for (const span of spans) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return DEFAULT_HOURS;
  return {
    start: Math.max(0, Math.floor(start / 60) * 60),
    end: Math.min(MINUTES_PER_DAY, Math.ceil(end / 60) * 60),
  };
}

/** An appointment's session on one local day, in wall-clock minutes. */
export interface DaySpan {
  date: string;
  start: number;
  end: number;
}

/** Where an appointment sits by the clinic's clock; one that runs past midnight ends at it. */
export function daySpanOf(appointment: Pick<Appointment, "start" | "end">, timeZone: string): DaySpan {
  const start = localMoment(appointment.start, timeZone);
  const end = localMoment(appointment.end, timeZone);
  const endMinutes = end.date === start.date ? end.minutes : MINUTES_PER_DAY;
  return { date: start.date, start: start.minutes, end: Math.max(endMinutes, start.minutes + 1) };
}

export interface Lane {
  lane: number;
  lanes: number;
}

/**
 * Side-by-side places for items that overlap in one column (a cancelled booking under
 * its replacement, two bookings of a shared room): each group of overlapping items is
 * split into as many lanes as it needs at once; an item alone takes the whole width.
 */
export function lanesOf(items: readonly { id: string; start: number; end: number }[]): Map<string, Lane> {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const placed = new Map<string, Lane>();
  let group: { id: string; lane: number }[] = [];
  let laneEnds: number[] = [];
  let groupEnd = Number.NEGATIVE_INFINITY;
  const closeGroup = () => {
    for (const member of group) placed.set(member.id, { lane: member.lane, lanes: laneEnds.length });
    group = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    if (item.start >= groupEnd) closeGroup();
    groupEnd = Math.max(groupEnd, item.end);
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(item.end);
    } else {
      laneEnds[lane] = item.end;
    }
    group.push({ id: item.id, lane });
  }
  closeGroup();
  return placed;
}

export interface Placement {
  appointment: Appointment;
  span: DaySpan;
  lane: Lane;
}

/** Column and day key of the calendar's cells: "practitioner-id|2026-05-12". */
export const cellKey = (columnKey: string, date: string) => `${columnKey}|${date}`;

/**
 * Every appointment in each cell (column and day) it shows in, with its lane there.
 * `keysOf` names the columns an appointment belongs to.
 */
export function placeInCells(
  appointments: readonly Appointment[],
  timeZone: string,
  keysOf: (appointment: Appointment) => readonly string[],
): Map<string, Placement[]> {
  const cells = new Map<string, { appointment: Appointment; span: DaySpan }[]>();
  for (const appointment of appointments) {
    const span = daySpanOf(appointment, timeZone);
    for (const key of keysOf(appointment)) {
      const cell = cellKey(key, span.date);
      cells.set(cell, [...(cells.get(cell) ?? []), { appointment, span }]);
    }
  }
  const placed = new Map<string, Placement[]>();
  for (const [cell, items] of cells) {
    const lanes = lanesOf(items.map(({ appointment, span }) => ({ id: appointment.id, ...span })));
    placed.set(
      cell,
      items.map((item) => ({ ...item, lane: lanes.get(item.appointment.id) ?? { lane: 0, lanes: 1 } })),
    );
  }
  return placed;
}
