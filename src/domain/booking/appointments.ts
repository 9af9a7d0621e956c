import { z } from "zod";
import { conflict } from "../errors.ts";
import { uuid } from "../validation.ts";

// Appointment requests and the status rules every edge shares.

export const APPOINTMENT_STATUSES = ["booked", "checked-in", "completed", "cancelled", "no-show"] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** An instant with its offset, as every API time is written: 2026-03-29T10:00:00+02:00. */
export const instant = z.iso
  .datetime({
    offset: true,
    message: "Use an ISO 8601 time with its offset, e.g. 2026-03-29T10:00:00+02:00.",
  })
  .transform((value) => new Date(value));

const notes = z.string().trim().max(2000);

export const appointmentCreateSchema = z.strictObject({
  clientId: uuid,
  offeringId: uuid,
  start: instant,
  practitionerId: uuid.optional(),
  resourceIds: z.array(uuid).max(10).optional(),
  notes: notes.default(""),
});
export type AppointmentCreate = z.infer<typeof appointmentCreateSchema>;

export const appointmentMoveSchema = z.strictObject({
  start: instant,
  practitionerId: uuid.optional(),
  resourceIds: z.array(uuid).max(10).optional(),
});
export type AppointmentMove = z.infer<typeof appointmentMoveSchema>;

export const appointmentCancelSchema = z.strictObject({ reason: z.string().trim().max(500).default("") });

type Action = "move" | "cancel" | "no-show" | "check-in";

/** Which status each action may start from, and where it leads. */
const TRANSITIONS: Record<Action, { from: readonly AppointmentStatus[]; to: AppointmentStatus | null }> = {
  move: { from: ["booked"], to: null },
  cancel: { from: ["booked", "checked-in"], to: "cancelled" },
  "no-show": { from: ["booked"], to: "no-show" },
  "check-in": { from: ["booked"], to: "checked-in" },
};

const PAST_PARTICIPLE: Record<Action, string> = {
  move: "moved",
  cancel: "cancelled",
  "no-show": "marked as a no-show",
  "check-in": "checked in",
};

/** The status an action leads to (the same one for a move), or a 409 naming the current status. */
export function nextStatus(current: AppointmentStatus, action: Action): AppointmentStatus {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(current)) {
    throw conflict("invalid-status", `A ${current} appointment cannot be ${PAST_PARTICIPLE[action]}.`, {
      currentStatus: current,
      action,
    });
  }
  return rule.to ?? current;
}

/** Statuses that hold the practitioner, resources and client (as appointment_holds_slot in SQL). */
export function holdsSlot(status: AppointmentStatus): boolean {
  return status === "booked" || status === "checked-in" || status === "completed";
}

/** How early a client may be checked in before the session starts. */
export const CHECK_IN_EARLY_MINUTES = 60;

/**
 * Check-in and no-show follow the clock: a client is checked in from an hour before the
 * session until it ends, and is a no-show only once the session has started.
 */
export function assertTimely(action: Action, times: { start: Date; end: Date }, now: Date): void {
  if (action === "check-in" && now.getTime() < times.start.getTime() - CHECK_IN_EARLY_MINUTES * 60_000) {
    throw conflict(
      "check-in-too-early",
      `Check-in opens ${CHECK_IN_EARLY_MINUTES} minutes before the session.`,
    );
  }
  if (action === "check-in" && now >= times.end) {
    throw conflict("check-in-too-late", "The session is over: record a no-show instead.");
  }
  if (action === "no-show" && now < times.start) {
    throw conflict("no-show-too-early", "The session has not started yet.");
  }
}
