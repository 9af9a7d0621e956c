import type { Actor } from "../domain/actor.ts";
import { birthDateProblem, type Client, type ClientCreate, clientCreateSchema } from "../domain/clients.ts";
import { readCsv, writeCsv } from "../domain/csv.ts";
import { assertCan } from "../domain/roles.ts";
import { fieldIssues } from "../domain/validation.ts";
import { listClients } from "../store/client-store.ts";
import { inTransaction } from "../store/transaction.ts";
import { createClientIn } from "./client-service.ts";
import type { AppDeps } from "./deps.ts";

// Clients to and from CSV: the same columns both ways, so an export imports back.

export const CLIENT_CSV_COLUMNS = [
  "last_name",
  "first_name",
  "middle_name",
  "birth_date",
  "sex",
  "phone",
  "email",
  "language",
  "notes",
  "consent_data_processing",
  "consent_marketing",
  "consent_photos",
] as const;
const REQUIRED_COLUMNS = ["last_name", "first_name"];

export interface RowError {
  line: number;
  field: string;
  message: string;
}

function parseBoolean(value: string | undefined): boolean | string {
  const text = (value ?? "").trim().toLowerCase();
  if (["", "false", "no", "0", "нет"].includes(text)) return false;
  if (["true", "yes", "1", "да"].includes(text)) return true;
  return value ?? "";
}

/** Checks every row; returns the clients to create or every error with its line. */
export function validateClientCsv(
  text: string,
  today: string,
): { ok: true; clients: { line: number; input: ClientCreate }[] } | { ok: false; errors: RowError[] } {
  const { header, headerLine, records, errors: malformed } = readCsv(text);
  // Rows that are not well-formed CSV are left out of records and reported here instead.
  const errors: RowError[] = malformed.map(({ line, message }) => ({ line, field: "(row)", message }));
  // A header that is not well-formed CSV (or never ends) leaves nothing to check rows against.
  if (header.length === 0 && errors.length > 0) return { ok: false, errors };
  const headerErrors: RowError[] = [];
  const unknown = header.filter((column) => !(CLIENT_CSV_COLUMNS as readonly string[]).includes(column));
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (header.length === 0)
    headerErrors.push({ line: 1, field: "(header)", message: "The file is empty: a header row is needed." });
  for (const column of unknown)
    headerErrors.push({ line: headerLine, field: column, message: "Unknown column." });
  for (const column of missing)
    headerErrors.push({ line: headerLine, field: column, message: "Required column is missing." });
  if (headerErrors.length > 0) return { ok: false, errors: [...headerErrors, ...errors] };
  if (records.length === 0 && errors.length === 0) {
    return {
      ok: false,
      errors: [{ line: headerLine + 1, field: "(rows)", message: "The file has no client rows." }],
    };
  }

  const clients: { line: number; input: ClientCreate }[] = [];
  for (const record of records) {
    if (record.cells.length !== header.length) {
      errors.push({
        line: record.line,
        field: "(row)",
        message: `Expected ${header.length} columns, found ${record.cells.length}.`,
      });
      continue;
    }
    const value = (column: string) => {
      const index = header.indexOf(column);
      return index >= 0 ? record.cells[index]?.trim() : undefined;
    };
    const candidate = {
      lastName: value("last_name") ?? "",
      firstName: value("first_name") ?? "",
      middleName: value("middle_name") || null,
      birthDate: value("birth_date") || null,
      sex: value("sex") || null,
      phone: value("phone") || null,
      email: value("email") || null,
      language: value("language") || "ru",
      notes: value("notes") ?? "",
      consents: {
        dataProcessing: parseBoolean(value("consent_data_processing")),
        marketing: parseBoolean(value("consent_marketing")),
        photos: parseBoolean(value("consent_photos")),
      },
    };
    const parsed = clientCreateSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const { field, message } of fieldIssues(parsed.error))
        errors.push({ line: record.line, field, message });
      continue;
    }
    const problem = birthDateProblem(parsed.data.birthDate, today);
    if (problem) {
      errors.push({ line: record.line, field: "birthDate", message: problem });
      continue;
    }
    clients.push({ line: record.line, input: parsed.data });
  }
  errors.sort((a, b) => a.line - b.line);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, clients };
}

/** Imports all clients of a file in one transaction, or none when any row is bad. */
export async function importClients(
  deps: AppDeps,
  actor: Actor,
  text: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ ok: true; imported: number } | { ok: false; errors: RowError[] }> {
  assertCan(actor.roles, "client.write");
  const result = validateClientCsv(text, actor.now.toISOString().slice(0, 10));
  if (!result.ok) return result;
  const total = result.clients.length;
  await inTransaction(deps.db, async (tx) => {
    let done = 0;
    for (const { input } of result.clients) {
      await createClientIn(tx, deps, actor, input);
      done += 1;
      if (done % 100 === 0 || done === total) onProgress(done, total);
    }
  });
  return { ok: true, imported: total };
}

/** Every client of the organisation, archived ones included, in name order. */
export async function allClients(deps: AppDeps, actor: Actor): Promise<Client[]> {
  assertCan(actor.roles, "client.export");
  const all: Client[] = [];
  let after: string[] | undefined;
  do {
    const page = await listClients(deps.db, actor.organisationId, {
      includeArchived: true,
      limit: 500,
      after,
    });
    all.push(...page.items);
    after = page.nextKey ?? undefined;
  } while (after);
  return all;
}

export function clientsToCsv(clients: readonly Client[]): string {
  return writeCsv(
    CLIENT_CSV_COLUMNS,
    clients.map((c) => [
      c.lastName,
      c.firstName,
      c.middleName,
      c.birthDate,
      c.sex,
      c.phone,
      c.email,
      c.language,
      c.notes,
      c.consents.dataProcessing,
      c.consents.marketing,
      c.consents.photos,
    ]),
  );
}
