import { writeFile } from "node:fs/promises";
import { allClients, clientsToCsv, importClients } from "../../app/client-transfer.ts";
import type { Runtime } from "../../compose.ts";
import { usageError } from "../cli-error.ts";
import { nothingImported, readInput } from "../input-file.ts";
import { systemActor } from "../organisation-option.ts";
import { progressReporter } from "../progress.ts";

export async function exportClients(
  runtime: Runtime,
  options: { format: string | undefined; output: string | undefined; organisation: string | undefined },
) {
  const format = options.format ?? "csv";
  if (format !== "csv" && format !== "json")
    throw usageError(`--format must be csv or json, not "${format}".`);
  const actor = await systemActor(runtime, options.organisation, "cli:export-clients");
  const clients = await allClients(runtime.deps, actor);
  const text = format === "csv" ? clientsToCsv(clients) : `${JSON.stringify(clients, null, 2)}\n`;
  if (options.output) {
    await writeFile(options.output, text);
    console.error(`Exported ${clients.length} clients to ${options.output}.`);
  } else {
    process.stdout.write(text);
  }
}

export async function importClientsCommand(
  runtime: Runtime,
  file: string | undefined,
  options: { organisation: string | undefined },
) {
  if (!file) throw usageError("import-clients needs a CSV file.");
  const text = await readInput(file);
  const actor = await systemActor(runtime, options.organisation, "cli:import-clients");
  const result = await importClients(
    runtime.deps,
    actor,
    text,
    progressReporter(process.stderr, "Importing"),
  );
  if (!result.ok) throw nothingImported(file, result.errors);
  console.log(`Imported ${result.imported} clients.`);
}
