import { z } from "zod";
import {
  type Citation,
  type Claim,
  claimsOf,
  type Procedure,
  type Range,
  type Reaction,
} from "../../catalog/schema.ts";
import { DomainError } from "../errors.ts";
import { uuid } from "../validation.ts";

// An adverse event after a cold procedure: what happened, how bad, when it began, what
// was done and what follows. Not every sign after a session is one: the catalog lists
// each procedure's expected reactions (redness, oedema, peeling) with how long the
// articles say they last; within that it is expected, beyond it or unlisted it is not.

export const ADVERSE_EVENT_TYPES = [
  "frostbite",
  "cold-burn",
  "dermatitis",
  "pigmentation-change",
  "pain",
  "oedema",
  "allergic-reaction",
  "nerve-damage",
  "other",
] as const;
export type AdverseEventType = (typeof ADVERSE_EVENT_TYPES)[number];

export const SEVERITIES = ["mild", "moderate", "severe"] as const;
export type Severity = (typeof SEVERITIES)[number];

const DURATION_UNITS = ["min", "h", "days"] as const;
export const observedDurationSchema = z.strictObject({
  value: z.number().positive().max(100_000),
  unit: z.enum(DURATION_UNITS),
});
export type ObservedDuration = z.infer<typeof observedDurationSchema>;

const text = (max: number) => z.string().trim().max(max);

export const adverseEventCreateSchema = z.strictObject({
  type: z.enum(ADVERSE_EVENT_TYPES),
  severity: z.enum(SEVERITIES),
  /** When it began, with an offset: "2026-11-20T12:30:00+03:00". */
  onsetAt: z.iso.datetime({ offset: true, message: "Use an ISO date-time with an offset." }),
  description: text(2000).min(1),
  actions: text(2000).default(""),
  followUp: text(2000).default(""),
  /** The session it followed, when known: its procedure's expected reactions are compared. */
  appointmentId: uuid.optional(),
  /** How long the sign has lasted so far, to tell it from an expected reaction. */
  lasted: observedDurationSchema.optional(),
});
export type AdverseEventCreate = z.output<typeof adverseEventCreateSchema>;

export const adverseEventRecoverySchema = z.strictObject({
  note: text(2000).min(1),
});

/** An onset in the future is a typing mistake, not an event. */
export function assertOnsetNotFuture(onsetAt: Date, now: Date): void {
  if (onsetAt.getTime() > now.getTime())
    throw new DomainError("validation", "validation-failed", "The onset cannot be in the future.", {
      fields: [{ field: "onsetAt", message: "The onset cannot be in the future.", code: "in-the-future" }],
    });
}

/** What a practitioner sees on the skin or hears from the client, in the catalog's terms. */
export const OBSERVED_SIGNS = [
  "redness",
  "oedema",
  "peeling",
  "tingling",
  "burning",
  "blister",
  "pain",
  "tissue-rejection",
] as const;
export type ObservedSign = (typeof OBSERVED_SIGNS)[number];

/**
 * Which catalog reactions (src/catalog/data/procedures/*.json, `reactions[].id`) each sign
 * belongs to. Signs of side effects (frostbite, cold allergy, pigment change) are absent
 * on purpose: the catalog lists them under `sideEffects`, never as expected.
 */
const REACTIONS_OF_SIGN: Record<ObservedSign, readonly string[]> = {
  redness: ["swelling-redness"],
  oedema: ["swelling-redness"],
  peeling: ["light-peeling"],
  tingling: ["tingling-cold", "tingling-burning-after"],
  burning: ["tingling-burning-after"],
  blister: ["blister"],
  pain: ["pain-at-site"],
  "tissue-rejection": ["tissue-rejection"],
};

/** The sign an event type stands for, where it can be an expected reaction at all. */
export const SIGN_OF_TYPE: Partial<Record<AdverseEventType, ObservedSign>> = {
  oedema: "oedema",
  pain: "pain",
};

