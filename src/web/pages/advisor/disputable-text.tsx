import type { Disputable } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { articleNumber } from "../encyclopedia/evidence/citations.ts";

/**
 * A value in a sentence's worth of space. Where the articles disagree, every claim is
 * given with the article it comes from; a value that disagrees with another procedure's
 * carries the conflict's summary, which names both sides.
 */
export function DisputableText<T>(props: {
  value: Disputable<T>;
  render: (value: T) => string;
  conflictSummary: (id: string) => string | undefined;
}) {
  const { t } = useI18n();
  const { value, render } = props;
  const badge = (
    <span className="badge badge--conflict">
      <span aria-hidden="true">⚠ </span>
      {t("advisor.sourcesDisagree")}
    </span>
  );
  if ("claims" in value) {
    return (
      <span className="disputed">
        {badge}
        <ul className="disputed__claims">
          {value.claims.map((claim, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: claims have no identity but their place
            <li key={index}>
              {render(claim.value)}{" "}
              <span className="muted">
                ({t("advisor.claimSource", { articles: articlesOf(claim.sources) })})
              </span>
            </li>
          ))}
        </ul>
      </span>
    );
  }
  const summaries = (value.conflicts ?? []).flatMap((id) => props.conflictSummary(id) ?? []);
  return (
    <span>
      {render(value.value)}
      {summaries.length > 0 && (
        <span className="disputed">
          {" "}
          {badge}
          {summaries.map((summary) => (
            <span key={summary} className="disputed__summary">
              {summary}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

function articlesOf(sources: readonly { article: string }[]): string {
  return [...new Set(sources.map((source) => articleNumber(source.article)))].join(", ");
}
