import { icd10Covers, isIcd10Range } from "../catalog/icd10.ts";
import type { Condition } from "../catalog/schema.ts";

// Hierarchy between catalog conditions, derived from their ICD-10 entries. A code given
// in a request matches every condition with an entry covering it (I73.0: Raynaud's,
// peripheral circulatory disorder, arterial disease, cardiovascular disease). A condition
// given by id implies the conditions whose entries contain all of its own, so
// `{id:"raynauds-disease"}` screens like `{icd10:"I73.0"}`.

/** Whether catalog entry `inner` (code or range) lies within `outer`. */
function entryWithin(inner: string, outer: string): boolean {
  if (!isIcd10Range(inner)) return icd10Covers(outer, inner);
  if (!isIcd10Range(outer)) return false;
  const [a = "", b = ""] = inner.split("-");
  const [c = "", d = ""] = outer.split("-");
  return c <= a && b <= d;
}

/** Memo entries kept before the cache starts over: request codes are unbounded input. */
const MEMO_LIMIT = 10_000;

export function conditionIndex(conditions: readonly Condition[]) {
  const selfAndAncestors = new Map<string, readonly string[]>();
  for (const condition of conditions) {
    const ancestors = [condition.id];
    if (condition.icd10.length > 0) {
      for (const other of conditions) {
        if (other.id === condition.id || other.icd10.length === 0) continue;
        if (condition.icd10.every((inner) => other.icd10.some((outer) => entryWithin(inner, outer)))) {
          ancestors.push(other.id);
        }
      }
    }
    selfAndAncestors.set(condition.id, ancestors);
  }

  const memo = new Map<string, readonly string[]>();
  const conditionsForIcd10 = (code: string): readonly string[] => {
    let ids = memo.get(code);
    if (ids === undefined) {
      ids = conditions.filter((c) => c.icd10.some((entry) => icd10Covers(entry, code))).map((c) => c.id);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(code, ids);
    }
    return ids;
  };
  return { selfAndAncestors, conditionsForIcd10 };
}