const MINUTES: Record<Range<string>["unit"], number> = {
  min: 1,
  h: 60,
  days: 24 * 60,
  months: 30 * 24 * 60,
  years: 365 * 24 * 60,
};

const toMinutes = (value: number, unit: string) => value * (MINUTES[unit] ?? Number.NaN);

/** How long one claim lets the reaction last: its upper bound, or its lower bound when it gives only that ("several days"). */
function claimLimitMinutes(claim: Claim<Range<string>>): number {
  const bound = claim.value.max ?? claim.value.min ?? 0;
  return toMinutes(bound, claim.value.unit);
}

export interface DescribedReaction {
  id: string;
  text: { en: string; ru: string };
  /** The longest duration any article allows, in minutes; null when none is documented. */
  limitMinutes: number | null;
  durations: { min?: number; max?: number; unit: string; approx?: boolean; sources: Citation[] }[];
  sources: Citation[];
}

function describeReaction(reaction: Reaction): DescribedReaction {
  const claims = reaction.lasts ? claimsOf(reaction.lasts) : [];
  return {
    id: reaction.id,
    text: reaction.text,
    limitMinutes: claims.length ? Math.max(...claims.map(claimLimitMinutes)) : null,
    durations: claims.map((claim) => ({ ...claim.value, sources: claim.sources })),
    sources: reaction.sources ?? [],
  };
}

export interface ReactionAssessment {
  verdict: "expected-reaction" | "adverse-event";
  reason:
    | "within-documented-duration"
    | "no-documented-duration"
    | "beyond-documented-duration"
    | "not-expected";
  procedureId: string;
  sign: ObservedSign;
  lastedMinutes: number | null;
  /** The catalog reaction it was compared with, and every claim about how long it lasts. */
  reaction: DescribedReaction | null;
}

/**
 * Tells an expected reaction from an adverse event. A sign the catalog does not list
 * among the procedure's reactions is an adverse event. A listed one is expected while it
 * lasts no longer than the longest duration any article gives (where articles disagree,
 * e.g. nitrogen cryomassage redness "several days" per 000:66 versus "no more than a day"
 * per 001:124, the client is not flagged on the shortest claim; every claim is returned).
 * A listed reaction without a documented duration stays expected: the catalog gives
 * nothing to measure it against, and the practitioner decides.
 */
export function assessReaction(
  procedure: Procedure,
  observed: { sign: ObservedSign; lasted?: ObservedDuration | undefined },
): ReactionAssessment {
  const lastedMinutes = observed.lasted ? toMinutes(observed.lasted.value, observed.lasted.unit) : null;
  const base = { procedureId: procedure.id, sign: observed.sign, lastedMinutes };
  const candidates = procedure.reactions.filter((r) => REACTIONS_OF_SIGN[observed.sign].includes(r.id));
  if (candidates.length === 0)
    return { ...base, verdict: "adverse-event", reason: "not-expected", reaction: null };
  const described = candidates.map(describeReaction);
  // The most lenient reaction the sign may belong to: the one lasting longest, or one with no limit.
  const reaction =
    described.find((r) => r.limitMinutes === null) ??
    described.reduce((a, b) => ((b.limitMinutes ?? 0) > (a.limitMinutes ?? 0) ? b : a));
  if (reaction.limitMinutes === null)
    return { ...base, verdict: "expected-reaction", reason: "no-documented-duration", reaction };
  if (lastedMinutes !== null && lastedMinutes > reaction.limitMinutes)
    return { ...base, verdict: "adverse-event", reason: "beyond-documented-duration", reaction };
  return { ...base, verdict: "expected-reaction", reason: "within-documented-duration", reaction };
}

/** The procedure's expected reactions with their durations and sources, for a warning in the form. */
export function expectedReactions(procedure: Procedure): DescribedReaction[] {
  return procedure.reactions.map(describeReaction);
}
