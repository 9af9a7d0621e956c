import { catalog } from "../catalog/load.ts";
import type { Actor } from "../domain/actor.ts";
import { conflict, invalid, notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import {
  adverseEventCreateSchema,
  adverseEventRecoverySchema,
  assertOnsetNotFuture,
  assessReaction,
  expectedReactions,
  SIGN_OF_TYPE,
} from "../domain/sessions/adverse-events.ts";
import { parseOrThrow } from "../domain/validation.ts";
import {
  type AdverseEventRow,
  findAdverseEvents,
  insertAdverseEvent,
  markRecovered,
} from "../store/adverse-event-store.ts";
import { findAppointments } from "../store/appointment-read-store.ts";
import { appendAudit } from "../store/audit-store.ts";
import { findClient } from "../store/client-store.ts";
import { findCourses } from "../store/course-store.ts";
import { type Executor, inTransaction } from "../store/transaction.ts";
import { pauseCourseIn } from "./course-changes.ts";
import type { AppDeps } from "./deps.ts";

// Recording an adverse event stops the client's cold treatment at once: every active
// course is paused in the same transaction and no new booking passes the gate
// (booking-outcomes.ts) until a practitioner records recovery. Courses stay paused after
// recovery: resuming them is a separate, deliberate decision.

export function adverseEventView(event: AdverseEventRow) {
  return {
    id: event.id,
    clientId: event.clientId,
    appointmentId: event.appointmentId,
    type: event.type,
    severity: event.severity,
    onsetAt: event.onsetAt.toISOString(),
    description: event.description,
    actions: event.actions,
    followUp: event.followUp,
    recordedBy: event.recordedBy,
    recordedAt: event.recordedAt.toISOString(),
    recovered: event.recovery !== null,
    recovery: event.recovery && { ...event.recovery, at: event.recovery.at.toISOString() },
  };
}

async function loadEvent(tx: Executor, organisationId: string, id: string, forUpdate = false) {
  const [event] = await findAdverseEvents(tx, organisationId, { id, forUpdate });
  if (!event) throw notFound("adverse-event");
  return event;
}

/** The session the event followed: it must be the same client's. */
async function procedureOfAppointment(tx: Executor, organisationId: string, clientId: string, id: string) {
  const [appointment] = await findAppointments(tx, organisationId, { id });
  if (!appointment || appointment.client.id !== clientId)
    throw invalid([
      { field: "appointmentId", message: "No appointment of this client has this id.", code: "not-found" },
    ]);
  return appointment.offering.procedureId;
}

export async function recordAdverseEvent(deps: AppDeps, actor: Actor, clientId: string, body: unknown) {
  assertCan(actor.roles, "adverse-event.record");
  // Another organisation's client answers 404 before the body is looked at.
  if (!(await findClient(deps.db, actor.organisationId, clientId))) throw notFound("client");
  const input = parseOrThrow(adverseEventCreateSchema, body);
  const onsetAt = new Date(input.onsetAt);
  assertOnsetNotFuture(onsetAt, actor.now);
  const id = deps.newId();
  return inTransaction(deps.db, async (tx) => {
    const client = await findClient(tx, actor.organisationId, clientId, true);
    if (!client) throw notFound("client");
    const procedureId = input.appointmentId
      ? await procedureOfAppointment(tx, actor.organisationId, clientId, input.appointmentId)
      : null;
    await insertAdverseEvent(tx, {
      id,
      organisationId: actor.organisationId,
      clientId,
      appointmentId: input.appointmentId ?? null,
      type: input.type,
      severity: input.severity,
      onsetAt,
      description: input.description,
      actions: input.actions,
      followUp: input.followUp,
      recordedBy: actor.userId,
      now: actor.now,
    });
    const active = (await findCourses(tx, actor.organisationId, { clientId })).filter(
      (course) => course.status === "active",
    );
    for (const course of active)
      await pauseCourseIn(tx, actor, course.id, { reason: null, adverseEventId: id });
    await appendAudit(tx, actor, {
      action: "adverse-event.record",
      entityType: "client",
      entityId: clientId,
      details: {
        adverseEventId: id,
        type: input.type,
        severity: input.severity,
        pausedCourses: active.map((c) => c.id),
      },
    });
    const procedure = procedureId ? catalog.getProcedure(procedureId) : undefined;
    const sign = SIGN_OF_TYPE[input.type];
    return {
      ...adverseEventView(await loadEvent(tx, actor.organisationId, id)),
      pausedCourses: active.map((course) => ({ id: course.id, name: course.name })),
      // What the catalog expects after the session's procedure, so the form can say
      // "this is an expected reaction" before anyone treats it as harm.
      expectedReactions: procedure ? expectedReactions(procedure) : null,
      assessment: procedure && sign ? assessReaction(procedure, { sign, lasted: input.lasted }) : null,
    };
  });
}

export async function clientAdverseEvents(deps: AppDeps, actor: Actor, clientId: string) {
  assertCan(actor.roles, "client.read");
  if (!(await findClient(deps.db, actor.organisationId, clientId))) throw notFound("client");
  const events = await findAdverseEvents(deps.db, actor.organisationId, { clientId });
  return { items: events.map(adverseEventView) };
}

export async function recordRecovery(deps: AppDeps, actor: Actor, eventId: string, body: unknown) {
  assertCan(actor.roles, "adverse-event.record");
  await loadEvent(deps.db, actor.organisationId, eventId);
  const input = parseOrThrow(adverseEventRecoverySchema, body);
  return inTransaction(deps.db, async (tx) => {
    const event = await loadEvent(tx, actor.organisationId, eventId, true);
    if (event.recovery)
      throw conflict("adverse-event-recovered", "Recovery from this event is already recorded.");
    await markRecovered(tx, actor.organisationId, eventId, {
      by: actor.userId,
      note: input.note,
      now: actor.now,
    });
    await appendAudit(tx, actor, {
      action: "adverse-event.recover",
      entityType: "client",
      entityId: event.clientId,
      details: { adverseEventId: eventId },
    });
    const paused = (await findCourses(tx, actor.organisationId, { clientId: event.clientId })).filter(
      (course) => course.status === "paused",
    );
    return {
      ...adverseEventView(await loadEvent(tx, actor.organisationId, eventId)),
      pausedCourses: paused.map((course) => ({ id: course.id, name: course.name })),
      note:
        paused.length > 0
          ? "The client can be booked again. Their paused courses stay paused until someone resumes them (POST /api/v1/courses/{id}/resume)."
          : "The client can be booked again.",
    };
  });
}
