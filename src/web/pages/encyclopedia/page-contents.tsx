import type { MessageKey } from "../../i18n/en.ts";
import { useI18n } from "../../i18n/i18n.tsx";

// The procedure page is long: these jump to its sections (ids set by each section's heading).
const SECTIONS: { id: string; label: MessageKey }[] = [
  { id: "parameters", label: "procedure.parameters" },
  { id: "methods", label: "procedure.methods" },
  { id: "effects", label: "procedure.effects" },
  { id: "steps", label: "procedure.stepsTitle" },
  { id: "contraindications", label: "procedure.contraindications" },
  { id: "indications", label: "procedure.indications" },
  { id: "aftercare", label: "procedure.aftercare" },
  { id: "reactions", label: "procedure.reactions" },
  { id: "people", label: "procedure.people" },
  { id: "limits", label: "procedure.limits" },
  { id: "sources", label: "sources.title" },
];

export function PageContents() {
  const { t } = useI18n();
  return (
    <nav className="page-contents" aria-label={t("procedure.contents")}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{t(section.label)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
