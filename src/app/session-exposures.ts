import type { Actor } from "../domain/actor.ts";
import { conflict, DomainError, notFound } from "../domain/errors.ts";
import {
  deviation,
  exposureLimit,
  pauseTimer,
  resumeTimer,
  stopTimer,
  type TimerState,
} from "../domain/sessions/exposure.ts";
import { exposureCreateSchema, exposureStopSchema } from "../domain/sessions/session-requests.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { appendAudit } from "../store/audit-store.ts";
import { listProtocols } from "../store/protocol-store.ts";
import {
  type ExposureChange,
  findSession,
  insertExposure,
  listExposures,
  updateExposure,
} from "../store/session-record-store.ts";
import { inTransaction } from "../store/transaction.ts";
import { appointmentView } from "./appointment-service.ts";
import type { AppDeps } from "./deps.ts";
import { assertStatus, sessionFor } from "./session-service.ts";
import { procedureOf, sessionView, timerOf } from "./session-view.ts";

// Exposures of a running session, timed by the server clock against the protocol's limit.

/** Starts timing one exposure of an area; its limit is fixed when it starts. */
export async function addExposure(deps: AppDeps, actor: Actor, sessionId: string, body: unknown) {
  const session = await sessionFor(deps, actor, sessionId);
  const input = parseOrThrow(exposureCreateSchema, body);
  assertStatus(session, "running", "timed");
  const methodId = input.methodId ?? session.methodId;
  const appointment = await appointmentView(deps, actor.organisationId, session.appointmentId);
  const protocol = (await listProtocols(deps.db, actor.organisationId, appointment.clinicId)).find(
    (p) => p.procedureId === session.procedureId,
  );
  const limit = exposureLimit(procedureOf(session.procedureId), methodId, protocol?.values ?? null);
  if (!limit) {
    throw new DomainError(
      "unprocessable",
      "no-exposure-limit",
      "Neither the clinic's protocol nor the catalog gives an exposure limit for this method: set one in the protocol.",
      { methodId },
    );
  }
  const id = deps.newId();
  await inTransaction(deps.db, async (tx) => {
    const locked = await findSession(tx, actor.organisationId, sessionId, true);
    if (!locked) throw notFound("session");
    assertStatus(locked, "running", "timed");
    await insertExposure(tx, {
      id,
      organisationId: actor.organisationId,
      sessionId,
      area: input.area,
      methodId,
      limitSeconds: limit.seconds,
      startedAt: actor.now,
      createdBy: actor.userId,
    });
    await appendAudit(tx, actor, {
      action: "session.exposure-start",
      entityType: "session",
      entityId: sessionId,
      details: { exposureId: id, methodId, limitSeconds: limit.seconds, limitSource: limit.source },
    });
  });
  return sessionView(deps.db, actor.organisationId, sessionId, actor.now);
}

type TimerAction = "pause" | "resume" | "stop";

/** Pauses, resumes or stops an exposure's timer; a stop past the limit needs a written reason. */
export async function changeExposure(
  deps: AppDeps,
  actor: Actor,
  sessionId: string,
  exposureId: string,
  action: TimerAction,
  body: unknown,
) {
  await sessionFor(deps, actor, sessionId);
  const input = action === "stop" ? parseOrThrow(exposureStopSchema, body ?? {}) : {};
  const now = actor.now.getTime();
  await inTransaction(deps.db, async (tx) => {
    const session = await findSession(tx, actor.organisationId, sessionId, true);
    if (!session) throw notFound("session");
    const exposure = (await listExposures(tx, actor.organisationId, sessionId)).find(
      (e) => e.id === exposureId,
    );
    if (!exposure) throw notFound("exposure");
    assertStatus(session, "running", "timed");
    if (exposure.status === "stopped")
      throw conflict("exposure-stopped", "This exposure is already stopped.");
    const timer = timerOf(exposure);
    const state = (next: TimerState): ExposureChange => ({
      status: next.startedAt === null ? "paused" : "running",
      startedAt: next.startedAt === null ? null : new Date(next.startedAt),
      accumulatedMs: next.accumulatedMs,
    });
    let change: ExposureChange;
    let details: Record<string, unknown> = { exposureId };
    if (action === "pause") change = state(pauseTimer(timer, now));
    else if (action === "resume") change = state(resumeTimer(timer, now));
    else {
      const stopped = stopTimer(timer, now);
      const over = deviation(stopped.elapsedMs, exposure.limitSeconds);
      const reason = "overrunReason" in input ? input.overrunReason : undefined;
      if (over && !reason) {
        throw new DomainError(
          "unprocessable",
          "overrun-reason-required",
          "The exposure ran past its limit: write the reason for the overrun.",
          { overrunSeconds: over.overrunSeconds, limitSeconds: exposure.limitSeconds },
        );
      }
      change = {
        ...state(stopped.state),
        status: "stopped",
        stoppedAt: actor.now,
        elapsedMs: stopped.elapsedMs,
        ...("temperatureSetC" in input && { temperatureSetC: input.temperatureSetC ?? null }),
        ...("temperatureMeasuredC" in input && { temperatureMeasuredC: input.temperatureMeasuredC ?? null }),
        // A reason for time within the limit explains nothing: only an overrun keeps one.
        overrunReason: over ? (reason ?? null) : null,
      };
      details = {
        ...details,
        elapsedMs: stopped.elapsedMs,
        limitSeconds: exposure.limitSeconds,
        deviation: over,
      };
    }
    await updateExposure(tx, actor.organisationId, exposureId, change);
    await appendAudit(tx, actor, {
      action: `session.exposure-${action}`,
      entityType: "session",
      entityId: sessionId,
      details,
    });
  });
  return sessionView(deps.db, actor.organisationId, sessionId, actor.now);
}
