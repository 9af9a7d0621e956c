import type { Language } from "../i18n/language-store.ts";
import type {
  ConditionProcedures,
  ConditionSummary,
  ProcedureDetail,
  ProcedureSummary,
} from "./catalog-types.ts";
import { request } from "./http.ts";

// The public encyclopedia: no session needed, so a 401 never sends anyone to log in.
const open = { allowUnauthenticated: true };

export const catalogApi = {
  procedures: () => request<{ items: ProcedureSummary[] }>("GET", "/procedures", open),
  procedure: (id: string) => request<ProcedureDetail>("GET", `/procedures/${encodeURIComponent(id)}`, open),
  /** Every condition when `q` is empty; otherwise matches, best first, in both languages unless `lang` narrows it. */
  conditions: (q?: string, lang?: Language) =>
    request<{ items: ConditionSummary[] }>("GET", "/conditions", { ...open, query: { q: q?.trim(), lang } }),
  proceduresFor: (conditionId: string) =>
    request<ConditionProcedures>("GET", `/conditions/${encodeURIComponent(conditionId)}/procedures`, open),
};
