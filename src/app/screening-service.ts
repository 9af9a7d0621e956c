import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import type { Actor } from "../domain/actor.ts";
import { conflict, DomainError, invalid, notFound } from "../domain/errors.ts";
import { assertCan, isPhysician } from "../domain/roles.ts";
import { isoDate, parseOrThrow } from "../domain/validation.ts";
import { isQuestionnaireResponse, requestFromQuestionnaireResponse } from "../fhir/questionnaire-response.ts";
import { type ScreeningRequest, screeningRequestSchema } from "../screening/contract.ts";
import { screen } from "../screening/engine.ts";
import { appendAudit } from "../store/audit-store.ts";
import { findClient } from "../store/client-store.ts";
import { findClinic, listClinicIds } from "../store/clinic-store.ts";
import {
  insertScreening,
  insertScreeningReview,
  listScreenings,
  type StoredScreening,
} from "../store/screening-store.ts";
import { inTransaction, sqlState, UNIQUE_VIOLATION } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";

export type ScreeningResponse = ReturnType<typeof screen>;
type Verdict = ScreeningResponse["results"][number]["verdict"];

/** The plain request, from either the JSON contract or a FHIR QuestionnaireResponse. */
function requestFrom(body: unknown, defaults: { date: string; subject?: Record<string, unknown> }) {
  const raw = isQuestionnaireResponse(body) ? requestFromQuestionnaireResponse(body) : body;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw invalid([
      { field: "(body)", message: "Send a screening request object or a QuestionnaireResponse." },
    ]);
  }
  const record = raw as Record<string, unknown>;
  const subject = { ...defaults.subject, ...(record.subject as Record<string, unknown> | undefined) };
  return parseOrThrow(screeningRequestSchema, { ...record, date: record.date ?? defaults.date, subject });
}

/** Stateless screening for the public advisor: nothing is stored. */
export function screenAnonymous(body: unknown, today: string): ScreeningResponse {
  return screen(requestFrom(body, { date: today }));
}

/** Today's date in the organisation's (first) clinic's time zone. */
async function clinicToday(deps: AppDeps, actor: Actor): Promise<string> {
  const [clinicId] = await listClinicIds(deps.db, actor.organisationId);
  const clinic = clinicId ? await findClinic(deps.db, actor.organisationId, clinicId) : undefined;
  const zone = clinic?.timeZone ?? "UTC";
  return Temporal.Instant.fromEpochMilliseconds(actor.now.getTime())
    .toZonedDateTimeISO(zone)
    .toPlainDate()
    .toString();
}

const unique = <T>(items: readonly T[]) => [
  ...new Map(items.map((item) => [JSON.stringify(item), item])).values(),
];

/** The intake's conditions and recent procedures, with the new answers and vitals on top. */
function carryForward(intake: ScreeningRequest, current: ScreeningRequest): ScreeningRequest {
  return {
    ...current,
    subject: { ...intake.subject, ...current.subject },
    conditions: unique([...intake.conditions, ...current.conditions]),
    recentProcedures: unique([...(intake.recentProcedures ?? []), ...(current.recentProcedures ?? [])]),
  };
}

const recordOptions = z.object({ kind: z.enum(["intake", "pre-session"]).default("intake") });

/** Records a screening of a client: answers and vitals, who recorded them, the verdicts. */
export async function recordScreening(
  deps: AppDeps,
  actor: Actor,
  clientId: string,
  body: unknown,
  options: { kind?: string | undefined } = {},
): Promise<StoredScreening> {
  assertCan(actor.roles, "screening.record");
  const client = await findClient(deps.db, actor.organisationId, clientId);
  if (!client) throw notFound("client");
  const { kind } = parseOrThrow(recordOptions, {
    kind: options.kind ?? (body as { kind?: unknown } | null)?.kind,
  });
  const { kind: _kind, ...withoutKind } = (typeof body === "object" && body !== null ? body : {}) as Record<
    string,
    unknown
  >;
  const answered = requestFrom(isQuestionnaireResponse(body) ? body : withoutKind, {
    date: await clinicToday(deps, actor),
    subject: {
      ...(client.birthDate && { birthDate: client.birthDate }),
      ...(client.sex && { sex: client.sex }),
    },
  });
  // A pre-session check adds today's vitals to what the intake found: it never
  // forgets a contraindication because the form only asked for vitals.
  const history = kind === "pre-session" ? await listScreenings(deps.db, actor.organisationId, clientId) : [];
  const intake = history.find((screening) => screening.kind === "intake")?.request as
    | ScreeningRequest
    | undefined;
  const request = intake ? carryForward(intake, answered) : answered;
  const response = screen({ ...request, procedures: undefined });
  const id = deps.newId();
  await inTransaction(deps.db, async (tx) => {
    await insertScreening(tx, {
      id,
      organisationId: actor.organisationId,
      clientId,
      kind,
      date: request.date as string,
      request,
      results: response,
      recordedBy: actor.userId,
      now: actor.now,
    });
    // The audit names the record, not its health content.
    await appendAudit(tx, actor, {
      action: "screening.record",
      entityType: "client",
      entityId: clientId,
      details: { screeningId: id, kind },
    });
  });
  const stored = (await listScreenings(deps.db, actor.organisationId, clientId, 5)).find((s) => s.id === id);
  return stored as StoredScreening;
}

