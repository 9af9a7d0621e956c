import type { ProcedureSummary, Purpose } from "../../api/catalog-types.ts";
import type { Language } from "../../i18n/language-store.ts";

export const PURPOSES: readonly Purpose[] = ["cosmetic", "medical", "physiotherapy", "wellness"];

export interface ProcedureGroup {
  purpose: Purpose;
  procedures: ProcedureSummary[];
}

/**
 * Procedures under each purpose they serve (one may sit under several), sorted by name in
 * the reader's language; purposes no procedure serves are left out.
 */
export function groupByPurpose(
  procedures: readonly ProcedureSummary[],
  language: Language,
): ProcedureGroup[] {
  const byName = (a: ProcedureSummary, b: ProcedureSummary) =>
    a.names[language].localeCompare(b.names[language], language);
  return PURPOSES.map((purpose) => ({
    purpose,
    procedures: procedures.filter((procedure) => procedure.category.purposes.includes(purpose)).sort(byName),
  })).filter((group) => group.procedures.length > 0);
}
