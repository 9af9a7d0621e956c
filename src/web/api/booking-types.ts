// The booking API's shapes as the web app reads and sends them (docs/booking.md), taken
// from the domain's schemas where there is one so they cannot drift. Instants are ISO 8601
// strings with the clinic's offset ("2026-03-29T10:00:00+02:00"); days are the clinic's
// local dates ("2026-03-29"); money is in minor units.
import type { z } from "zod";
import type {
  AppointmentStatus,
  appointmentCreateSchema,
  appointmentMoveSchema,
} from "../../domain/booking/appointments.ts";
import type {
  Offering,
  offeringCreateSchema,
  offeringUpdateSchema,
  WorkingHoursItem,
} from "../../domain/booking/offerings.ts";

export type { AppointmentStatus, Offering };

/** Every status, in the order an appointment lives through them. */
export const APPOINTMENT_STATUSES: readonly AppointmentStatus[] = [
  "booked",
  "checked-in",
  "completed",
  "no-show",
  "cancelled",
];

/** What creating an offering sends. */
export type OfferingInput = z.input<typeof offeringCreateSchema>;
/** What changing an offering sends: any of its fields, and `active`. */
export type OfferingPatch = z.input<typeof offeringUpdateSchema>;

/**
 * A practitioner of the clinic with their weekly hours there, in the clinic's local
 * wall-clock time (every day empty and `hoursSet` false until they are set).
 */
export type PractitionerHours = WorkingHoursItem;

export interface AvailableSlot {
  start: string;
  end: string;
  /** Every qualified practitioner free for the whole session with its buffers. */
  practitionerIds: string[];
}

export interface Availability {
  timeZone: string;
  slots: AvailableSlot[];
  /** The practitioners who could perform the offering, with their names, when the server lists them. */
  practitioners?: { id: string; name: string }[];
}

export interface AvailabilityQuery {
  offeringId: string;
  /** First local day searched. */
  from: string;
  /** Local day after the last one searched (exclusive). */
  to: string;
  practitionerId?: string | undefined;
}

export interface Appointment {
  id: string;
  clinicId: string;
  /** The clinic's zone, which start and end are written in. */
  timeZone: string;
  client: { id: string; name: string };
  offering: { id: string; name: string; procedureId: string };
  practitioner: { id: string; name: string };
  resources: { id: string; name: string; type: string }[];
  start: string;
  end: string;
  /** The session with its buffers: what the practitioner and resources are held for. */
  blockedStart: string;
  blockedEnd: string;
  status: AppointmentStatus;
  source: "staff" | "online";
  notes: string;
  cancelReason: string | null;
  priceMinor: number;
  currency: string;
  /** Bumped on every change a calendar feed should see. */
  sequence: number;
  createdAt: string;
  updatedAt: string;
}

export interface AppointmentList {
  timeZone: string;
  items: Appointment[];
}

export interface AppointmentListQuery {
  from: string;
  to: string;
  practitionerId?: string | undefined;
  /** Cancelled appointments are left out unless asked for. */
  includeCancelled?: boolean;
}

/** Without practitionerId or resourceIds the server picks free ones. */
export type AppointmentCreate = z.input<typeof appointmentCreateSchema>;

export type AppointmentMove = z.input<typeof appointmentMoveSchema>;
