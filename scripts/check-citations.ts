import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkCitations } from "../src/catalog/citations.ts";
import { readCatalogFiles, readSeedArticles } from "../src/catalog/read.ts";

// Usage: npx tsx scripts/check-citations.ts [seedsDir]
// Checks that every catalog fact is cited and every citation points at a real line
// of a seed article containing its excerpt. Exits 1 on any problem.

const projectRoot = fileURLToPath(new URL("../", import.meta.url));
const seedsDir = resolve(process.argv[2] ?? resolve(projectRoot, "../shared/seeds"));
const dataDir = new URL("../src/catalog/data/", import.meta.url);

const articles = readSeedArticles(seedsDir);
if (articles.size === 0) {
  console.error(`No seed articles (*.txt) found in ${seedsDir}.`);
  process.exit(1);
}
const report = checkCitations(readCatalogFiles(dataDir), articles);
if (!report.ok) {
  console.error(`Citation check failed: ${report.problems.length} problem(s) (seeds: ${seedsDir})`);
  for (const problem of report.problems) console.error(`  - ${problem.path}: ${problem.message}`);
  process.exit(1);
}
const { facts, citations, conditions, editorial, conflicts } = report.counts;
console.log(
  `Citation check passed (${articles.size} articles in ${seedsDir}): ` +
    `${facts} facts, ${citations} citations, ${conditions} conditions, ` +
    `${editorial} editorial values, ${conflicts} conflicts.`,
);
