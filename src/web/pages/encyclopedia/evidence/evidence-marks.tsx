import type { Evidence } from "../../../api/catalog-types.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { CiteRefs } from "./cite-refs.tsx";
import { ConflictMarkers } from "./conflict-markers.tsx";

/** Where a fact comes from: its citations, or the editors' reason when the articles are silent. */
export function EvidenceMarks({ evidence }: { evidence: Partial<Evidence> }) {
  const { t } = useI18n();
  return (
    <>
      <CiteRefs sources={evidence.sources ?? []} />
      {evidence.editorial && (
        <span className="editorial">
          <span className="badge badge--editorial">{t("editorial.badge")}</span>{" "}
          {/* The catalog writes its rationales in English only. */}
          <span className="editorial__rationale" lang="en">
            {evidence.editorial.rationale}
          </span>
        </span>
      )}
      <ConflictMarkers ids={evidence.conflicts} />
    </>
  );
}
