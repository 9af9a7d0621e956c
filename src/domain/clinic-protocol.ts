import { z } from "zod";
import type { Procedure } from "../catalog/schema.ts";
import { claimsOf, type Disputable, type Range } from "../catalog/schema-common.ts";

// A clinic's own protocol values for a procedure, checked against the range the
// catalog documents. A value outside that range is off-label: allowed only with a
// written reason, which is audited.

const methodId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use a method id of the procedure.");

export const protocolValuesSchema = z.strictObject({
  sessionMinutes: z.number().positive().max(600).optional(),
  courseSessions: z.int().positive().max(100).optional(),
  spacingDays: z
    .strictObject({ min: z.int().min(0).max(730), max: z.int().min(0).max(730) })
    .refine((s) => s.min <= s.max, {
      message: "The shortest spacing cannot exceed the longest.",
      path: ["max"],
    })
    .optional(),
  exposureSeconds: z.record(methodId, z.number().positive().max(7200)).optional(),
});
export type ProtocolValues = z.infer<typeof protocolValuesSchema>;

export const protocolInputSchema = z.strictObject({
  values: protocolValuesSchema,
  offLabelReason: z
    .string()
    .trim()
    .min(10, "Give the reason in at least 10 characters.")
    .max(1000)
    .nullable()
    .default(null),
});

export interface Bounds {
  min?: number;
  max?: number;
  unit: "min" | "sessions" | "days" | "s";
}

export interface DocumentedRanges {
  sessionMinutes?: Bounds;
  courseSessions?: Bounds;
  spacingDays?: Bounds;
  exposureSeconds: Record<string, Bounds>;
}

export interface Deviation {
  field: string;
  value: number;
  /** null when the articles document no range at all for this value. */
  documented: Bounds | null;
  message: string;
}

const TO_MINUTES: Record<string, number> = { min: 1, h: 60, days: 1440 };
const TO_DAYS: Record<string, number> = { days: 1, months: 30 };
const TO_SECONDS: Record<string, number> = { s: 1, min: 60 };

/** The widest range any article gives (disputed values span every claim), in one unit. */
function envelope(
  ranges: readonly Range<string>[],
  factors: Record<string, number>,
  unit: Bounds["unit"],
): Bounds | undefined {
  const scaled = ranges
    .filter((range) => factors[range.unit] !== undefined)
    .map((range) => {
      const factor = factors[range.unit] as number;
      return {
        min: range.min !== undefined ? range.min * factor : undefined,
        max: range.max !== undefined ? range.max * factor : undefined,
      };
    });
  if (scaled.length === 0) return undefined;
  const mins = scaled.map((r) => r.min);
  const maxes = scaled.map((r) => r.max);
  return {
    ...(mins.every((m) => m !== undefined) && { min: Math.min(...(mins as number[])) }),
    ...(maxes.every((m) => m !== undefined) && { max: Math.max(...(maxes as number[])) }),
    unit,
  };
}

const rangesOf = <U extends string>(value: Disputable<Range<U>> | undefined) =>
  value ? claimsOf(value).map((claim) => claim.value) : [];

export function documentedRanges(procedure: Procedure): DocumentedRanges {
  const exposureSeconds: Record<string, Bounds> = {};
  for (const method of procedure.methods) {
    if (!method.exposure) continue;
    const bounds = envelope(
      claimsOf(method.exposure).map((claim) => claim.value.range),
      TO_SECONDS,
      "s",
    );
    if (bounds) exposureSeconds[method.id] = bounds;
  }
  const ranges: DocumentedRanges = { exposureSeconds };
  const session = envelope(rangesOf(procedure.sessionDuration), TO_MINUTES, "min");
  const sessions = envelope(rangesOf(procedure.course.sessions), { sessions: 1 }, "sessions");
  const spacing = envelope(rangesOf(procedure.course.spacing), TO_DAYS, "days");
  if (session) ranges.sessionMinutes = session;
  if (sessions) ranges.courseSessions = sessions;
  if (spacing) ranges.spacingDays = spacing;
  return ranges;
}

function outside(field: string, value: number, bounds: Bounds | undefined): Deviation | undefined {
  // Nothing documented (or claims so far apart that no bound survives): any value is
  // the clinic's own choice, so it needs the same written reason as one out of range.
  if (!bounds || (bounds.min === undefined && bounds.max === undefined)) {
    return { field, value, documented: null, message: "The articles document no range for this value." };
  }
  const low = bounds.min !== undefined && value < bounds.min;
  const high = bounds.max !== undefined && value > bounds.max;
  if (!low && !high) return undefined;
  const range = [bounds.min ?? "…", bounds.max ?? "…"].join("–");
  return { field, value, documented: bounds, message: `Outside the documented ${range} ${bounds.unit}.` };
}

/** Values the catalog does not support. Unknown method ids are reported as such. */
export function protocolDeviations(
  procedure: Procedure,
  values: ProtocolValues,
): { deviations: Deviation[]; unknownMethods: string[] } {
  const documented = documentedRanges(procedure);
  const deviations: (Deviation | undefined)[] = [
    values.sessionMinutes !== undefined
      ? outside("sessionMinutes", values.sessionMinutes, documented.sessionMinutes)
      : undefined,
    values.courseSessions !== undefined
      ? outside("courseSessions", values.courseSessions, documented.courseSessions)
      : undefined,
    values.spacingDays
      ? outside("spacingDays.min", values.spacingDays.min, documented.spacingDays)
      : undefined,
    values.spacingDays
      ? outside("spacingDays.max", values.spacingDays.max, documented.spacingDays)
      : undefined,
  ];
  const methodIds = new Set(procedure.methods.map((method) => method.id));
  const unknownMethods: string[] = [];
  for (const [method, seconds] of Object.entries(values.exposureSeconds ?? {})) {
    if (!methodIds.has(method)) unknownMethods.push(method);
    else deviations.push(outside(`exposureSeconds.${method}`, seconds, documented.exposureSeconds[method]));
  }
  return { deviations: deviations.filter((d): d is Deviation => d !== undefined), unknownMethods };
}
