import { readCatalogFiles, readSeedArticles } from "./read.ts";

// Shared by the catalog's tests: fresh copies of the raw data files and the real seed articles.

/** The seed articles, at ../shared/seeds from the project root. */
export const SEEDS_DIR = new URL("../../../shared/seeds/", import.meta.url);

export function rawCatalog(): Record<string, unknown> {
  return readCatalogFiles(new URL("./data/", import.meta.url));
}

export function seedArticles(): Map<string, string[]> {
  return readSeedArticles(SEEDS_DIR);
}

/** The `article:line` keys of a list of citations, e.g. `000:32`. */
export function citationKeys(sources: readonly { article: string; line: number }[]): string[] {
  return sources.map((source) => `${source.article.slice(0, 3)}:${source.line}`);
}
