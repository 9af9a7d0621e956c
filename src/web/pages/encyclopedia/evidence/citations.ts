import type { Citation } from "../../../api/catalog-types.ts";

// Citations as the page shows them: a short reference "[000 · line 121]" per article line,
// linking to one footnote for that line, which lists every excerpt cited from it.

export interface Footnote {
  id: string;
  article: string;
  line: number;
  excerpts: string[];
}

/** "000" for "000_6f82df9865416c89.txt": the articles are numbered, the number is enough to tell them apart. */
export function articleNumber(article: string): string {
  return article.split("_")[0] ?? article;
}

/** The footnote's element id, shared by every reference to the same article line. */
export function footnoteId(citation: Pick<Citation, "article" | "line">): string {
  return `cite-${citation.article.replace(/\.txt$/, "")}-${citation.line}`;
}

/** One entry per article line, in the order given; excerpts of the same line are merged. */
export function mergeByLine(citations: readonly Citation[]): Footnote[] {
  const byId = new Map<string, Footnote>();
  for (const citation of citations) {
    const id = footnoteId(citation);
    const footnote = byId.get(id) ?? { id, article: citation.article, line: citation.line, excerpts: [] };
    if (!footnote.excerpts.includes(citation.excerpt)) footnote.excerpts.push(citation.excerpt);
    byId.set(id, footnote);
  }
  return [...byId.values()];
}

function isCitation(value: unknown): value is Citation {
  const candidate = value as Citation | null;
  return (
    typeof candidate?.article === "string" &&
    typeof candidate.line === "number" &&
    typeof candidate.excerpt === "string"
  );
}

function gather(value: unknown, into: Citation[]): void {
  if (Array.isArray(value)) {
    for (const item of value) gather(item, into);
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "sources" && Array.isArray(child)) into.push(...child.filter(isCitation));
      else gather(child, into);
    }
  }
}

/** Every citation anywhere in `value`, one footnote per article line, by article then line. */
export function collectFootnotes(value: unknown): Footnote[] {
  const citations: Citation[] = [];
  gather(value, citations);
  return mergeByLine(citations).sort((a, b) => a.article.localeCompare(b.article) || a.line - b.line);
}
