import type { Contraindication } from "../../api/catalog-types.ts";

// Contraindications as a screener reads them: does it rule out the whole procedure or only
// the treated area, and is it for good or for now.

export const CONTRAINDICATION_GROUPS = [
  { extent: "whole-body", duration: "permanent" },
  { extent: "whole-body", duration: "temporary" },
  { extent: "at-site", duration: "permanent" },
  { extent: "at-site", duration: "temporary" },
] as const;

export type ContraindicationGroupKey = `${Contraindication["extent"]}-${Contraindication["duration"]}`;

export interface ContraindicationGroup {
  key: ContraindicationGroupKey;
  items: Contraindication[];
}

/** Entries that say the same thing (the same condition, qualifier, review and re-screening). */
function sameStatement(item: Contraindication): string {
  return JSON.stringify([
    item.condition,
    item.qualifier?.en ?? null,
    item.specialistReview ?? false,
    item.rescreen?.afterDays ?? null,
    item.rescreen?.until?.en ?? null,
  ]);
}

/**
 * One entry per statement: a procedure's own list and the shared lists merged into it can
 * repeat a contraindication, from other articles. The repeats are folded into the first,
 * keeping every source and every conflict.
 */
function mergeRepeats(items: readonly Contraindication[]): Contraindication[] {
  const byStatement = new Map<string, Contraindication>();
  for (const item of items) {
    const key = sameStatement(item);
    const first = byStatement.get(key);
    if (!first) {
      byStatement.set(key, item);
      continue;
    }
    const conflicts = [...new Set([...(first.conflicts ?? []), ...(item.conflicts ?? [])])];
    byStatement.set(key, {
      ...first,
      sources: [...first.sources, ...item.sources],
      ...(conflicts.length > 0 && { conflicts }),
      ...(first.rescreen &&
        item.rescreen && {
          rescreen: { ...first.rescreen, sources: [...first.rescreen.sources, ...item.rescreen.sources] },
        }),
    });
  }
  return [...byStatement.values()];
}

/** The non-empty groups in the order above, each keeping the catalog's order. */
export function groupContraindications(items: readonly Contraindication[]): ContraindicationGroup[] {
  return CONTRAINDICATION_GROUPS.map(({ extent, duration }) => ({
    key: `${extent}-${duration}` as const,
    items: mergeRepeats(items.filter((item) => item.extent === extent && item.duration === duration)),
  })).filter((group) => group.items.length > 0);
}
