import { z } from "zod";
import type { Actor } from "../domain/actor.ts";
import { type AppointmentCreate, appointmentCreateSchema } from "../domain/booking/appointments.ts";
import { slotAt } from "../domain/booking/availability.ts";
import { holdKeys } from "../domain/booking/hold-keys.ts";
import { formatInstant } from "../domain/booking/local-time.ts";
import type { SlotChoice } from "../domain/booking/types.ts";
import type { Clinic } from "../domain/clinics.ts";
import { DomainError, notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { isoDate, parseOrThrow, uuid } from "../domain/validation.ts";
import { type AppointmentView, findAppointments } from "../store/appointment-read-store.ts";
import { lockBookingParties } from "../store/appointment-store.ts";
import { appendAudit } from "../store/audit-store.ts";
import { findBookableOffering } from "../store/availability-store.ts";
import { findClient } from "../store/client-store.ts";
import { findClinic } from "../store/clinic-store.ts";
import { inTransaction } from "../store/transaction.ts";
import { type BookingContext, loadBookingContext, windowOfDays } from "./availability-service.ts";
import { insertBookedSession } from "./booked-session.ts";
import {
  alternativesAfter,
  assertScreeningAllows,
  clientBusy,
  overlapOf,
  refusalKind,
  slotTaken,
  slotUnavailable,
} from "./booking-outcomes.ts";
import type { AppDeps } from "./deps.ts";

/** Automatic choices lose races to parallel bookings; they look again this many times. */
const AUTO_CHOICE_ATTEMPTS = 3;

/** Books from the staff side (calendar, wizard, API). */
export async function createAppointment(deps: AppDeps, actor: Actor, body: unknown) {
  assertCan(actor.roles, "booking.write");
  const input = parseOrThrow(appointmentCreateSchema, body);
  return appointmentView(deps, actor.organisationId, await book(deps, actor, input, "staff"));
}

/**
 * Books a client into an offering at a start: checks the client, the offering and the
 * screening, then lets availability choose (or verify the chosen) practitioner and
 * resources and inserts. The exclusion constraints decide any race; the loser is told
 * which slots are free next. Returns the new appointment's id.
 */
export async function book(
  deps: AppDeps,
  actor: Actor,
  input: AppointmentCreate,
  source: "staff" | "online",
): Promise<string> {
  const client = await findClient(deps.db, actor.organisationId, input.clientId);
  if (!client) throw notFound("client");
  if (client.archivedAt)
    throw new DomainError("unprocessable", "client-archived", "The client is archived. Restore them first.");
  const offering = await findBookableOffering(deps.db, actor.organisationId, input.offeringId);
  if (!offering) throw notFound("offering");
  const start = input.start.getTime();
  const timing = {
    notBefore: actor.now.getTime(),
    practitionerId: input.practitionerId,
  };
  const autoChosen = !input.practitionerId || !input.resourceIds;
  const choice = { practitionerId: input.practitionerId, resourceIds: input.resourceIds };
  const clinic = await findClinic(deps.db, actor.organisationId, offering.clinicId);
  if (!clinic) throw notFound("clinic");
  await assertScreeningAllows(
    deps,
    actor.organisationId,
    client.id,
    offering.procedureId,
    input.start,
    clinic.timeZone,
  );
  for (let attempt = 1; ; attempt++) {
    const { context, slot } = await resolveSlot(deps, actor.organisationId, offering, start, choice, {
      ...timing,
      clinic,
    });
    let id = "";
    try {
      await inTransaction(deps.db, async (tx) => {
        await lockBookingParties(
          tx,
          holdKeys([
            {
              parties: [slot.practitionerIds[0] as string, ...slot.resourceIds, client.id],
              held: slot.blocked,
            },
          ]),
        );
        id = await insertBookedSession(tx, deps, actor, {
          offering,
          clientId: client.id,
          practitionerId: slot.practitionerIds[0] as string,
          time: slot,
          resourceIds: slot.resourceIds,
          source,
          notes: input.notes,
          contact: { email: client.email, phone: client.phone },
        });
        await appendAudit(tx, actor, {
          action: "appointment.book",
          entityType: "appointment",
          entityId: id,
          details: {
            clientId: client.id,
            offeringId: offering.id,
            practitionerId: slot.practitionerIds[0],
            resourceIds: slot.resourceIds,
            start: new Date(slot.start).toISOString(),
            source,
          },
        });
      });
      return id;
    } catch (error) {
      const overlap = overlapOf(error);
      if (overlap === "client") throw clientBusy();
      if (overlap === "slot" && autoChosen && attempt < AUTO_CHOICE_ATTEMPTS) continue;
      if (overlap === "slot")
        throw slotTaken(await alternativesAfter(deps, actor.organisationId, context, start, timing));
      throw error;
    }
  }
}

/**
 * The slot a booking at `start` would take, with the practitioner and resources chosen (or
 * the chosen ones verified); refused as slot-unavailable (never possible) or slot-taken
 * (held: with the next free alternatives).
 */
export async function resolveSlot(
  deps: AppDeps,
  organisationId: string,
  offering: BookingContext["offering"],
  start: number,
  choice: SlotChoice,
  timing: { notBefore: number; practitionerId?: string | undefined; clinic?: Clinic },
) {
  const context = await loadBookingContext(
    deps.db,
    organisationId,
    offering.clinicId,
    offering.id,
    { start, end: start + 1 },
    { ...timing, offering },
  );
  const outcome = slotAt(context.query, start, choice);
  if (outcome.ok) return { context, slot: outcome.slot };
  const kind = refusalKind(context.query, start, choice, outcome.reason);
  if (kind !== "held") throw slotUnavailable(kind);
  throw slotTaken(await alternativesAfter(deps, organisationId, context, start, timing));
}

/** An appointment as the API shows it: instants written with the clinic's offset. */
export function presentAppointment(view: AppointmentView) {
  const at = (date: Date) => formatInstant(date.getTime(), view.timeZone);
  return {
    ...view,
    start: at(view.start),
    end: at(view.end),
    blockedStart: at(view.blockedStart),
    blockedEnd: at(view.blockedEnd),
    createdAt: view.createdAt.toISOString(),
    updatedAt: view.updatedAt.toISOString(),
  };
}

export async function appointmentView(deps: AppDeps, organisationId: string, id: string) {
  const [view] = await findAppointments(deps.db, organisationId, { id });
  if (!view) throw notFound("appointment");
  return presentAppointment(view);
}

export async function getAppointment(deps: AppDeps, actor: Actor, id: string) {
  assertCan(actor.roles, "booking.read");
  return appointmentView(deps, actor.organisationId, id);
}

export async function clientAppointments(deps: AppDeps, actor: Actor, clientId: string) {
  assertCan(actor.roles, "booking.read");
  if (!(await findClient(deps.db, actor.organisationId, clientId))) throw notFound("client");
  const items = await findAppointments(deps.db, actor.organisationId, { clientId });
  return { items: items.map(presentAppointment) };
}

export const calendarQuerySchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  practitioner: uuid.optional(),
  includeCancelled: z.enum(["true", "false"]).default("false"),
});

/** The clinic's appointments over local days [from, to), for the calendar. */
export async function clinicAppointments(deps: AppDeps, actor: Actor, clinicId: string, raw: unknown) {
  assertCan(actor.roles, "booking.read");
  const clinic = await findClinic(deps.db, actor.organisationId, clinicId);
  if (!clinic) throw notFound("clinic");
  const query = parseOrThrow(calendarQuerySchema, raw);
  const window = windowOfDays(query, clinic.timeZone, actor.now);
  const items = await findAppointments(deps.db, actor.organisationId, {
    clinicId,
    from: new Date(window.start),
    to: new Date(window.end),
    includeCancelled: query.includeCancelled === "true",
  });
  return {
    timeZone: clinic.timeZone,
    items: items
      .filter((item) => !query.practitioner || item.practitioner.id === query.practitioner)
      .map(presentAppointment),
  };
}
