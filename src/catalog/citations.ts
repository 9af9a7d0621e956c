import { validateCatalogFiles } from "./integrity.ts";
import { describePath, walkObjects } from "./walk.ts";

// The citation check: every fact (any object with `sources`) is cited or marked
// editorial, and every citation points at a real, non-empty line of a seed article
// that contains its excerpt. Pure: the caller passes the raw catalog and the articles.

export type SeedArticles = ReadonlyMap<string, readonly string[]>;
export type CitationProblem = { path: string; message: string };
export type CitationCounts = {
  facts: number;
  citations: number;
  conditions: number;
  editorial: number;
  conflicts: number;
};
export type CitationReport = { ok: boolean; problems: CitationProblem[]; counts: CitationCounts };

export const EXCERPT_MAX_WORDS = 8;

/** Case-insensitive, whitespace folded. */
export function foldForMatch(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** What is wrong with one citation, or null. */
export function citationProblem(citation: unknown, articles: SeedArticles): string | null {
  if (typeof citation !== "object" || citation === null) return "A citation must be an object.";
  const { article, line, excerpt } = citation as { article?: unknown; line?: unknown; excerpt?: unknown };
  if (typeof article !== "string") return "A citation needs an article.";
  const lines = articles.get(article);
  if (!lines) return `Article "${article}" does not exist.`;
  if (typeof line !== "number" || !Number.isInteger(line) || line < 1 || line > lines.length) {
    return `Line ${String(line)} is out of range: ${article} has ${lines.length} lines.`;
  }
  const text = lines[line - 1] ?? "";
  if (text.trim() === "") return `${article}:${line} is an empty line.`;
  if (typeof excerpt !== "string" || excerpt.trim() === "") return "A citation needs an excerpt.";
  if (!foldForMatch(text).includes(foldForMatch(excerpt))) {
    return `The excerpt "${excerpt}" does not occur on ${article}:${line}.`;
  }
  const words = wordCount(excerpt);
  if (words > EXCERPT_MAX_WORDS)
    return `The excerpt "${excerpt}" has ${words} words; quote at most ${EXCERPT_MAX_WORDS}.`;
  if (words < Math.min(3, wordCount(text))) return `The excerpt "${excerpt}" is too short to prove the line.`;
  return null;
}

export function checkCitations(raw: unknown, articles: SeedArticles): CitationReport {
  const problems: CitationProblem[] = [];
  const validated = validateCatalogFiles(raw);
  if (!validated.ok) problems.push(...validated.problems);

  const counts: CitationCounts = { facts: 0, citations: 0, conditions: 0, editorial: 0, conflicts: 0 };
  for (const { node, path } of walkObjects(raw)) {
    if (!("sources" in node)) continue;
    counts.facts += 1;
    const where = describePath(path);
    const hasEditorial = typeof node.editorial === "object" && node.editorial !== null;
    if (hasEditorial) counts.editorial += 1;
    if (!Array.isArray(node.sources)) {
      problems.push({ path: where, message: "`sources` must be a list of citations." });
      continue;
    }
    if (node.sources.length === 0 && !hasEditorial) {
      problems.push({ path: where, message: "This fact has no citation (and no editorial rationale)." });
    }
    node.sources.forEach((citation: unknown, index: number) => {
      counts.citations += 1;
      const message = citationProblem(citation, articles);
      if (message) problems.push({ path: describePath([...path, "sources", index]), message });
    });
  }
  const files = raw as { conditions?: unknown; conflicts?: unknown };
  counts.conditions = Array.isArray(files.conditions) ? files.conditions.length : 0;
  counts.conflicts = Array.isArray(files.conflicts) ? files.conflicts.length : 0;
  return { ok: problems.length === 0, problems, counts };
}
