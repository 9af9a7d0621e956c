import type { Catalog } from "../catalog/catalog.ts";
import type { Condition, PersonFieldTest } from "../catalog/schema.ts";
import { type CompiledProcedure, compileProcedure } from "./compile-procedure.ts";
import { conditionIndex } from "./condition-index.ts";
import type { Reason } from "./contract.ts";
import { conflictReason } from "./reasons.ts";

export type { CompiledProcedure, RuleGroup, Slotted } from "./compile-procedure.ts";

// The catalog compiled once for screening: per procedure, condition id → rule groups,
// and every reason that does not depend on the request built ahead (see
// compile-procedure.ts). One verdict is then a handful of map lookups.

export const RECENT_AGGRESSIVE = "recent-aggressive-procedure";
/** Used when the catalog gives no `recentWithinDays` (it does: 14, editorial). */
const FALLBACK_RECENT_DAYS = 14;

/** One side of a registered conflict, reduced to what screening can evaluate. */
export type ClaimRule =
  | { kind: "contraindication"; condition: string; temporary: boolean; atSite: boolean; specialist: boolean }
  | { kind: "combination"; relation: string; procedure: string | undefined }
  | { kind: "other" };

export type CompiledCatalog = {
  readonly procedures: ReadonlyMap<string, CompiledProcedure>;
  readonly procedureOrder: readonly CompiledProcedure[];
  /** A condition id → itself and every condition whose codes contain all of its codes. */
  readonly selfAndAncestors: ReadonlyMap<string, readonly string[]>;
  /** Condition ids whose ICD-10 entries cover a (normalized, valid) code. */
  readonly conditionsForIcd10: (code: string) => readonly string[];
  readonly personConditions: readonly { id: string; tests: readonly PersonFieldTest[] }[];
  /** Ids accepted in `recentProcedures`: related procedures and the cold procedures themselves. */
  readonly recentProcedureNames: ReadonlyMap<string, { id: string; names: { en: string; ru: string } }>;
  readonly aggressive: ReadonlySet<string>;
  readonly recentWindowDays: number;
  readonly conflictClaims: ReadonlyMap<string, readonly ClaimRule[]>;
};

function classifyClaim(value: unknown): ClaimRule {
  const v = (value ?? {}) as Record<string, unknown>;
  if (typeof v.condition === "string" && typeof v.duration === "string") {
    return {
      kind: "contraindication",
      condition: v.condition,
      temporary: v.duration === "temporary",
      atSite: v.extent === "at-site",
      specialist: v.specialistReview === true,
    };
  }
  if (typeof v.relation === "string" && v.target && typeof v.target === "object") {
    const target = v.target as { procedure?: unknown };
    return {
      kind: "combination",
      relation: v.relation,
      procedure: typeof target.procedure === "string" ? target.procedure : undefined,
    };
  }
  return { kind: "other" };
}

export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const conditionById = new Map<string, Condition>(catalog.conditions.map((c) => [c.id, c]));
  const conditionOf = (id: string): Condition => {
    const condition = conditionById.get(id);
    if (!condition) throw new Error(`Screening: the catalog names an unknown condition "${id}".`);
    return condition;
  };
  const conflicts = new Map(catalog.conflicts().map((c) => [c.id, c]));
  const conflictReasons = new Map<string, Reason>();
  const conflictReasonFor = (conflictId: string): Reason => {
    let reason = conflictReasons.get(conflictId);
    if (!reason) {
      const conflict = conflicts.get(conflictId);
      if (!conflict) throw new Error(`Screening: unregistered conflict "${conflictId}".`);
      reason = conflictReason(conflict);
      conflictReasons.set(conflictId, reason);
    }
    return reason;
  };
  const siteNames = new Map(catalog.sites.map((s) => [s.id, s.names]));

  const deps = { conditionOf, conflictReasonFor, siteNames };
  const procedureOrder = catalog.procedures.map((procedure) => compileProcedure(procedure, deps));

  const recentCondition = conditionById.get(RECENT_AGGRESSIVE);
  const aggressive = new Set(recentCondition?.relatedProcedures ?? []);
  for (const related of catalog.relatedProcedures) if (related.aggressive?.value) aggressive.add(related.id);
  const recentProcedureNames = new Map<string, { id: string; names: { en: string; ru: string } }>();
  for (const related of catalog.relatedProcedures) recentProcedureNames.set(related.id, related);
  for (const procedure of catalog.procedures) {
    recentProcedureNames.set(procedure.id, { id: procedure.id, names: procedure.names });
  }
  const index = conditionIndex(catalog.conditions);

  return {
    procedures: new Map(procedureOrder.map((p) => [p.id, p])),
    procedureOrder,
    selfAndAncestors: index.selfAndAncestors,
    conditionsForIcd10: index.conditionsForIcd10,
    personConditions: catalog.conditions.flatMap((c) =>
      c.presentWhen ? [{ id: c.id, tests: c.presentWhen.anyOf }] : [],
    ),
    recentProcedureNames,
    aggressive,
    recentWindowDays: recentCondition?.recentWithinDays?.value ?? FALLBACK_RECENT_DAYS,
    conflictClaims: new Map(
      [...conflicts.values()].map((c) => [c.id, c.claims.map((claim) => classifyClaim(claim.value))]),
    ),
  };
}

const compiledByCatalog = new WeakMap<Catalog, CompiledCatalog>();

/** The compiled form of a catalog, built on first use and kept while the catalog lives. */
export function compiledFor(catalog: Catalog): CompiledCatalog {
  let compiled = compiledByCatalog.get(catalog);
  if (!compiled) {
    compiled = compileCatalog(catalog);
    compiledByCatalog.set(catalog, compiled);
  }
  return compiled;
}
