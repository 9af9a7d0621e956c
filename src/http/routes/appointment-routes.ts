import { z } from "zod";
import { cancelAppointment, checkIn, markNoShow, moveAppointmentTo } from "../../app/appointment-changes.ts";
import {
  calendarQuerySchema,
  clientAppointments,
  clinicAppointments,
  createAppointment,
  getAppointment,
} from "../../app/appointment-service.ts";
import { availabilityQuerySchema, clinicAvailability } from "../../app/availability-service.ts";
import type { AppDeps } from "../../app/deps.ts";
import {
  appointmentCancelSchema,
  appointmentCreateSchema,
  appointmentMoveSchema,
} from "../../domain/booking/appointments.ts";
import { idempotent } from "../idempotency.ts";
import { defineRoute } from "../route.ts";

const byId = z.object({ id: z.uuid() });
const one = { 200: { description: "The appointment" } };
const refused = {
  409: { description: "slot-taken (with alternatives), client-busy or invalid-status" },
  422: { description: "slot-unavailable or a screening code" },
};

export function appointmentRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/v1/clinics/:id/availability",
      summary:
        "Bookable starts of an offering over local days [from, to): a qualified practitioner and every resource free for the whole time with buffers",
      tag: "booking",
      auth: "session",
      params: byId,
      query: availabilityQuerySchema.partial(),
      responses: { 200: { description: "Slots in the clinic's time zone" } },
      handler: async ({ actor, params, request }) =>
        clinicAvailability(deps, actor, params.id, request.query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/clinics/:id/appointments",
      summary: "The clinic's appointments over local days [from, to) for the calendar",
      tag: "booking",
      auth: "session",
      params: byId,
      query: calendarQuerySchema.partial(),
      responses: { 200: { description: "Appointments" } },
      handler: async ({ actor, params, request }) =>
        clinicAppointments(deps, actor, params.id, request.query),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/appointments",
      summary:
        "Book a client into an offering at a start; practitioner and resources are chosen when not given. Honours Idempotency-Key.",
      tag: "booking",
      auth: "session",
      body: appointmentCreateSchema,
      responses: { 201: { description: "The appointment" }, ...refused },
      handler: async ({ actor, request, reply }) =>
        idempotent(deps, actor, request, reply, () => createAppointment(deps, actor, request.body)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/appointments/:id",
      summary: "One appointment",
      tag: "booking",
      auth: "session",
      params: byId,
      responses: one,
      handler: async ({ actor, params }) => getAppointment(deps, actor, params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/appointments/:id/move",
      summary: "Move an appointment; the old slot is kept when the new one is refused",
      tag: "booking",
      auth: "session",
      params: byId,
      body: appointmentMoveSchema,
      responses: { ...one, ...refused },
      handler: async ({ actor, params, request }) => moveAppointmentTo(deps, actor, params.id, request.body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/appointments/:id/cancel",
      summary: "Cancel an appointment (frees its slot, cancels its reminders)",
      tag: "booking",
      auth: "session",
      params: byId,
      body: appointmentCancelSchema,
      responses: one,
      handler: async ({ actor, params, request }) => cancelAppointment(deps, actor, params.id, request.body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/appointments/:id/no-show",
      summary: "Record that the client did not come",
      tag: "booking",
      auth: "session",
      params: byId,
      responses: one,
      handler: async ({ actor, params }) => markNoShow(deps, actor, params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/appointments/:id/check-in",
      summary: "Check the client in",
      tag: "booking",
      auth: "session",
      params: byId,
      responses: one,
      handler: async ({ actor, params }) => checkIn(deps, actor, params.id),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/clients/:id/appointments",
      summary: "A client's appointments",
      tag: "booking",
      auth: "session",
      params: byId,
      responses: { 200: { description: "Appointments" } },
      handler: async ({ actor, params }) => clientAppointments(deps, actor, params.id),
    }),
  ];
}
