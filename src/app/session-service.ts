import { Temporal } from "temporal-polyfill";
import type { Actor } from "../domain/actor.ts";
import { conflict, DomainError, invalid, notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { checklistComplete } from "../domain/sessions/checklist.ts";
import { methodOf } from "../domain/sessions/exposure.ts";
import { observationUntil } from "../domain/sessions/observation.ts";
import {
  checklistAnswersSchema,
  sessionCreateSchema,
  sessionFinishSchema,
} from "../domain/sessions/session-requests.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { lockAppointment, setAppointmentStatus } from "../store/appointment-store.ts";
import { appendAudit } from "../store/audit-store.ts";
import {
  findSession,
  insertSession,
  listExposures,
  type SessionRecord,
  sessionIdOfAppointment,
  updateSession,
} from "../store/session-record-store.ts";
import { inTransaction, sqlState, UNIQUE_VIOLATION } from "../store/transaction.ts";
import { appointmentView } from "./appointment-service.ts";
import type { AppDeps } from "./deps.ts";
import { recordScreening, screeningGate } from "./screening-service.ts";
import { checklistOf, procedureOf, sessionView } from "./session-view.ts";

// Running a treatment session against the protocol: created at a checked-in appointment,
// started once the checklist is complete and the screening allows it, finished into the
// observation period. Exposures and photos live in their own files.

/** Opens a session at a checked-in appointment with the checklist for its procedure and method. */
export async function createSession(deps: AppDeps, actor: Actor, appointmentId: string, body: unknown) {
  assertCan(actor.roles, "session.run");
  const appointment = await appointmentView(deps, actor.organisationId, appointmentId);
  const input = parseOrThrow(sessionCreateSchema, body ?? {});
  const procedure = procedureOf(appointment.offering.procedureId);
  methodOf(procedure, input.methodId);
  if (appointment.status !== "checked-in") {
    throw conflict("appointment-not-checked-in", "Check the client in before starting the session.", {
      currentStatus: appointment.status,
    });
  }
  const held = appointment.resources.map((r) => r.id);
  if (input.resourceId !== undefined && !held.includes(input.resourceId)) {
    throw invalid([{ field: "resourceId", message: "Use a room or device held by this appointment." }]);
  }
  // The device or cabin the appointment holds, when the client did not name one.
  const resourceId = input.resourceId ?? appointment.resources.find((r) => r.type !== "room")?.id ?? null;
  const id = deps.newId();
  try {
    await inTransaction(deps.db, async (tx) => {
      await insertSession(tx, {
        id,
        organisationId: actor.organisationId,
        appointmentId,
        procedureId: procedure.id,
        methodId: input.methodId,
        practitionerId: appointment.practitioner.id,
        resourceId,
        now: actor.now,
      });
      await appendAudit(tx, actor, {
        action: "session.create",
        entityType: "session",
        entityId: id,
        details: { appointmentId, procedureId: procedure.id, methodId: input.methodId },
      });
    });
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) {
      const sessionId = await sessionIdOfAppointment(deps.db, actor.organisationId, appointmentId);
      throw conflict("session-exists", "This appointment already has a session.", { sessionId });
    }
    throw error;
  }
  return sessionView(deps.db, actor.organisationId, id, actor.now);
}

export async function getSession(deps: AppDeps, actor: Actor, id: string) {
  assertCan(actor.roles, "booking.read");
  return sessionView(deps.db, actor.organisationId, id, actor.now);
}

/** The session, or 404; then the role check, so another organisation's session stays unseen. */
export async function sessionFor(deps: AppDeps, actor: Actor, id: string): Promise<SessionRecord> {
  const session = await findSession(deps.db, actor.organisationId, id);
  if (!session) throw notFound("session");
  assertCan(actor.roles, "session.run");
  return session;
}

export function assertStatus(session: SessionRecord, expected: SessionRecord["status"], action: string) {
  if (session.status !== expected) {
    throw conflict("invalid-session-status", `A ${session.status} session cannot be ${action}.`, {
      currentStatus: session.status,
    });
  }
}

/**
 * Stores the checklist answers. Today's vitals are also recorded as a pre-session screening,
 * so the screening gate judges the client on them when the session starts.
 */