export interface CurrentVerdict {
  procedureId: string;
  verdict: Verdict;
  until: string | null;
  screeningId: string;
  date: string;
  clearedBy: StoredScreening["reviews"][number] | null;
}

/** Per procedure, the verdict of the latest screening, and whether a physician cleared it. */
export function currentVerdicts(history: readonly StoredScreening[]): CurrentVerdict[] {
  const latest = history[0];
  if (!latest) return [];
  const response = latest.results as ScreeningResponse;
  return response.results.map((result) => ({
    procedureId: result.procedureId,
    verdict: result.verdict,
    until: result.until,
    screeningId: latest.id,
    date: latest.date,
    clearedBy: result.verdict === "needs-review" ? clearanceFor(history, result) : null,
  }));
}

type ProcedureResult = ScreeningResponse["results"][number];

/** What a physician weighed: the reasons that asked for review. */
const reviewedFindings = (result: ProcedureResult) =>
  result.reasons
    .filter((reason) => reason.verdict === "needs-review")
    .map((reason) => reason.code)
    .sort()
    .join("|");

/**
 * A physician's clearance stands while the findings behind it are the same: a later
 * pre-session check with unchanged findings does not ask again; a new finding does.
 */
function clearanceFor(history: readonly StoredScreening[], result: ProcedureResult) {
  const findings = reviewedFindings(result);
  for (const screening of history) {
    const review = screening.reviews.find((r) => r.procedureId === result.procedureId);
    const reviewed = (screening.results as ScreeningResponse).results.find(
      (r) => r.procedureId === result.procedureId,
    );
    if (review && reviewed && reviewedFindings(reviewed) === findings) return review;
  }
  return null;
}

export async function clientScreenings(deps: AppDeps, actor: Actor, clientId: string) {
  assertCan(actor.roles, "client.read");
  if (!(await findClient(deps.db, actor.organisationId, clientId))) throw notFound("client");
  const history = await listScreenings(deps.db, actor.organisationId, clientId);
  return { current: currentVerdicts(history), history };
}

const reviewSchema = z.strictObject({
  procedureId: z.string().min(1),
  reason: z.string().trim().min(10, "Write the reason in at least 10 characters.").max(2000),
});

/** A physician clears a needs-review verdict with a written reason; audited. */
export async function clearNeedsReview(
  deps: AppDeps,
  actor: Actor,
  clientId: string,
  screeningId: string,
  body: unknown,
) {
  // Existence first: another organisation's screening is a 404 whoever asks.
  const history = await listScreenings(deps.db, actor.organisationId, clientId);
  const screening = history.find((s) => s.id === screeningId);
  if (!screening) throw notFound("screening");
  const input = parseOrThrow(reviewSchema, body);
  if (!isPhysician(actor.qualifications)) {
    throw new DomainError(
      "forbidden",
      "physician-required",
      "Only a dermatologist or otolaryngologist can clear a needs-review verdict.",
    );
  }
  const result = (screening.results as ScreeningResponse).results.find(
    (r) => r.procedureId === input.procedureId,
  );
  if (!result)
    throw invalid([{ field: "procedureId", message: "This screening has no verdict for that procedure." }]);
  if (result.verdict !== "needs-review") {
    throw conflict(
      "not-needs-review",
      `The verdict is ${result.verdict}: only needs-review verdicts can be cleared.`,
    );
  }
  try {
    await inTransaction(deps.db, async (tx) => {
      await insertScreeningReview(tx, {
        id: deps.newId(),
        organisationId: actor.organisationId,
        screeningId,
        procedureId: input.procedureId,
        reason: input.reason,
        reviewedBy: actor.userId as string,
        now: actor.now,
      });
      await appendAudit(tx, actor, {
        action: "screening.clear-needs-review",
        entityType: "client",
        entityId: clientId,
        // The written reason is clinical text: it stays in the review, not the audit log.
        details: { screeningId, procedureId: input.procedureId },
      });
    });
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION)
      throw conflict("already-reviewed", "This verdict was already cleared.");
    throw error;
  }
  return clientScreenings(deps, actor, clientId);
}

export type GateOutcome =
  | { allowed: true }
  | {
      allowed: false;
      code: "screening-required" | "contraindicated" | "postponed" | "needs-review";
      until?: string | null;
    };

/**
 * Whether a procedure may be booked or performed for a client on a date, by the
 * latest screening: refused when contraindicated, blocked until the postpone date,
 * and held until a physician clears a needs-review verdict.
 */
export async function screeningGate(
  deps: AppDeps,
  organisationId: string,
  clientId: string,
  procedureId: string,
  date: string,
): Promise<GateOutcome> {
  isoDate.parse(date);
  const current = currentVerdicts(await listScreenings(deps.db, organisationId, clientId)).find(
    (v) => v.procedureId === procedureId,
  );
  if (!current) return { allowed: false, code: "screening-required" };
  if (current.verdict === "contraindicated") return { allowed: false, code: "contraindicated" };
  if (current.verdict === "postpone" && (current.until === null || current.until > date)) {
    return { allowed: false, code: "postponed", until: current.until };
  }
  if (current.verdict === "needs-review" && !current.clearedBy)
    return { allowed: false, code: "needs-review" };
  return { allowed: true };
}
