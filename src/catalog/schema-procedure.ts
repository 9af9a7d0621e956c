import { z } from "zod";
import {
  countRangeSchema,
  disputable,
  durationRangeSchema,
  evidenced,
  exposureRangeSchema,
  fact,
  intervalRangeSchema,
  kebabId,
  localizedSchema,
  moneyRangeSchema,
  procedureIdSchema,
  roleSchema,
  siteIdSchema,
  temperatureRangeSchema,
} from "./schema-common.ts";
import { numericPersonFieldSchema } from "./schema-vocab.ts";

// One procedure's protocol as the articles describe it. Every leaf fact carries its sources.

export const AGENTS = [
  "liquid-nitrogen",
  "nitrogen-gas",
  "cold-gas-mixture",
  "cold",
  "vacuum",
  "ice",
  "cold-water",
  "cooled-drug-solution",
  "pulsed-electric-current",
  "darsonval-current",
] as const;

const temperatureValue = z.strictObject({
  /** What the temperature is of: the agent itself, the chamber's gas, the ice... */
  of: z.enum(["agent", "chamber-gas", "ice", "skin"]),
  range: temperatureRangeSchema,
});

const exposureValue = z.strictObject({
  /** What one exposure is counted over. */
  per: z.enum(["area", "lesion", "application", "session"]),
  range: exposureRangeSchema,
});

export const methodSchema = evidenced({
  id: kebabId,
  names: localizedSchema,
  description: localizedSchema,
  exposure: disputable(exposureValue).optional(),
  repeatable: fact(z.boolean()).optional(),
  sites: z.array(siteIdSchema).optional(),
  /** Done by the client at home rather than by staff. */
  selfAdministered: z.boolean().optional(),
});

export const contraindicationSchema = evidenced({
  condition: kebabId,
  /** `general`: from a list about cryotherapy as a whole; `procedure-specific`: about this procedure. */
  scope: z.enum(["general", "procedure-specific"]),
  duration: z.enum(["permanent", "temporary"]),
  /** `at-site`: only when it affects the area being treated. */
  extent: z.enum(["whole-body", "at-site"]),
  /** When a temporary one may be screened again. */
  rescreen: evidenced({
    afterDays: z.int().positive().optional(),
    until: localizedSchema.optional(),
  }).optional(),
  qualifier: localizedSchema.optional(),
  /** The article qualifies it ("some", "severe forms"): a specialist decides. */
  specialistReview: z.boolean().optional(),
  /** Set by the loader on entries merged from a shared list in general.json; never in the files. */
  list: kebabId.optional(),
});
export type Contraindication = z.infer<typeof contraindicationSchema>;

export const indicationSchema = evidenced({
  condition: kebabId,
  qualifier: localizedSchema.optional(),
  sites: z.array(siteIdSchema).optional(),
});
export type Indication = z.infer<typeof indicationSchema>;

export const ACTIVITIES = [
  "uv-exposure",
  "sauna-or-bath",
  "tanning",
  "aggressive-cosmetics",
  "decorative-cosmetics",
  "simulator-exercise",
] as const;

export const combinationSchema = evidenced({
  /**
   * precedes: this procedure is done before the target; follows: after it;
   * combines-with: order not given; forbidden-before: the target must not be done
   * before this procedure; avoid-during-course: not while a course is running.
   */
  relation: z.enum(["precedes", "follows", "combines-with", "forbidden-before", "avoid-during-course"]),
  target: z.union([z.strictObject({ procedure: kebabId }), z.strictObject({ activity: z.enum(ACTIVITIES) })]),
  days: z
    .strictObject({ min: z.int().nonnegative().optional(), max: z.int().nonnegative().optional() })
    .optional(),
});
export type CombinationRule = z.infer<typeof combinationSchema>;

export const personLimitSchema = evidenced({
  field: numericPersonFieldSchema,
  /** The allowed range: outside it the procedure is not done. */
  min: z.number().optional(),
  max: z.number().optional(),
});
export type PersonLimit = z.infer<typeof personLimitSchema>;

function textItem<S extends z.ZodRawShape>(extra: S) {
  return evidenced({ text: localizedSchema, ...extra });
}

export const reactionSchema = evidenced({
  id: kebabId,
  text: localizedSchema,
  lasts: disputable(durationRangeSchema).optional(),
});

export const sideEffectSchema = evidenced({
  id: kebabId,
  text: localizedSchema,
  frequency: z.enum(["rare", "possible", "on-protocol-violation"]),
  management: localizedSchema.optional(),
});

export const prerequisiteSchema = evidenced({
  id: kebabId,
  kind: z.enum(["consultation", "examination", "laboratory-test", "treatment"]),
  text: localizedSchema,
  roles: z.array(roleSchema).optional(),
  when: z.enum(["always", "if-indicated"]),
});

export const procedureSchema = z.strictObject({
  id: procedureIdSchema,
  names: evidenced({ en: z.string().min(1), ru: z.string().min(1) }),
  category: fact(
    z.strictObject({
      purposes: z.array(z.enum(["cosmetic", "medical", "physiotherapy", "wellness"])).min(1),
      extent: z.enum(["local", "whole-body"]),
    }),
  ),
  summary: fact(localizedSchema),
  agent: fact(z.strictObject({ agents: z.array(z.enum(AGENTS)).min(1), detail: localizedSchema.optional() })),
  temperatures: z.array(disputable(temperatureValue)),
  methods: z.array(methodSchema).min(1),
  sessionDuration: disputable(durationRangeSchema).optional(),
  course: z.strictObject({
    sessions: disputable(countRangeSchema).optional(),
    spacing: disputable(intervalRangeSchema).optional(),
    repeatAfter: disputable(intervalRangeSchema).optional(),
  }),
  effectDuration: disputable(
    z.strictObject({ text: localizedSchema, range: durationRangeSchema.optional() }),
  ).optional(),
  effects: z.array(textItem({})),
  preparation: z.array(textItem({})),
  steps: z.array(textItem({ method: kebabId.optional() })),
  aftercare: z.array(textItem({ timing: z.enum(["after-session", "during-course", "until-healed"]) })),
  reactions: z.array(reactionSchema),
  sideEffects: z.array(sideEffectSchema),
  performers: disputable(z.array(roleSchema).min(1)),
  /** Who prescribes it; `mandatory` only where an article says it must be prescribed. Absent: not stated. */
  prescription: fact(z.strictObject({ mandatory: z.boolean(), roles: z.array(roleSchema) })).optional(),
  prerequisites: z.array(prerequisiteSchema),
  /**
   * Shared contraindication lists (general.json) that apply to this procedure, each with
   * the evidence that it applies; a disputed application carries `conflicts`.
   */
  contraindicationLists: z.array(evidenced({ list: kebabId })),
  indications: z.array(indicationSchema),
  contraindications: z.array(contraindicationSchema),
  combinations: z.array(combinationSchema),
  limits: z.strictObject({
    person: z.array(personLimitSchema),
    requirements: z.array(textItem({ id: kebabId })),
  }),
  sites: fact(z.array(siteIdSchema).min(1)),
  equipment: z.array(evidenced({ id: kebabId, names: localizedSchema, detail: localizedSchema.optional() })),
  price: fact(z.strictObject({ perSession: moneyRangeSchema })).optional(),
});
export type Procedure = z.infer<typeof procedureSchema>;
export type Method = z.infer<typeof methodSchema>;
export type Reaction = z.infer<typeof reactionSchema>;
export type SideEffect = z.infer<typeof sideEffectSchema>;
export type Prerequisite = z.infer<typeof prerequisiteSchema>;
