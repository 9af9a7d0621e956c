import { z } from "zod";
import { kebabId, localizedSchema } from "./schema-common.ts";
import { contraindicationSchema, procedureSchema } from "./schema-procedure.ts";
import {
  conditionSchema,
  conflictEntrySchema,
  relatedProcedureSchema,
  siteSchema,
  statementSchema,
} from "./schema-vocab.ts";

// The catalog's schema: one entry point re-exporting the parts.

export * from "./schema-common.ts";
export * from "./schema-procedure.ts";
export * from "./schema-vocab.ts";

/** A contraindication list shared by several procedures ("cryotherapy" in general, "cryomassage"). */
export const contraindicationListSchema = z.strictObject({
  id: kebabId,
  names: localizedSchema,
  contraindications: z.array(contraindicationSchema),
});
export type ContraindicationList = z.infer<typeof contraindicationListSchema>;

/** general.json: shared contraindication lists and statements about cryotherapy as a whole. */
export const generalSchema = z.strictObject({
  contraindicationLists: z.array(contraindicationListSchema),
  statements: z.array(statementSchema),
});
export type General = z.infer<typeof generalSchema>;

/** The data files as they are stored, keyed the way the loader reads them. */
export const catalogFilesSchema = z.strictObject({
  procedures: z.record(z.string(), procedureSchema),
  conditions: z.array(conditionSchema),
  sites: z.array(siteSchema),
  relatedProcedures: z.array(relatedProcedureSchema),
  conflicts: z.array(conflictEntrySchema),
  general: generalSchema,
});
export type CatalogFiles = z.infer<typeof catalogFilesSchema>;

/** Where each part of the catalog lives, relative to src/catalog/data/. */
export const CATALOG_FILE_NAMES = {
  conditions: "conditions.json",
  sites: "sites.json",
  relatedProcedures: "related-procedures.json",
  conflicts: "conflicts.json",
  general: "general.json",
} as const;
