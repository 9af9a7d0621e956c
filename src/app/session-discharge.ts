import { Temporal } from "temporal-polyfill";
import type { Actor } from "../domain/actor.ts";
import { DomainError, notFound } from "../domain/errors.ts";
import { dischargeIsEarly } from "../domain/sessions/observation.ts";
import { sessionDischargeSchema } from "../domain/sessions/session-requests.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { appendAudit } from "../store/audit-store.ts";
import { findSession, updateSession } from "../store/session-record-store.ts";
import { inTransaction } from "../store/transaction.ts";
import { appointmentView } from "./appointment-service.ts";
import type { AppDeps } from "./deps.ts";
import { assertStatus, sessionFor } from "./session-service.ts";
import { sessionView } from "./session-view.ts";

// The end of a session: the client leaves the observation period with their condition
// written down. Before the rest time is over that takes a reason, so an early departure is
// a decision someone made, not an oversight.

/** "10:37" at the clinic: the time the practitioner sees on the wall. */
function clinicTime(instant: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainTime()
    .toString({ smallestUnit: "minute" });
}

/** Discharges an observed client: the session is finished with the time and the note. */
export async function dischargeSession(deps: AppDeps, actor: Actor, id: string, body: unknown) {
  const session = await sessionFor(deps, actor, id);
  const input = parseOrThrow(sessionDischargeSchema, body ?? {});
  const earlyReason = input.earlyReason || null;
  assertStatus(session, "observing", "discharged");
  if (dischargeIsEarly(session.observationUntil, actor.now) && earlyReason === null) {
    const until = session.observationUntil as Date;
    const { timeZone } = await appointmentView(deps, actor.organisationId, session.appointmentId);
    throw new DomainError(
      "unprocessable",
      "observation-not-over",
      `The client is under observation until ${clinicTime(until, timeZone)}: give a reason to discharge them earlier.`,
      {
        observationUntil: until.toISOString(),
        fields: [
          {
            field: "earlyReason",
            message: "Required before the observation time is over.",
            code: "required",
          },
        ],
      },
    );
  }
  await inTransaction(deps.db, async (tx) => {
    const locked = await findSession(tx, actor.organisationId, id, true);
    if (!locked) throw notFound("session");
    assertStatus(locked, "observing", "discharged");
    const early = dischargeIsEarly(locked.observationUntil, actor.now);
    await updateSession(tx, actor.organisationId, id, {
      status: "finished",
      discharge: { at: actor.now, by: actor.userId, note: input.note, earlyReason },
      now: actor.now,
    });
    // Whether it was early, not the client's condition: the audit log holds no health notes.
    await appendAudit(tx, actor, {
      action: "session.discharge",
      entityType: "session",
      entityId: id,
      details: { early, observationUntil: locked.observationUntil?.toISOString() ?? null },
    });
  });
  return sessionView(deps.db, actor.organisationId, id, actor.now);
}
