import { catalogApi } from "../../api/catalog-api.ts";
import type { ProcedureDetail } from "../../api/catalog-types.ts";
import { screeningApi } from "../../api/screening-api.ts";
import type { ProcedureResult, ScreeningRequest } from "../../api/screening-types.ts";
import { type ConcernId, concernsServedBy, conditionsOf } from "./concerns.ts";

/** One procedure that helps with a chosen concern, with its verdict for this visitor. */
export interface ProcedureAdvice {
  procedure: ProcedureDetail;
  result: ProcedureResult;
  /** The chosen concerns it helps with. */
  concerns: ConcernId[];
}

/**
 * The procedures indicated for the chosen concerns, screened against the answers. Nothing
 * leaves the browser but the catalog lookups and one screening, which the server does not store.
 */
export async function fetchAdvice(
  concerns: readonly ConcernId[],
  request: ScreeningRequest,
): Promise<ProcedureAdvice[]> {
  const conditionIds = conditionsOf(concerns);
  const helped = await Promise.all(conditionIds.map((id) => catalogApi.proceduresFor(id)));
  const conditionsByProcedure = new Map<string, Set<string>>();
  helped.forEach(({ items }, index) => {
    for (const procedure of items) {
      const conditions = conditionsByProcedure.get(procedure.id) ?? new Set<string>();
      conditions.add(conditionIds[index] as string);
      conditionsByProcedure.set(procedure.id, conditions);
    }
  });
  const procedureIds = [...conditionsByProcedure.keys()];
  if (procedureIds.length === 0) return [];
  const [screening, details] = await Promise.all([
    screeningApi.screen({ ...request, procedures: procedureIds }),
    Promise.all(procedureIds.map((id) => catalogApi.procedure(id))),
  ]);
  return details.flatMap((procedure) => {
    const result = screening.results.find((r) => r.procedureId === procedure.id);
    if (!result) return [];
    const served = concernsServedBy(conditionsByProcedure.get(procedure.id) ?? new Set(), concerns);
    return [{ procedure, result, concerns: served }];
  });
}
