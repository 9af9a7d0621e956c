import { readFile } from "node:fs/promises";
import { CliError } from "./cli-error.ts";

/** A file's text, or standard input for "-"; a clear message when it cannot be read. */
export async function readInput(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new CliError(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

/** The all-or-nothing refusal of an import: every bad row with its line. */
export function nothingImported(
  file: string,
  errors: readonly { line: number; field?: string; message: string }[],
) {
  const lines = errors.map((e) => `  line ${e.line}: ${e.field ? `${e.field}: ` : ""}${e.message}`);
  return new CliError(`Nothing was imported: ${errors.length} problem(s) in ${file}\n${lines.join("\n")}`);
}
