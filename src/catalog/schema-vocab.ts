import { z } from "zod";
import { isIcd10Code, isIcd10Range } from "./icd10.ts";
import { evidenced, fact, kebabId, localizedSchema, siteIdSchema } from "./schema-common.ts";

// Vocabularies the procedures refer to: conditions, body sites, related (non-cryo)
// procedures and the register of conflicts between articles.

export const icd10EntrySchema = z
  .string()
  .refine(
    (code) => isIcd10Code(code) || isIcd10Range(code),
    "Use an ICD-10 code (L70, B07.8) or range (I00-I99).",
  );

/** Person data the screening engine reads; units are in the field names. */
export const NUMERIC_PERSON_FIELDS = [
  "weightKg",
  "bodyTemperatureC",
  "systolicBpMmHg",
  "diastolicBpMmHg",
] as const;
export const numericPersonFieldSchema = z.enum(NUMERIC_PERSON_FIELDS);
export type NumericPersonField = z.infer<typeof numericPersonFieldSchema>;

/** A test on person data: holds when the value is within [atLeast, atMost], or equals `equals`. */
export const personFieldTestSchema = z.union([
  z
    .strictObject({
      field: numericPersonFieldSchema,
      atLeast: z.number().optional(),
      atMost: z.number().optional(),
    })
    .refine((t) => t.atLeast !== undefined || t.atMost !== undefined, "Give atLeast, atMost or both."),
  z.strictObject({ field: z.literal("pregnant"), equals: z.boolean() }),
]);
export type PersonFieldTest = z.infer<typeof personFieldTestSchema>;

export const conditionSchema = evidenced({
  id: kebabId,
  /** `factor`: not a disease (cold intolerance, a recent peeling, cosmetic concerns...). */
  kind: z.enum(["disease", "factor"]),
  names: localizedSchema,
  synonyms: z.strictObject({ en: z.array(z.string().min(1)), ru: z.array(z.string().min(1)) }),
  /** Codes (L70, I73.0) or category ranges (I00-I99); matched hierarchically. */
  icd10: z.array(icd10EntrySchema),
  /** The condition is present when any test holds on the person's data. */
  presentWhen: evidenced({ anyOf: z.array(personFieldTestSchema).min(1) }).optional(),
  /** For `recent-aggressive-procedure`: which procedures count, and for how long. */
  relatedProcedures: z.array(kebabId).optional(),
  recentWithinDays: fact(z.int().positive()).optional(),
  note: localizedSchema.optional(),
});
export type Condition = z.infer<typeof conditionSchema>;

export const siteSchema = evidenced({ id: siteIdSchema, names: localizedSchema });
export type Site = z.infer<typeof siteSchema>;

export const relatedProcedureSchema = evidenced({
  id: kebabId,
  names: localizedSchema,
  /** Counts as a "recent aggressive cosmetic procedure" when given and true. */
  aggressive: fact(z.boolean()).optional(),
});
export type RelatedProcedure = z.infer<typeof relatedProcedureSchema>;

export const conflictEntrySchema = z.strictObject({
  id: kebabId,
  topic: z.enum(["protocol", "indication", "contraindication", "reaction", "combination", "general"]),
  summary: localizedSchema,
});
export type ConflictEntry = z.infer<typeof conflictEntrySchema>;

/** A general statement about cryotherapy (not tied to one procedure). */
export const statementSchema = evidenced({ id: kebabId, text: localizedSchema });
export type Statement = z.infer<typeof statementSchema>;
