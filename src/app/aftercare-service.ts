import type { Actor } from "../domain/actor.ts";
import { fullName } from "../domain/clients.ts";
import { notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import type { AftercareSheet, SheetLanguage } from "../domain/sessions/aftercare.ts";
import { findAppointments } from "../store/appointment-read-store.ts";
import { findClient } from "../store/client-store.ts";
import { findClinic } from "../store/clinic-store.ts";
import { findSession } from "../store/session-record-store.ts";
import { aftercareSheetFor } from "./aftercare-render.ts";
import type { AppDeps } from "./deps.ts";

// The aftercare sheet handed to the client after a session: the procedure and method that
// were done, at the clinic's wall-clock time, in the client's language unless asked otherwise.

/** The sheet of a session; another organisation's session is a 404. */
export async function sessionAftercareSheet(
  deps: AppDeps,
  actor: Actor,
  sessionId: string,
  language?: SheetLanguage,
): Promise<AftercareSheet> {
  const session = await findSession(deps.db, actor.organisationId, sessionId);
  if (!session) throw notFound("session");
  assertCan(actor.roles, "booking.read");
  const [appointment] = await findAppointments(deps.db, actor.organisationId, { id: session.appointmentId });
  if (!appointment) throw notFound("appointment");
  const [clinic, client] = await Promise.all([
    findClinic(deps.db, actor.organisationId, appointment.clinicId),
    findClient(deps.db, actor.organisationId, appointment.client.id),
  ]);
  if (!clinic) throw notFound("clinic");
  if (!client) throw notFound("client");
  return aftercareSheetFor({
    procedureId: session.procedureId,
    methodId: session.methodId,
    language: language ?? client.language,
    // The address as the clinic writes it, as the booking pages show it; the city when it has none.
    clinic: { name: clinic.name, address: clinic.address || clinic.city },
    clientName: fullName(client),
    // Before the session starts the sheet is printed for the booked time.
    startsAt: session.startedAt ?? appointment.start,
    timeZone: clinic.timeZone,
  });
}
