import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { resolveCity } from "../src/prices/cities.ts";
import { parsePriceLine } from "../src/prices/parse-price-line.ts";
import type { PriceRecord } from "../src/prices/schema.ts";

// Rebuilds src/prices/data/seed-prices.json from the price tables in ../shared/seeds.
//   npx tsx scripts/extract-seed-prices.ts          writes the file
//   npx tsx scripts/extract-seed-prices.ts --check  exits 1 when the file is stale
//
// A table is a city heading line, then a "Name of the clinic/salonAddressPriceTelephone"
// header, then one row per line up to a blank line. The only tables (001_…txt, "Cost of
// services in salons") sit in the article on facial skin cryomassage with liquid nitrogen,
// after its course and results, so every row is priced as nitrogen-cryomassage.

const TABLE_PROCEDURE = "nitrogen-cryomassage" as const;
const TABLE_HEADER = /^Name of the clinic\/salon\s*Address\s*Price/i;

export interface SeedArticle {
  article: string;
  text: string;
}

export interface ExtractionError {
  article: string;
  line: number;
  message: string;
}

export function extractSeedPrices(articles: readonly SeedArticle[]): {
  records: PriceRecord[];
  errors: ExtractionError[];
} {
  const records: PriceRecord[] = [];
  const errors: ExtractionError[] = [];
  for (const { article, text } of articles) {
    const lines = text.split(/\r\n|\n|\r/);
    let city: ReturnType<typeof resolveCity>;
    let inTable = false;
    lines.forEach((raw, index) => {
      const line = index + 1;
      const trimmed = raw.trim();
      if (trimmed === "") {
        inTable = false;
        return;
      }
      const heading = resolveCity(trimmed);
      if (heading) {
        city = heading;
        inTable = false;
        return;
      }
      if (TABLE_HEADER.test(trimmed)) {
        inTable = true;
        if (!city) errors.push({ article, line, message: "Price table without a city heading." });
        return;
      }
      if (!inTable || !city) return;
      const parsed = parsePriceLine(raw, city.en);
      if (!parsed.ok) {
        errors.push({ article, line, message: parsed.error });
        return;
      }
      const { name, address, priceRub, reasoning } = parsed.value;
      const excerpt = trimmed.slice(trimmed.indexOf(address), trimmed.lastIndexOf("+7")).trim();
      records.push({
        clinic: { name, city: city.en, cityRu: city.ru, address },
        procedureId: TABLE_PROCEDURE,
        price: { amount: priceRub * 100, currency: "RUB" },
        source: { article, line, excerpt },
        ambiguity: reasoning,
      });
    });
  }
  return { records, errors };
}

export function readSeedArticles(seedsDir: string): SeedArticle[] {
  return readdirSync(seedsDir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((article) => ({ article, text: readFileSync(join(seedsDir, article), "utf8") }));
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SEEDS_DIR = resolve(projectRoot, "../shared/seeds");
export const SEED_PRICES_FILE = join(projectRoot, "src/prices/data/seed-prices.json");

export function renderSeedPrices(records: readonly PriceRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

function main(args: readonly string[]): number {
  const { records, errors } = extractSeedPrices(readSeedArticles(SEEDS_DIR));
  for (const error of errors) console.error(`${error.article}:${error.line}: ${error.message}`);
  if (errors.length > 0) return 1;
  const rendered = renderSeedPrices(records);
  if (args.includes("--check")) {
    const current = readFileSync(SEED_PRICES_FILE, "utf8");
    if (current !== rendered) {
      console.error(`${SEED_PRICES_FILE} is stale: run npx tsx scripts/extract-seed-prices.ts`);
      return 1;
    }
    console.log(`${records.length} records, up to date.`);
    return 0;
  }
  writeFileSync(SEED_PRICES_FILE, rendered);
  console.log(`Wrote ${records.length} records to ${SEED_PRICES_FILE}.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
