import type { OpeningHours } from "../clinics.ts";
import type { Qualification } from "../roles.ts";

// The inputs and outputs of availability: plain numbers (epoch milliseconds) so the
// search runs on intervals, not on dates. Every interval is half-open [start, end).

export interface Interval {
  start: number;
  end: number;
}

/** What an offering needs: its time with buffers, resource types and any one of the qualifications. */
export interface OfferingRules {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** 'room', 'cryosauna-cabin', 'dewar' or 'device:<device kind>'; repeated for two of a type. */
  resourceTypes: readonly string[];
  qualifications: readonly Qualification[];
}

export interface ClinicCalendar {
  timeZone: string;
  openingHours: OpeningHours;
  /** Whole local days the clinic is shut, inclusive ISO dates. */
  closures: readonly { startsOn: string; endsOn: string }[];
}

export interface PractitionerCalendar {
  id: string;
  qualifications: readonly Qualification[];
  /** Weekly hours at this clinic in its local wall-clock time. */
  workingHours: OpeningHours;
  /** Held time: other appointments (with their buffers) and time off. Any order, may overlap. */
  busy: readonly Interval[];
}

export interface ResourceCalendar {
  id: string;
  /** 'room', 'cryosauna-cabin', 'dewar' or 'device:<device kind>'. */
  type: string;
  /** Other appointments (with their buffers) and out-of-service periods. */
  busy: readonly Interval[];
}

export interface AvailabilityQuery {
  clinic: ClinicCalendar;
  offering: OfferingRules;
  practitioners: readonly PractitionerCalendar[];
  resources: readonly ResourceCalendar[];
  /** Session starts searched: start <= slot start < end. */
  window: Interval;
  /** Grid of offered starts in local wall-clock minutes from each opening interval's start. */
  stepMinutes: number;
  /** No start before this instant (now plus any lead time). */
  notBefore: number;
}

export interface Slot {
  /** The session itself. */
  start: number;
  end: number;
  /** The session with its buffers: what the practitioner and resources are held for. */
  blocked: Interval;
  /** Every qualified practitioner free for the whole blocked time, in the query's order. */
  practitionerIds: string[];
  /** One free resource per required type, in the order of offering.resourceTypes. */
  resourceIds: string[];
}

export type SlotRefusal =
  | "in-the-past"
  | "clinic-closed"
  | "outside-opening-hours"
  | "no-practitioner"
  | "resource-unavailable";

/** The practitioner or resources a booking asks for; anything not given is chosen freely. */
export interface SlotChoice {
  practitionerId?: string;
  /** Exactly the resources to hold, one per entry of the offering's resourceTypes. */
  resourceIds?: readonly string[];
}

export type SlotCheck = { ok: true; slot: Slot } | { ok: false; reason: SlotRefusal };
