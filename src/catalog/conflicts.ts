import type { CatalogFiles, Citation, ConflictEntry } from "./schema.ts";
import { describePath, walkObjects } from "./walk.ts";

// Where articles disagree the catalog keeps every claim. A claim is either one of the
// `claims` of a disputed value, or a fact tagged with `conflicts: [id]` (for example
// rosacea listed as an indication, couperose as a contraindication). This gathers
// them per conflict registered in conflicts.json.

export type ConflictClaim = {
  /** Where the claim sits, e.g. `procedures/cryosauna.json: temperatures[0].claims[1]`. */
  path: string;
  /** The claimed value, or the tagged fact without its evidence fields. */
  value: unknown;
  sources: Citation[];
};

export type Conflict = ConflictEntry & { claims: ConflictClaim[] };

const EVIDENCE_KEYS = new Set(["sources", "editorial", "conflicts"]);

function withoutEvidence(node: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(node).filter(([key]) => !EVIDENCE_KEYS.has(key)));
}

/** Every claim, grouped by conflict id (including ids that are not registered). */
export function claimsByConflict(files: CatalogFiles): Map<string, ConflictClaim[]> {
  const byId = new Map<string, ConflictClaim[]>();
  const add = (ids: unknown, claim: ConflictClaim) => {
    if (!Array.isArray(ids)) return;
    for (const id of ids) {
      const list = byId.get(String(id)) ?? [];
      list.push(claim);
      byId.set(String(id), list);
    }
  };
  for (const { node, path } of walkObjects(files)) {
    // Only facts and disputed values carry conflict tags (the catalog root has a `conflicts` list too).
    if (!("conflicts" in node) || !(Array.isArray(node.claims) || Array.isArray(node.sources))) continue;
    if (Array.isArray(node.claims)) {
      node.claims.forEach((item: { value: unknown; sources: Citation[] }, index: number) => {
        add(node.conflicts, {
          path: describePath([...path, "claims", index]),
          value: item.value,
          sources: item.sources,
        });
      });
    } else {
      const value = "value" in node ? node.value : withoutEvidence(node);
      add(node.conflicts, { path: describePath(path), value, sources: (node.sources as Citation[]) ?? [] });
    }
  }
  return byId;
}

/** The registered conflicts with all their claims, in the order of conflicts.json. */
export function collectConflicts(files: CatalogFiles): Conflict[] {
  const byId = claimsByConflict(files);
  return files.conflicts.map((entry) => ({ ...entry, claims: byId.get(entry.id) ?? [] }));
}
