import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { CATALOG_FILE_NAMES } from "./schema.ts";

// The only I/O of the catalog: reading its JSON files and the seed articles.

function readJson(url: URL): unknown {
  const text = readFileSync(url, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${url.pathname}: not valid JSON (${(error as Error).message})`);
  }
}

/** Reads every data file under `dataDir` (a directory URL ending in `/`), unvalidated. */
export function readCatalogFiles(dataDir: URL): Record<string, unknown> {
  const proceduresDir = new URL("procedures/", dataDir);
  const procedures: Record<string, unknown> = {};
  for (const name of readdirSync(proceduresDir).sort()) {
    if (name.endsWith(".json"))
      procedures[name.slice(0, -".json".length)] = readJson(new URL(name, proceduresDir));
  }
  const files: Record<string, unknown> = { procedures };
  for (const [key, name] of Object.entries(CATALOG_FILE_NAMES)) files[key] = readJson(new URL(name, dataDir));
  return files;
}

/** The lines of a text, numbered from 1 as `sed -n Np` counts them (index 0 is line 1). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Every `*.txt` article in `seedsDir` (a directory path or URL), by file name. */
export function readSeedArticles(seedsDir: URL | string): Map<string, string[]> {
  const dir = typeof seedsDir === "string" ? pathToFileURL(`${resolve(seedsDir)}/`) : seedsDir;
  const articles = new Map<string, string[]>();
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith(".txt")) articles.set(name, splitLines(readFileSync(new URL(name, dir), "utf8")));
  }
  return articles;
}
