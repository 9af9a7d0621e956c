import { Temporal } from "temporal-polyfill";
import type { Procedure } from "../../catalog/schema.ts";
import {
  type Citation,
  type Claim,
  claimsOf,
  type Disputable,
  isDisputed,
  type Range,
} from "../../catalog/schema-common.ts";
import { addDays, isIsoDate } from "../../screening/dates.ts";
import { type FieldIssue, invalid } from "../errors.ts";
import type { CourseRules, RuleClaim } from "./types.ts";

// The rules one course of a procedure keeps: how many sessions, how many days apart, and
// how soon after the client's previous course it may start. A request beats the clinic's
// protocol, which beats the catalog; where the articles disagree, every claim is kept in
// the provenance and the value chosen is one that no claim forbids outright:
// - sessions: the largest of the claims' minimums ("at least 10–12" and "about 10" → 10;
//   a course one claim calls long enough is never shorter than another claim's minimum);
// - spacing: the envelope, [smallest minimum, largest maximum] (weekly versus every 2–3
//   days → 2–7 days); the planner keeps to the short end when it can;
// - repeat after: the latest of the claims' earliest dates.

/** Values a clinic protocol or a request may set; any left out falls through to the next source. */
export interface CourseValues {
  sessions?: number | undefined;
  minDaysBetween?: number | undefined;
  maxDaysBetween?: number | undefined;
}

export interface CourseRuleOptions {
  protocol?: CourseValues | undefined;
  request?: CourseValues | undefined;
  /** Local date of the last session of the client's previous course of this procedure. */
  lastCourseEnd?: string | undefined;
}

/**
 * Spacing when the articles give none (cryodestruction, ENT cryotherapy…) and nobody sets
 * it: 2–7 days, the envelope of every day-counted spacing the articles give for any
 * procedure (every 2–3 days, 001:105 and 004:93; weekly, 000:32).
 */
export const DEFAULT_SPACING_DAYS = { min: 2, max: 7 } as const;
/** A procedure the articles give no course for is one session unless asked otherwise. */
export const DEFAULT_SESSIONS = 1;
const MAX_SESSIONS = 100;
const MAX_DAYS = 730;

/**
 * Whole days per unit: for a claim's minimum, its maximum, and its maximum when the claim
 * says "about". A month is 28 days at the
 * shortest (February) and 31 at the longest, so "one calendar month later" from any date
 * lies inside the window; "about" a month (cryolipolysis, 000:36) allows up to five weeks,
 * so a closure or a holiday week does not break the course.
 */
const DAYS_PER_UNIT: Record<string, { min: number; max: number; approxMax: number }> = {
  days: { min: 1, max: 1, approxMax: 1 },
  weeks: { min: 7, max: 7, approxMax: 7 },
  months: { min: 28, max: 31, approxMax: 35 },
};

/** Where a claim comes from: "000_6f82df9865416c89.txt:32". */
export const citationRef = (citation: Citation) => `${citation.article}:${citation.line}`;

const ruleClaims = <T>(claims: readonly Claim<T>[]): RuleClaim<unknown>[] =>
  claims.map((claim) => ({ value: claim.value, sources: claim.sources.map(citationRef) }));

function conflictsOf(value: Disputable<unknown> | undefined): string[] {
  if (!value) return [];
  return isDisputed(value) ? [...value.conflicts] : [...(value.conflicts ?? [])];
}

/** A range's lower end, or its only end. */
const lowerEnd = (range: Range<string>) => (range.min ?? range.max) as number;

function validate(source: "protocol" | "request", values: CourseValues | undefined): FieldIssue[] {
  if (!values) return [];
  const issues: FieldIssue[] = [];
  const check = (key: keyof CourseValues, low: number, high: number) => {
    const value = values[key];
    if (value === undefined) return;
    const field = `${source}.${key}`;
    if (!Number.isInteger(value))
      issues.push({ field, message: "Expected a whole number.", code: "invalid-type" });
    else if (value < low) issues.push({ field, message: `Use at least ${low}.`, code: "too-small" });
    else if (value > high) issues.push({ field, message: `Use at most ${high}.`, code: "too-big" });
  };
  check("sessions", 1, MAX_SESSIONS);
  check("minDaysBetween", 0, MAX_DAYS);
  check("maxDaysBetween", 0, MAX_DAYS);
  const { minDaysBetween: min, maxDaysBetween: max } = values;
  if (min !== undefined && max !== undefined && min > max) {
    issues.push({
      field: `${source}.maxDaysBetween`,
      message: "The longest spacing cannot be shorter than the shortest.",
      code: "spacing-min-exceeds-max",
    });
  }
  return issues;
}

