import { screenAnonymous } from "../../app/screening-service.ts";
import { DomainError } from "../../domain/errors.ts";
import { CliError, usageError } from "../cli-error.ts";
import { readInput } from "../input-file.ts";

/** `cryodesk screen FILE|-`: the same JSON in and out as POST /api/v1/screenings; no database. */
export async function screenCommand(file: string | undefined, today: string) {
  if (!file) throw usageError('screen needs a JSON file, or "-" for standard input.');
  const text = await readInput(file);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `${file === "-" ? "Standard input" : file} is not valid JSON: ${(error as Error).message}`,
    );
  }
  try {
    process.stdout.write(`${JSON.stringify(screenAnonymous(body, today), null, 2)}\n`);
  } catch (error) {
    if (error instanceof DomainError) {
      const fields = (error.details.fields ?? []).map((f) => `\n  ${f.field}: ${f.message}`).join("");
      throw new CliError(`The screening request is invalid:${fields}`);
    }
    throw error;
  }
}
