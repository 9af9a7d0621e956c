// The encyclopedia's shapes, taken from the catalog's schemas so they cannot drift.
import type { Conflict } from "../../catalog/conflicts.ts";
import type { Localized, ProcedureId, SiteId } from "../../catalog/schema-common.ts";
import type { Indication, Procedure } from "../../catalog/schema-procedure.ts";

export type {
  Citation,
  Claim,
  Disputable,
  Disputed,
  Editorial,
  Evidence,
  Fact,
  Localized,
  PractitionerRole,
  ProcedureId,
  Range,
  SiteId,
} from "../../catalog/schema-common.ts";
export type {
  Contraindication,
  Indication,
  Method,
  Prerequisite,
  Procedure,
  Reaction,
  SideEffect,
} from "../../catalog/schema-procedure.ts";
export type { Conflict };

export type Purpose = Procedure["category"]["value"]["purposes"][number];
export type Extent = Procedure["category"]["value"]["extent"];

/** A procedure as the list shows it. */
export interface ProcedureSummary {
  id: ProcedureId;
  names: Localized;
  category: Procedure["category"]["value"];
  summary: Localized;
  sites: SiteId[];
}

/** One procedure with the conflicts (every claim, cited) that touch it. */
export type ProcedureDetail = Procedure & { conflicts: Conflict[] };

export interface ConditionSummary {
  id: string;
  kind: "disease" | "factor";
  names: Localized;
  synonyms: { en: string[]; ru: string[] };
  icd10: string[];
}

export interface ConditionProcedures {
  condition: { id: string; names: Localized };
  items: (ProcedureSummary & { indications: Indication[] })[];
}
