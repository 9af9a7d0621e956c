import { useEffect, useRef, useState } from "react";
import { catalogApi } from "../../api/catalog-api.ts";
import type { ConditionProcedures } from "../../api/catalog-types.ts";

/** Enough to choose from; a vaguer query should be refined, not scrolled. */
const MAX_CONDITIONS = 8;

export interface ConditionSearch {
  results: ConditionProcedures[];
  loading: boolean;
  error: unknown;
}

async function search(q: string): Promise<ConditionProcedures[]> {
  // No language given: the API then matches names and synonyms in both, whatever the interface speaks.
  const { items } = await catalogApi.conditions(q);
  return Promise.all(
    items.slice(0, MAX_CONDITIONS).map((condition) => catalogApi.proceduresFor(condition.id)),
  );
}

/** The conditions matching `q` (names, synonyms and ICD-10 codes in both languages), each with the procedures that treat it. */
export function useConditionSearch(q: string): ConditionSearch {
  const [state, setState] = useState<ConditionSearch>({ results: [], loading: false, error: null });
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    if (!q) {
      setState({ results: [], loading: false, error: null });
      return;
    }
    setState((previous) => ({ ...previous, loading: true, error: null }));
    search(q).then(
      (results) => {
        if (mine === generation.current) setState({ results, loading: false, error: null });
      },
      (error: unknown) => {
        if (mine === generation.current) setState({ results: [], loading: false, error });
      },
    );
  }, [q]);

  return state;
}
