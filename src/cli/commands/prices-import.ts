import { basename } from "node:path";
import { importPriceList } from "../../app/price-service.ts";
import type { Runtime } from "../../compose.ts";
import { usageError } from "../cli-error.ts";
import { nothingImported, readInput } from "../input-file.ts";
import { systemActor } from "../organisation-option.ts";
import { progressReporter } from "../progress.ts";

export async function importPricesCommand(
  runtime: Runtime,
  file: string | undefined,
  options: { organisation: string | undefined },
) {
  if (!file) throw usageError("prices import needs a CSV file.");
  const text = await readInput(file);
  const actor = await systemActor(runtime, options.organisation, "cli:prices-import");
  const result = await importPriceList(
    runtime.deps,
    actor,
    { text, file: basename(file) },
    progressReporter(process.stderr, "Importing"),
  );
  if (!result.ok) throw nothingImported(file, result.errors);
  console.log(`Imported ${result.imported} prices.`);
}
