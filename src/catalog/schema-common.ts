import { z } from "zod";
import { QUALIFICATIONS } from "../domain/roles.ts";

// Building blocks shared by every catalog file: citations, evidence-carrying facts,
// disputed facts (claims that disagree) and numeric ranges with units.

/** Seed article file names look like `000_6f82df9865416c89.txt`. */
export const ARTICLE_NAME = /^\d{3}_[0-9a-f]{16}\.txt$/;

export const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use a kebab-case id.");

export const citationSchema = z.strictObject({
  article: z.string().regex(ARTICLE_NAME, "Name a seed article, e.g. 000_6f82df9865416c89.txt."),
  /** 1-based, as `sed -n Np` prints it. */
  line: z.int().min(1),
  /** A few exact words from that line (compared case-insensitively, whitespace folded). */
  excerpt: z.string().trim().min(3).max(120),
});
export type Citation = z.infer<typeof citationSchema>;

/** Why a value the articles are silent on is still in the catalog. */
export const editorialSchema = z.strictObject({ rationale: z.string().trim().min(10) });
export type Editorial = z.infer<typeof editorialSchema>;

export const localizedSchema = z.strictObject({ en: z.string().trim().min(1), ru: z.string().trim().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

export const ROLES = QUALIFICATIONS;
export const roleSchema = z.enum(ROLES);
export type PractitionerRole = z.infer<typeof roleSchema>;

export const PROCEDURE_IDS = [
  "nitrogen-cryomassage",
  "device-cryomassage",
  "ice-cryomassage",
  "cryolipolysis",
  "cryosauna",
  "cryodestruction",
  "cryoelectrophoresis",
  "ent-cryotherapy",
  "local-cold-therapy",
  "scalp-darsonvalization",
] as const;
export const procedureIdSchema = z.enum(PROCEDURE_IDS);
export type ProcedureId = z.infer<typeof procedureIdSchema>;

export const SITE_IDS = ["face", "neck", "decollete", "scalp", "body", "limbs", "throat", "nose"] as const;
export const siteIdSchema = z.enum(SITE_IDS);
export type SiteId = z.infer<typeof siteIdSchema>;

/** Every fact-bearing object carries these; `conflicts` names entries of conflicts.json. */
const evidenceShape = {
  sources: z.array(citationSchema),
  editorial: editorialSchema.optional(),
  conflicts: z.array(kebabId).min(1).optional(),
};
export type Evidence = { sources: Citation[]; editorial?: Editorial; conflicts?: string[] };

function requireEvidence(value: Evidence, ctx: z.RefinementCtx): void {
  if (value.sources.length === 0 && !value.editorial) {
    ctx.addIssue({
      code: "custom",
      path: ["sources"],
      message: "A fact needs at least one citation, or an editorial rationale.",
    });
  }
}

/** An object with its own fields plus the evidence for it. */
export function evidenced<S extends z.ZodRawShape>(shape: S) {
  return z
    .strictObject({ ...shape, ...evidenceShape })
    .superRefine((value, ctx) => requireEvidence(value as Evidence, ctx));
}

/** A single sourced value. */
export function fact<T extends z.ZodType>(value: T) {
  return evidenced({ value });
}
export type Fact<T> = Evidence & { value: T };

/** One side of a disagreement between articles: always cited, never editorial. */
export function claim<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, sources: z.array(citationSchema).min(1), note: localizedSchema.optional() });
}
export type Claim<T> = { value: T; sources: Citation[]; note?: Localized };
export type Disputed<T> = { claims: Claim<T>[]; conflicts: string[] };

/** Either one sourced value, or two or more cited claims that disagree, with the conflict named. */
export function disputable<T extends z.ZodType>(value: T) {
  return z.union([
    fact(value),
    z.strictObject({ claims: z.array(claim(value)).min(2), conflicts: z.array(kebabId).min(1) }),
  ]);
}
export type Disputable<T> = Fact<T> | Disputed<T>;

export function isDisputed<T>(value: Disputable<T>): value is Disputed<T> {
  return "claims" in value;
}

/** The claims of a value: one for an undisputed fact (its editorial note travels along). */
export function claimsOf<T>(value: Disputable<T>): Claim<T>[] {
  return isDisputed(value) ? value.claims : [{ value: value.value, sources: value.sources }];
}

/** A numeric range; either bound may be open. `approx` marks "about", "several". */
export function range<U extends readonly [string, ...string[]]>(units: U) {
  return z
    .strictObject({
      min: z.number().optional(),
      max: z.number().optional(),
      unit: z.enum(units),
      approx: z.boolean().optional(),
    })
    .refine((r) => r.min !== undefined || r.max !== undefined, "Give min, max or both.")
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, "min must not exceed max.");
}
export type Range<U extends string> = { min?: number; max?: number; unit: U; approx?: boolean };

export const exposureRangeSchema = range(["s", "min"] as const);
export const durationRangeSchema = range(["min", "h", "days", "months", "years"] as const);
export const intervalRangeSchema = range(["days", "months"] as const);
export const countRangeSchema = range(["sessions"] as const);
export const temperatureRangeSchema = range(["°C"] as const);
export const moneyRangeSchema = range(["RUB"] as const);
