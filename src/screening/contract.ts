import { z } from "zod";
import { isoDate } from "../domain/validation.ts";

// The screening contract, exactly as POST /api/v1/screenings and `cryodesk screen FILE`
// expose it. The schema checks shapes and formats; catalog ids (conditions, ICD-10
// codes, sites, procedures) stay plain strings here because the engine checks them
// against the catalog and reports every offender at once under one error code
// (`screening-input-invalid`), whichever edge the request came through.

export const VERDICTS = ["contraindicated", "postpone", "needs-review", "caution", "eligible"] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

export const conditionStatusSchema = z.enum(["active", "history"]);
export type ConditionStatus = z.infer<typeof conditionStatusSchema>;

/** `{icd10}` or `{id}` (a catalog condition id), optionally where it is and whether it is current. */
export const screeningConditionSchema = z
  .strictObject({
    icd10: z.string().min(1).max(20).optional().describe("ICD-10 code, e.g. G40 or I82.9"),
    id: z.string().min(1).max(100).optional().describe("Catalog condition id, e.g. skin-damage"),
    site: z.string().min(1).max(40).optional().describe("Where it is: a site id, e.g. face"),
    status: conditionStatusSchema.optional().describe("active (default) or history (past, resolved)"),
  })
  .superRefine((condition, ctx) => {
    if ((condition.icd10 === undefined) === (condition.id === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["icd10"],
        message: "Give either icd10 or id, not both or neither.",
      });
    }
  });
export type ScreeningCondition = z.infer<typeof screeningConditionSchema>;

export const subjectSchema = z.strictObject({
  birthDate: isoDate.optional(),
  sex: z.enum(["female", "male"]).optional(),
  weightKg: z.number().positive().max(500).optional(),
  pregnant: z.boolean().optional(),
  bodyTemperatureC: z.number().min(25).max(45).optional(),
  bloodPressure: z
    .strictObject({ systolic: z.number().min(30).max(300), diastolic: z.number().min(20).max(250) })
    .optional(),
});
export type Subject = z.infer<typeof subjectSchema>;

export const recentProcedureSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(100)
    .describe("A related procedure (chemical-peeling-deep…) or a cold procedure id"),
  date: isoDate,
});
export type RecentProcedure = z.infer<typeof recentProcedureSchema>;

export const screeningRequestSchema = z.strictObject({
  /** The screening date; the engine never reads a clock. */
  date: isoDate.optional(),
  subject: subjectSchema.optional(),
  conditions: z.array(screeningConditionSchema).max(200),
  recentProcedures: z.array(recentProcedureSchema).max(100).optional(),
  /** Omitted: all ten procedures, in catalog order. */
  procedures: z.array(z.string().min(1).max(100)).max(50).optional(),
  /** The area to be treated. */
  site: z.string().min(1).max(40).optional(),
});
export type ScreeningRequest = z.infer<typeof screeningRequestSchema>;

export const reasonSourceSchema = z.strictObject({
  article: z.string(),
  line: z.int().min(1),
  excerpt: z.string().optional(),
});
export type ReasonSource = z.infer<typeof reasonSourceSchema>;

export const reasonSchema = z.strictObject({
  code: z.string(),
  /** How severe this reason alone is; the result's verdict is the most severe of them. */
  verdict: verdictSchema,
  text: z.strictObject({ en: z.string(), ru: z.string() }),
  sources: z.array(reasonSourceSchema),
  conditionId: z.string().optional(),
  conflicts: z.array(z.string()).optional(),
  /** For a postponing reason: the earliest date to screen again, when derivable. */
  until: z.string().nullable().optional(),
});
export type Reason = z.infer<typeof reasonSchema>;

export const procedureResultSchema = z.strictObject({
  procedureId: z.string(),
  verdict: verdictSchema,
  until: z.string().nullable(),
  reasons: z.array(reasonSchema),
});
export type ProcedureResult = z.infer<typeof procedureResultSchema>;

export const screeningResponseSchema = z.strictObject({
  /** Well-formed ICD-10 codes the catalog has no condition for: accepted, never silently dropped. */
  unmatchedConditions: z.array(screeningConditionSchema),
  results: z.array(procedureResultSchema),
});
export type ScreeningResponse = z.infer<typeof screeningResponseSchema>;
