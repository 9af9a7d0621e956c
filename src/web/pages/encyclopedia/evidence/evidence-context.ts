import { createContext, useContext } from "react";
import type { Conflict } from "../../../api/catalog-types.ts";

/** What facts on a procedure page look up: the conflicts they name and the conditions they list. */
export interface EvidenceLookup {
  conflict: (id: string) => Conflict | undefined;
  conditionName: (id: string) => string;
}

export const EvidenceContext = createContext<EvidenceLookup>({
  conflict: () => undefined,
  conditionName: (id) => id,
});

export function useEvidence(): EvidenceLookup {
  return useContext(EvidenceContext);
}
