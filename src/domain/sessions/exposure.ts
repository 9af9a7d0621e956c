import type { Method, Procedure } from "../../catalog/schema.ts";
import { type Claim, claimsOf, isDisputed } from "../../catalog/schema-common.ts";
import type { ProtocolValues } from "../clinic-protocol.ts";
import { DomainError } from "../errors.ts";

// How long one exposure may last, and the timer arithmetic a session runs against it.
// The clinic's protocol value wins; otherwise the catalog's documented maximum for the
// method. Where the articles disagree every claim is kept and the shortest maximum is
// the limit: a client is never kept in the cold longer than any article allows.

/** One exposure as the catalog states it: what it counts over and how long. */
export type ExposureValue = Extract<NonNullable<Method["exposure"]>, { value: unknown }>["value"];
export type ExposurePer = ExposureValue["per"];

export interface ExposureLimit {
  seconds: number;
  source: "protocol" | "catalog";
  /** What one exposure counts over (area, lesion, application, session); null when the claims differ. */
  per: ExposurePer | null;
  /** Every catalog claim for the method, kept whoever sets the limit, so both sides stay visible. */
  claims: Claim<ExposureValue>[];
  /** Disagreements between the articles (conflicts.json ids); empty when they agree. */
  conflicts: string[];
}

const SECONDS_PER_UNIT: Record<ExposureValue["range"]["unit"], number> = { s: 1, min: 60 };

/** The method of a procedure, or a field error naming the methods it has. */
export function methodOf(procedure: Procedure, methodId: string): Method {
  const method = procedure.methods.find((m) => m.id === methodId);
  if (method) return method;
  const ids = procedure.methods.map((m) => m.id);
  throw new DomainError("unprocessable", "unknown-method", "This procedure has no such method.", {
    fields: [
      {
        field: "methodId",
        message: `Use a method of ${procedure.id}: ${ids.join(", ")}.`,
        code: "unknown-method",
      },
    ],
  });
}

function maxSeconds(claim: Claim<ExposureValue>): number | undefined {
  const { max, unit } = claim.value.range;
  return max === undefined ? undefined : max * SECONDS_PER_UNIT[unit];
}

/**
 * The limit for one exposure with a method, or null when neither the clinic's protocol nor
 * any article gives a maximum (the session then needs a protocol value to be timed against).
 */
export function exposureLimit(
  procedure: Procedure,
  methodId: string,
  clinicProtocol?: Pick<ProtocolValues, "exposureSeconds"> | null,
): ExposureLimit | null {
  const method = methodOf(procedure, methodId);
  const claims = method.exposure ? claimsOf(method.exposure) : [];
  const conflicts = method.exposure && isDisputed(method.exposure) ? method.exposure.conflicts : [];
  const pers = new Set(claims.map((claim) => claim.value.per));
  const sharedPer = pers.size === 1 ? (claims[0]?.value.per ?? null) : null;

  const protocolSeconds = clinicProtocol?.exposureSeconds?.[methodId];
  if (protocolSeconds !== undefined) {
    return { seconds: protocolSeconds, source: "protocol", per: sharedPer, claims, conflicts };
  }

  // A claim with only a minimum ("more than 30 seconds") sets no ceiling of its own.
  let shortest: { seconds: number; per: ExposurePer } | undefined;
  for (const claim of claims) {
    const seconds = maxSeconds(claim);
    if (seconds !== undefined && (shortest === undefined || seconds < shortest.seconds)) {
      shortest = { seconds, per: claim.value.per };
    }
  }
  if (!shortest) return null;
  return { seconds: shortest.seconds, source: "catalog", per: shortest.per, claims, conflicts };
}

/**
 * A server-side exposure timer. Running while `startedAt` is set (epoch ms); the time of
 * earlier running spans is in `accumulatedMs`. The clock is always passed in.
 */
export interface TimerState {
  startedAt: number | null;
  accumulatedMs: number;
}

export const IDLE_TIMER: TimerState = { startedAt: null, accumulatedMs: 0 };

/** Time since `startedAt`; never negative, so a clock stepping back cannot shrink an exposure. */
function runningMs(state: TimerState, now: number): number {
  return state.startedAt === null ? 0 : Math.max(0, now - state.startedAt);
}

export function elapsedMs(state: TimerState, now: number): number {
  return state.accumulatedMs + runningMs(state, now);
}

export function isRunning(state: TimerState): boolean {
  return state.startedAt !== null;
}

/** Starts a fresh timer; a timer that has already counted time is resumed, not restarted. */
export function startTimer(state: TimerState, now: number): TimerState {
  if (state.startedAt !== null || state.accumulatedMs > 0) {
    throw new DomainError(
      "conflict",
      "timer-already-started",
      "The exposure timer has already been started.",
    );
  }
  return { startedAt: now, accumulatedMs: 0 };
}

/** Pausing a paused timer changes nothing, so a repeated request is harmless. */
export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.startedAt === null) return state;
  return { startedAt: null, accumulatedMs: elapsedMs(state, now) };
}

/** Resuming a running timer changes nothing. */
export function resumeTimer(state: TimerState, now: number): TimerState {
  if (state.startedAt !== null) return state;
  return { startedAt: now, accumulatedMs: state.accumulatedMs };
}

/** Stops the timer for good and gives the exposure's total running time. */
export function stopTimer(state: TimerState, now: number): { state: TimerState; elapsedMs: number } {
  const stopped = pauseTimer(state, now);
  return { state: stopped, elapsedMs: stopped.accumulatedMs };
}

export type ExposurePhase = "ok" | "warning" | "limit";

/**
 * "warning" from 80 % of the limit, "limit" from 100 %. Multiplied out rather than divided,
 * so 80 % of 180 s is exactly 144 000 ms, not a float a hair away from it.
 */
export function phase(elapsed: number, limitSeconds: number): ExposurePhase {
  if (elapsed >= limitSeconds * 1000) return "limit";
  if (elapsed * 5 >= limitSeconds * 4000) return "warning";
  return "ok";
}

/** Reaching the limit is allowed; only time past it is an overrun, in seconds to the millisecond. */
export function deviation(elapsed: number, limitSeconds: number): { overrunSeconds: number } | null {
  const overMs = elapsed - limitSeconds * 1000;
  return overMs > 0 ? { overrunSeconds: overMs / 1000 } : null;
}