export async function answerChecklist(deps: AppDeps, actor: Actor, id: string, body: unknown) {
  const session = await sessionFor(deps, actor, id);
  const { answers } = parseOrThrow(checklistAnswersSchema, body);
  assertStatus(session, "preparing", "changed once started");
  const items = checklistOf(session);
  const status = checklistComplete(items, answers);
  if (status.invalid.length > 0) throw invalid(status.invalid.flatMap((i) => i.issues));
  const vitalsItem = items.find((item) => item.kind === "record-vitals");
  const vitals = vitalsItem ? answers[vitalsItem.id] : undefined;
  const weight = items.find((item) => item.kind === "record-weight");
  let screeningId = session.screeningId;
  const vitalsChanged =
    JSON.stringify(vitals) !== JSON.stringify(vitalsItem && session.checklistAnswers[vitalsItem.id]);
  if (vitals !== undefined && vitals !== null && (screeningId === null || vitalsChanged)) {
    const appointment = await appointmentView(deps, actor.organisationId, session.appointmentId);
    const weightKg = weight ? answers[weight.id] : undefined;
    const screening = await recordScreening(
      deps,
      actor,
      appointment.client.id,
      {
        subject: { ...(vitals as object), ...(typeof weightKg === "number" && { weightKg }) },
        conditions: [],
      },
      { kind: "pre-session" },
    );
    screeningId = screening.id;
  }
  await inTransaction(deps.db, async (tx) => {
    const locked = await findSession(tx, actor.organisationId, id, true);
    if (!locked) throw notFound("session");
    assertStatus(locked, "preparing", "changed once started");
    await updateSession(tx, actor.organisationId, id, {
      checklistAnswers: answers,
      screeningId,
      now: actor.now,
    });
    // Which items were answered, not the health data in the answers.
    await appendAudit(tx, actor, {
      action: "session.checklist",
      entityType: "session",
      entityId: id,
      details: { answered: Object.keys(answers), complete: status.complete, screeningId },
    });
  });
  return sessionView(deps.db, actor.organisationId, id, actor.now);
}

/** Starts the session: refused until the checklist is complete and the screening allows it today. */
export async function startSession(deps: AppDeps, actor: Actor, id: string) {
  const session = await sessionFor(deps, actor, id);
  assertStatus(session, "preparing", "started");
  const status = checklistComplete(checklistOf(session), session.checklistAnswers);
  if (!status.complete) {
    throw new DomainError("unprocessable", "checklist-incomplete", "Complete the checklist first.", {
      missing: status.missing,
    });
  }
  const appointment = await appointmentView(deps, actor.organisationId, session.appointmentId);
  const today = Temporal.Instant.fromEpochMilliseconds(actor.now.getTime())
    .toZonedDateTimeISO(appointment.timeZone)
    .toPlainDate()
    .toString();
  const gate = await screeningGate(
    deps,
    actor.organisationId,
    appointment.client.id,
    session.procedureId,
    today,
  );
  if (!gate.allowed) {
    throw new DomainError("unprocessable", gate.code, "The screening does not allow this session today.", {
      ...(gate.until !== undefined && { until: gate.until }),
    });
  }
  await inTransaction(deps.db, async (tx) => {
    const locked = await findSession(tx, actor.organisationId, id, true);
    if (!locked) throw notFound("session");
    assertStatus(locked, "preparing", "started");
    await updateSession(tx, actor.organisationId, id, {
      status: "running",
      startedAt: actor.now,
      now: actor.now,
    });
    await appendAudit(tx, actor, {
      action: "session.start",
      entityType: "session",
      entityId: id,
      details: {},
    });
  });
  return sessionView(deps.db, actor.organisationId, id, actor.now);
}

/**
 * Finishes the session once every exposure is stopped: the appointment is completed and the
 * client stays under observation for the rest period.
 */
export async function finishSession(deps: AppDeps, actor: Actor, id: string, body: unknown) {
  await sessionFor(deps, actor, id);
  const input = parseOrThrow(sessionFinishSchema, body ?? {});
  await inTransaction(deps.db, async (tx) => {
    const session = await findSession(tx, actor.organisationId, id, true);
    if (!session) throw notFound("session");
    assertStatus(session, "running", "finished");
    const open = (await listExposures(tx, actor.organisationId, id)).filter((e) => e.status !== "stopped");
    if (open.length > 0) {
      throw conflict("exposure-not-stopped", "Stop every exposure before finishing the session.", {
        exposureIds: open.map((e) => e.id),
      });
    }
    const appointment = await lockAppointment(tx, actor.organisationId, session.appointmentId);
    if (!appointment) throw notFound("appointment");
    if (appointment.status !== "checked-in") {
      throw conflict("invalid-status", `A ${appointment.status} appointment cannot be completed.`, {
        currentStatus: appointment.status,
      });
    }
    await updateSession(tx, actor.organisationId, id, {
      status: "observing",
      finishedAt: actor.now,
      observationUntil: observationUntil(actor.now),
      outcome: input.outcome,
      notes: input.notes,
      nitrogenLitres: input.nitrogenLitres ?? null,
      now: actor.now,
    });
    await setAppointmentStatus(tx, actor.organisationId, session.appointmentId, {
      status: "completed",
      now: actor.now,
    });
    await appendAudit(tx, actor, {
      action: "session.finish",
      entityType: "session",
      entityId: id,
      details: { nitrogenLitres: input.nitrogenLitres ?? null },
    });
    await appendAudit(tx, actor, {
      action: "appointment.complete",
      entityType: "appointment",
      entityId: session.appointmentId,
      details: { from: appointment.status, to: "completed", sessionId: id },
    });
  });
  return sessionView(deps.db, actor.organisationId, id, actor.now);
}
