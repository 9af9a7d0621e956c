import { readFile, writeFile } from "node:fs/promises";
import { allClients, clientsToCsv, importClients } from "../../app/client-transfer.ts";
import type { Runtime } from "../../compose.ts";
import { CliError, usageError } from "../cli-error.ts";
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
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new CliError(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const actor = await systemActor(runtime, options.organisation, "cli:import-clients");
  let result: Awaited<ReturnType<typeof importClients>>;
  try {
    result = await importClients(runtime.deps, actor, text, progressReporter(process.stderr, "Importing"));
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("CSV_"))
      throw new CliError(`${file} is not valid CSV: ${(error as Error).message}`);
    throw error;
  }
  if (!result.ok) {
    const lines = result.errors.map((e) => `  line ${e.line}: ${e.field}: ${e.message}`);
    throw new CliError(
      `Nothing was imported: ${result.errors.length} problem(s) in ${file}\n${lines.join("\n")}`,
    );
  }
  console.log(`Imported ${result.imported} clients.`);
}
