import { articleNumber } from "../encyclopedia/evidence/citations.ts";

// Article lines as a course shows them: "000:32" — the article's number and the line —
// short enough to stand after every claim, so disagreeing claims each keep their source.

/** "000:32" of a rule claim's source "000_6f82df9865416c89.txt:32". */
export function sourceRef(source: string): string {
  const colon = source.lastIndexOf(":");
  if (colon < 0) return articleNumber(source);
  return `${articleNumber(source.slice(0, colon))}:${source.slice(colon + 1)}`;
}

/** "000:32" of a catalog citation. */
export function citationRef(citation: { article: string; line: number }): string {
  return `${articleNumber(citation.article)}:${citation.line}`;
}

/** Every distinct reference, in the order first cited: "001:105, 004:93". */
export function refList(refs: readonly string[]): string {
  return [...new Set(refs)].join(", ");
}
