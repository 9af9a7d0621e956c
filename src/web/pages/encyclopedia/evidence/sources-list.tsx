import { useI18n } from "../../../i18n/i18n.tsx";
import { articleNumber, type Footnote } from "./citations.ts";

/** The footnotes every "[000 · line 121]" on the page links to: article name, line and the words cited. */
export function SourcesList({ footnotes }: { footnotes: readonly Footnote[] }) {
  const { t } = useI18n();
  if (footnotes.length === 0) return null;
  return (
    <section className="panel sources" aria-labelledby="sources-heading" id="sources">
      <h2 id="sources-heading">{t("sources.title")}</h2>
      <p className="muted">{t("sources.lead")}</p>
      <ul className="sources__list">
        {footnotes.map((footnote) => (
          <li key={footnote.id} id={footnote.id} className="sources__item" tabIndex={-1}>
            <span className="sources__ref">
              [{t("cite.ref", { article: articleNumber(footnote.article), line: footnote.line })}]
            </span>{" "}
            <cite className="sources__article">{footnote.article}</cite>
            {", "}
            {t("sources.line", { line: footnote.line })}:{" "}
            {footnote.excerpts.map((excerpt, index) => (
              <span key={excerpt}>
                {index > 0 && "; "}
                <q lang="en">{excerpt}</q>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