/** The catalog's spacing claims as whole days, and their envelope. */
function catalogSpacing(procedure: Procedure): { min: number; max: number } | undefined {
  const claims = procedure.course.spacing ? claimsOf(procedure.course.spacing) : [];
  if (claims.length === 0) return undefined;
  const windows = claims.map(({ value }) => {
    const unit = DAYS_PER_UNIT[value.unit];
    if (!unit) throw new RangeError(`Unknown spacing unit ${value.unit}.`);
    // "At least N" reads as every N; "at most N" as any day up to N.
    const min = value.min !== undefined ? Math.floor(value.min * unit.min) : 1;
    const maxValue = value.max ?? value.min ?? 1;
    const max = Math.ceil(maxValue * (value.approx ? unit.approxMax : unit.max));
    return { min, max: Math.max(min, max) };
  });
  return { min: Math.min(...windows.map((w) => w.min)), max: Math.max(...windows.map((w) => w.max)) };
}

/** The first source (request, then protocol) that sets either bound decides; the other bound falls through. */
function chooseSpacing(procedure: Procedure, options: CourseRuleOptions) {
  const catalog = catalogSpacing(procedure);
  const fallback = catalog ?? DEFAULT_SPACING_DAYS;
  const { protocol, request } = options;
  const sets = (values: CourseValues | undefined) =>
    values?.minDaysBetween !== undefined || values?.maxDaysBetween !== undefined;
  const from = sets(request) ? "request" : sets(protocol) ? "protocol" : catalog ? "catalog" : "default";
  const pick = (key: "minDaysBetween" | "maxDaysBetween", otherwise: number) => {
    if (from === "request") return request?.[key] ?? protocol?.[key] ?? otherwise;
    if (from === "protocol") return protocol?.[key] ?? otherwise;
    return otherwise;
  };
  let min = pick("minDaysBetween", fallback.min);
  let max = pick("maxDaysBetween", fallback.max);
  // A bound that fell through gives way to the one that was set.
  const sourceValues = from === "request" ? request : from === "protocol" ? protocol : undefined;
  if (min > max) {
    if (sourceValues?.minDaysBetween !== undefined) max = min;
    else min = max;
  }
  // Two sessions of one course never share a day (one cold procedure a day), so 0 means 1.
  min = Math.max(1, min);
  return { min, max: Math.max(min, max), from } as const;
}

/** A date plus a whole number of days, weeks or calendar months (fractions of a month as 31 days). */
function addInterval(date: string, amount: number, unit: string): string {
  if (unit === "months") {
    const months = Math.floor(amount);
    const plusMonths = Temporal.PlainDate.from(date).add({ months }).toString();
    return addDays(plusMonths, Math.ceil((amount - months) * 31));
  }
  const unitDays = DAYS_PER_UNIT[unit];
  if (!unitDays) throw new RangeError(`Unknown interval unit ${unit}.`);
  return addDays(date, Math.ceil(amount * unitDays.min));
}

export function courseRulesFor(procedure: Procedure, options: CourseRuleOptions = {}): CourseRules {
  const issues = [...validate("protocol", options.protocol), ...validate("request", options.request)];
  if (options.lastCourseEnd !== undefined && !isIsoDate(options.lastCourseEnd)) {
    issues.push({ field: "lastCourseEnd", message: "Use a date like 2026-03-29.", code: "invalid-format" });
  }
  if (issues.length > 0) throw invalid(issues);
  const { course } = procedure;

  const sessionClaims = course.sessions ? claimsOf(course.sessions) : [];
  const catalogSessions =
    sessionClaims.length > 0 ? Math.max(...sessionClaims.map((c) => lowerEnd(c.value))) : undefined;
  const sessions =
    options.request?.sessions !== undefined
      ? { value: options.request.sessions, from: "request" as const }
      : options.protocol?.sessions !== undefined
        ? { value: options.protocol.sessions, from: "protocol" as const }
        : catalogSessions !== undefined
          ? { value: Math.ceil(catalogSessions), from: "catalog" as const }
          : { value: DEFAULT_SESSIONS, from: "default" as const };

  const spacing = chooseSpacing(procedure, options);

  const repeatClaims = course.repeatAfter ? claimsOf(course.repeatAfter) : [];
  const { lastCourseEnd } = options;
  const earliestStart =
    lastCourseEnd === undefined || repeatClaims.length === 0
      ? null
      : // ISO dates sort as text: the last is the latest.
        (repeatClaims
          .map(({ value }) => addInterval(lastCourseEnd, lowerEnd(value), value.unit))
          .sort()
          .at(-1) as string);

  return {
    procedureId: procedure.id,
    sessions: sessions.value,
    minDaysBetween: spacing.min,
    maxDaysBetween: spacing.max,
    wholeBody: procedure.category.value.extent === "whole-body",
    earliestStart,
    provenance: {
      sessions: {
        from: sessions.from,
        claims: ruleClaims(sessionClaims),
        conflicts: conflictsOf(course.sessions),
      },
      spacing: {
        from: spacing.from,
        claims: ruleClaims(course.spacing ? claimsOf(course.spacing) : []),
        conflicts: conflictsOf(course.spacing),
      },
      repeatAfter: {
        from: repeatClaims.length > 0 ? "catalog" : "default",
        claims: ruleClaims(repeatClaims),
        conflicts: conflictsOf(course.repeatAfter),
      },
    },
  };
}
