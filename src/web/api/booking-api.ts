import type {
  Appointment,
  AppointmentCreate,
  AppointmentList,
  AppointmentListQuery,
  AppointmentMove,
  Availability,
  AvailabilityQuery,
  Offering,
  PractitionerHours,
} from "./booking-types.ts";
import { request } from "./http.ts";

// The staff side of booking: free slots, the calendar's appointments and what is done
// to them, and the clinic's offerings and practitioners' hours they are built from.

const clinicPath = (clinicId: string) => `/clinics/${encodeURIComponent(clinicId)}`;
const appointmentPath = (id: string) => `/appointments/${encodeURIComponent(id)}`;

export const bookingApi = {
  /** Bookable starts of an offering on the clinic's local days [from, to). */
  availability: (clinicId: string, query: AvailabilityQuery) =>
    request<Availability>("GET", `${clinicPath(clinicId)}/availability`, {
      query: {
        offering: query.offeringId,
        from: query.from,
        to: query.to,
        practitioner: query.practitionerId,
      },
    }),
  /** The clinic's appointments on its local days [from, to), with the zone they are shown in. */
  appointments: (clinicId: string, query: AppointmentListQuery) =>
    request<AppointmentList>("GET", `${clinicPath(clinicId)}/appointments`, {
      query: {
        from: query.from,
        to: query.to,
        practitioner: query.practitionerId,
        includeCancelled: query.includeCancelled ? "true" : undefined,
      },
    }),
  appointment: (id: string) => request<Appointment>("GET", appointmentPath(id)),
  clientAppointments: (clientId: string) =>
    request<{ items: Appointment[] }>("GET", `/clients/${encodeURIComponent(clientId)}/appointments`),
  /** The key is made once per booking the user confirms, so a retried request books once. */
  create: (input: AppointmentCreate, idempotencyKey: string) =>
    request<Appointment>("POST", "/appointments", { body: input, idempotencyKey }),
  move: (id: string, move: AppointmentMove) =>
    request<Appointment>("POST", `${appointmentPath(id)}/move`, { body: move }),
  cancel: (id: string, reason: string) =>
    request<Appointment>("POST", `${appointmentPath(id)}/cancel`, { body: { reason } }),
  noShow: (id: string) => request<Appointment>("POST", `${appointmentPath(id)}/no-show`),
  checkIn: (id: string) => request<Appointment>("POST", `${appointmentPath(id)}/check-in`),
  /** Every offering of the clinic, inactive ones too. */
  offerings: (clinicId: string) => request<{ items: Offering[] }>("GET", `${clinicPath(clinicId)}/offerings`),
  /** The practitioners with hours at the clinic, and those hours. */
  workingHours: (clinicId: string) =>
    request<{ items: PractitionerHours[] }>("GET", `${clinicPath(clinicId)}/working-hours`),
};
