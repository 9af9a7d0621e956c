import type { Citation } from "../../../api/catalog-types.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { articleNumber, mergeByLine } from "./citations.ts";

/**
 * A fact's sources as short references, "[000 · line 121]": the excerpt shows on hover,
 * and the link leads to the footnote under "Sources" at the end of the page.
 */
export function CiteRefs({ sources }: { sources: readonly Citation[] }) {
  const { t } = useI18n();
  if (sources.length === 0) return null;
  return (
    <span className="cites">
      {mergeByLine(sources).map((footnote) => (
        <a
          key={footnote.id}
          className="cite"
          href={`#${footnote.id}`}
          title={footnote.excerpts.map((excerpt) => `“${excerpt}”`).join(" … ")}
        >
          <span aria-hidden="true">[</span>
          {t("cite.ref", { article: articleNumber(footnote.article), line: footnote.line })}
          <span aria-hidden="true">]</span>
        </a>
      ))}
    </span>
  );
}
