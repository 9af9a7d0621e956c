import type { Actor } from "../domain/actor.ts";
import type { Interval } from "../domain/booking/types.ts";
import { insertAppointment } from "../store/appointment-store.ts";
import type { Executor } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";
import { scheduleReminders } from "./reminder-service.ts";

/**
 * Writes one booked session inside the caller's transaction: the appointment, the
 * resources it holds and its reminders. A single booking, a course and a re-plan all
 * book through here. Returns the appointment's id.
 */
export async function insertBookedSession(
  tx: Executor,
  deps: AppDeps,
  actor: Actor,
  session: {
    offering: { id: string; clinicId: string; priceMinor: number; currency: string };
    clientId: string;
    practitionerId: string;
    /** The session, and the time it holds with its buffers. */
    time: Interval & { blocked: Interval };
    resourceIds: readonly string[];
    source: "staff" | "online";
    notes: string;
    course?: { id: string; number: number };
    /** The client's e-mail and phone when the caller has them: the reminders need not read them. */
    contact?: { email: string | null; phone: string | null };
  },
): Promise<string> {
  const id = deps.newId();
  await insertAppointment(tx, {
    id,
    organisationId: actor.organisationId,
    clinicId: session.offering.clinicId,
    clientId: session.clientId,
    offeringId: session.offering.id,
    practitionerId: session.practitionerId,
    times: {
      start: new Date(session.time.start),
      end: new Date(session.time.end),
      blockedStart: new Date(session.time.blocked.start),
      blockedEnd: new Date(session.time.blocked.end),
    },
    resourceIds: session.resourceIds,
    source: session.source,
    notes: session.notes,
    priceMinor: session.offering.priceMinor,
    currency: session.offering.currency,
    createdBy: actor.userId,
    now: actor.now,
    ...(session.course && { course: session.course }),
  });
  await scheduleReminders(tx, {
    organisationId: actor.organisationId,
    appointmentId: id,
    startsAt: new Date(session.time.start),
    now: actor.now,
    newId: deps.newId,
    ...(session.contact && { newAppointment: session.contact }),
  });
  return id;
}
