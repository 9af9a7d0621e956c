import { useI18n } from "../../../i18n/i18n.tsx";
import { useEvidence } from "./evidence-context.ts";

/** "⚠ Sources disagree" with what they disagree about, for a fact that is part of a conflict. */
export function ConflictMarkers({ ids }: { ids: readonly string[] | undefined }) {
  const { t, language } = useI18n();
  const { conflict } = useEvidence();
  if (!ids || ids.length === 0) return null;
  return (
    // Spans only: facts sit inside paragraphs and list items alike.
    <span className="conflict-marker" role="note">
      <span className="badge badge--conflict">
        <span aria-hidden="true">⚠ </span>
        {t("conflict.marker")}
      </span>
      {ids.map((id) => {
        const entry = conflict(id);
        return (
          <span key={id} className="conflict-marker__summary">
            {entry ? entry.summary[language] : id}
          </span>
        );
      })}
    </span>
  );
}
