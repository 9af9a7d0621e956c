import type { Actor } from "../domain/actor.ts";
import {
  type AppointmentStatus,
  appointmentCancelSchema,
  appointmentMoveSchema,
  assertTimely,
  nextStatus,
} from "../domain/booking/appointments.ts";
import { slotAt } from "../domain/booking/availability.ts";
import { holdKeys } from "../domain/booking/hold-keys.ts";
import type { SlotChoice } from "../domain/booking/types.ts";
import { notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { parseOrThrow } from "../domain/validation.ts";
import {
  lockAppointment,
  lockBookingParties,
  moveAppointment,
  setAppointmentStatus,
} from "../store/appointment-store.ts";
import { appendAudit } from "../store/audit-store.ts";
import { inTransaction } from "../store/transaction.ts";
import { appointmentView } from "./appointment-service.ts";
import { loadBookingContext } from "./availability-service.ts";
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
import { cancelReminders, scheduleReminders } from "./reminder-service.ts";

/**
 * Moves an appointment in one transaction: the row is locked, the new slot checked and
 * written; if anything refuses (the exclusion constraints included) the transaction
 * rolls back and the old slot is still held.
 */
export async function moveAppointmentTo(deps: AppDeps, actor: Actor, id: string, body: unknown) {
  assertCan(actor.roles, "booking.write");
  const before = await appointmentView(deps, actor.organisationId, id);
  const input = parseOrThrow(appointmentMoveSchema, body);
  const start = input.start.getTime();
  const timing = { notBefore: actor.now.getTime(), exceptAppointmentIds: [id] };
  await assertScreeningAllows(
    deps,
    actor.organisationId,
    before.client.id,
    before.offering.procedureId,
    input.start,
    before.timeZone,
  );
  let context: Awaited<ReturnType<typeof loadBookingContext>> | undefined;
  try {
    await inTransaction(deps.db, async (tx) => {
      const row = await lockAppointment(tx, actor.organisationId, id);
      if (!row) throw notFound("appointment");
      nextStatus(row.status as AppointmentStatus, "move");
      context = await loadBookingContext(
        tx,
        actor.organisationId,
        row.clinic_id,
        row.offering_id,
        { start, end: start + 1 },
        { ...timing, practitionerId: input.practitionerId, includeInactiveOffering: true },
      );
      const keepPractitioner = input.practitionerId ?? row.practitioner_id;
      // What was chosen before stays chosen where it can: the same practitioner, room and
      // device first, then the same practitioner elsewhere, then anyone qualified.
      const choices = [
        {
          practitionerId: keepPractitioner,
          resourceIds: input.resourceIds ?? before.resources.map((r) => r.id),
        },
        { practitionerId: keepPractitioner, resourceIds: input.resourceIds },
        ...(input.practitionerId ? [] : [{ resourceIds: input.resourceIds }]),
      ];
      let outcome = slotAt(context.query, start, choices[0] as SlotChoice);
      for (const choice of choices.slice(1)) {
        if (outcome.ok) break;
        outcome = slotAt(context.query, start, choice);
      }
      if (!outcome.ok) {
        const last = choices.at(-1) as SlotChoice;
        const kind = refusalKind(context.query, start, last, outcome.reason);
        if (kind === "held") throw slotTaken([]);
        throw slotUnavailable(kind);
      }
      const slot = outcome.slot;
      const practitionerId = slot.practitionerIds.includes(keepPractitioner)
        ? keepPractitioner
        : (slot.practitionerIds[0] as string);
      await lockBookingParties(
        tx,
        holdKeys([{ parties: [practitionerId, ...slot.resourceIds, row.client_id], held: slot.blocked }]),
      );
      await moveAppointment(tx, actor.organisationId, id, {
        practitionerId,
        resourceIds: slot.resourceIds,
        now: actor.now,
        times: {
          start: new Date(slot.start),
          end: new Date(slot.end),
          blockedStart: new Date(slot.blocked.start),
          blockedEnd: new Date(slot.blocked.end),
        },
      });
      await cancelReminders(tx, actor.organisationId, id);
      await scheduleReminders(tx, {
        organisationId: actor.organisationId,
        appointmentId: id,
        startsAt: new Date(slot.start),
        now: actor.now,
        newId: deps.newId,
      });
      await appendAudit(tx, actor, {
        action: "appointment.move",
        entityType: "appointment",
        entityId: id,
        details: {
          from: { start: before.start, practitionerId: before.practitioner.id },
          to: { start: new Date(slot.start).toISOString(), practitionerId, resourceIds: slot.resourceIds },
        },
      });
    });
  } catch (error) {
    const overlap = overlapOf(error);
    const taken = overlap === "slot" || (error as { code?: string }).code === "slot-taken";
    if (overlap === "client") throw clientBusy();
    if (taken && context)
      throw slotTaken(await alternativesAfter(deps, actor.organisationId, context, start, timing));
    throw error;
  }
  return appointmentView(deps, actor.organisationId, id);
}

type StatusAction = "cancel" | "no-show" | "check-in";

async function changeStatus(
  deps: AppDeps,
  actor: Actor,
  id: string,
  action: StatusAction,
  cancelReason?: string,
) {
  assertCan(actor.roles, "booking.write");
  await inTransaction(deps.db, async (tx) => {
    const row = await lockAppointment(tx, actor.organisationId, id);
    if (!row) throw notFound("appointment");
    const status = nextStatus(row.status as AppointmentStatus, action);
    assertTimely(action, { start: row.starts_at, end: row.ends_at }, actor.now);
    await setAppointmentStatus(tx, actor.organisationId, id, { status, cancelReason, now: actor.now });
    if (action !== "check-in") await cancelReminders(tx, actor.organisationId, id);
    await appendAudit(tx, actor, {
      action: `appointment.${action}`,
      entityType: "appointment",
      entityId: id,
      details: { from: row.status, to: status, ...(cancelReason && { reason: cancelReason }) },
    });
  });
  return appointmentView(deps, actor.organisationId, id);
}

export function cancelAppointment(deps: AppDeps, actor: Actor, id: string, body: unknown) {
  const { reason } = parseOrThrow(appointmentCancelSchema, body ?? {});
  return changeStatus(deps, actor, id, "cancel", reason);
}

export const markNoShow = (deps: AppDeps, actor: Actor, id: string) =>
  changeStatus(deps, actor, id, "no-show");
export const checkIn = (deps: AppDeps, actor: Actor, id: string) => changeStatus(deps, actor, id, "check-in");
