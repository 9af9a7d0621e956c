import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { importPriceList } from "../../app/price-service.ts";
import type { Runtime } from "../../compose.ts";
import { CliError, usageError } from "../cli-error.ts";
import { systemActor } from "../organisation-option.ts";
import { progressReporter } from "../progress.ts";

export async function importPricesCommand(
  runtime: Runtime,
  file: string | undefined,
  options: { organisation: string | undefined },
) {
  if (!file) throw usageError("prices import needs a CSV file.");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new CliError(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const actor = await systemActor(runtime, options.organisation, "cli:prices-import");
  const result = await importPriceList(
    runtime.deps,
    actor,
    { text, file: basename(file) },
    progressReporter(process.stderr, "Importing"),
  );
  if (!result.ok) {
    const lines = result.errors.map((e) => `  line ${e.line}: ${e.field ? `${e.field}: ` : ""}${e.message}`);
    throw new CliError(
      `Nothing was imported: ${result.errors.length} problem(s) in ${file}\n${lines.join("\n")}`,
    );
  }
  console.log(`Imported ${result.imported} prices.`);
}
