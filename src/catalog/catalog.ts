import { type Conflict, collectConflicts } from "./conflicts.ts";
import { validateCatalogFiles } from "./integrity.ts";
import type {
  CatalogFiles,
  Condition,
  Contraindication,
  Procedure,
  ProcedureId,
  RelatedProcedure,
  Site,
} from "./schema.ts";
import { findConditionsByIcd10, type Language, searchConditions } from "./search.ts";
import { walkObjects } from "./walk.ts";

// The catalog as the rest of the system sees it: validated data plus lookups. Pure —
// load.ts feeds it the files read from disk.

export class CatalogError extends Error {
  constructor(readonly problems: { path: string; message: string }[]) {
    super(
      `The procedure catalog is invalid (${problems.length} problem(s)):\n${problems
        .map((p) => `  - ${p.path}: ${p.message}`)
        .join("\n")}`,
    );
    this.name = "CatalogError";
  }
}

export type Catalog = {
  files: CatalogFiles;
  /** Procedures with the general contraindications merged in (scope "general"). */
  procedures: readonly Procedure[];
  conditions: readonly Condition[];
  relatedProcedures: readonly RelatedProcedure[];
  sites: readonly Site[];
  getProcedure(id: ProcedureId | string): Procedure | undefined;
  getCondition(id: string): Condition | undefined;
  findConditionsByIcd10(code: string): Condition[];
  searchConditions(query: string, lang?: Language): Condition[];
  /** Procedures that list the condition as an indication. */
  proceduresForCondition(conditionId: string): Procedure[];
  conflicts(): Conflict[];
  /**
   * Conflicts that touch a procedure: tagged on its own facts or on shared-list
   * contraindications merged into it (couperose, migraine...). Empty for an unknown id.
   */
  conflictsForProcedure(id: ProcedureId | string): Conflict[];
};

/**
 * A procedure's contraindications: its own, then those of every shared list that applies
 * to it (marked with `list`). When the articles disagree on whether a list applies, the
 * merged entries carry that conflict too, so screening can tell disputed from settled.
 */
export function resolveContraindications(files: CatalogFiles, procedure: Procedure): Contraindication[] {
  const merged: Contraindication[] = [...procedure.contraindications];
  for (const ref of procedure.contraindicationLists) {
    const list = files.general.contraindicationLists.find((l) => l.id === ref.list);
    for (const entry of list?.contraindications ?? []) {
      const conflicts = [...new Set([...(entry.conflicts ?? []), ...(ref.conflicts ?? [])])];
      merged.push({ ...entry, list: ref.list, ...(conflicts.length > 0 ? { conflicts } : {}) });
    }
  }
  return merged;
}

export function createCatalog(raw: unknown): Catalog {
  const result = validateCatalogFiles(raw);
  if (!result.ok) throw new CatalogError(result.problems);
  const files = result.files;
  const procedures = Object.values(files.procedures).map((procedure) => ({
    ...procedure,
    contraindications: resolveContraindications(files, procedure),
  }));
  const procedureById = new Map<string, Procedure>(procedures.map((p) => [p.id, p]));
  const conditionById = new Map(files.conditions.map((c) => [c.id, c]));
  return {
    files,
    procedures,
    conditions: files.conditions,
    relatedProcedures: files.relatedProcedures,
    sites: files.sites,
    getProcedure: (id) => procedureById.get(id),
    getCondition: (id) => conditionById.get(id),
    findConditionsByIcd10: (code) => findConditionsByIcd10(files.conditions, code),
    searchConditions: (query, lang) => searchConditions(files.conditions, query, lang),
    proceduresForCondition: (conditionId) =>
      procedures.filter((p) => p.indications.some((indication) => indication.condition === conditionId)),
    conflicts: () => collectConflicts(files),
    conflictsForProcedure: (id) => {
      const procedure = procedureById.get(id);
      if (!procedure) return [];
      const ids = new Set<string>();
      for (const { node } of walkObjects(procedure)) {
        if (Array.isArray(node.conflicts))
          for (const conflictId of node.conflicts) ids.add(String(conflictId));
      }
      return collectConflicts(files).filter((conflict) => ids.has(conflict.id));
    },
  };
}
