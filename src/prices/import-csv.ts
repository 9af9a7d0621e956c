import { readCsv } from "../domain/csv.ts";
import { PRICE_LIST_CSV_COLUMNS, type PriceListRow, priceListCsvRowSchema } from "./schema.ts";

// A clinic's own price list as CSV, checked whole before anything is used: every row is
// validated and every error is reported with the file line it starts on (header = line 1).
// The CSV itself is read by readCsv (src/app/csv.ts), which keeps line numbers exact.

export interface PriceListEntry extends PriceListRow {
  /** 1-based line of the file where the row starts. */
  line: number;
}

export interface CsvImportError {
  line: number;
  /** The CSV column at fault; absent when the error is about the whole row or file. */
  field?: string;
  message: string;
}

export type CsvImportResult =
  | { ok: true; records: PriceListEntry[] }
  | { ok: false; errors: CsvImportError[] };

function checkHeader(names: readonly string[], line: number): CsvImportError[] {
  if (names.length === 0) {
    return [
      { line: 1, message: `The file is empty: expected a header ${PRICE_LIST_CSV_COLUMNS.join(",")}.` },
    ];
  }
  const expected: readonly string[] = PRICE_LIST_CSV_COLUMNS;
  if (!names.some((name) => expected.includes(name))) {
    const message = `The first line is not the header: expected ${PRICE_LIST_CSV_COLUMNS.join(",")}.`;
    return [{ line, message }];
  }
  const errors: CsvImportError[] = [];
  for (const name of names) {
    if (!expected.includes(name)) errors.push({ line, field: name, message: "Unknown column." });
  }
  for (const name of expected) {
    if (!names.includes(name)) errors.push({ line, field: name, message: "Missing column." });
  }
  for (const name of new Set(names)) {
    if (names.indexOf(name) !== names.lastIndexOf(name)) {
      errors.push({ line, field: name, message: "Column appears twice." });
    }
  }
  return errors;
}

/** Validates a whole price-list CSV; returns every entry, or every error. */
export function importPriceListCsv(text: string): CsvImportResult {
  const read = readCsv(text);
  // A header that is not even well-formed CSV (or never ends) leaves nothing to check rows against.
  if (read.header.length === 0 && read.errors.length > 0) return { ok: false, errors: read.errors };
  const columns = read.header;
  const headerErrors = checkHeader(columns, read.headerLine);
  if (headerErrors.length > 0) return { ok: false, errors: [...read.errors, ...headerErrors] };
  // Rows that are not well-formed CSV are left out of read.records; their errors stand for them.
  if (read.records.length === 0 && read.errors.length === 0) {
    return { ok: false, errors: [{ line: read.headerLine + 1, message: "The file has no price rows." }] };
  }

  const errors: CsvImportError[] = [...read.errors];
  const records: PriceListEntry[] = [];
  const seen = new Map<string, number>();
  for (const row of read.records) {
    if (row.cells.length !== columns.length) {
      const found = row.cells.length;
      const what = found < columns.length ? "missing" : "extra";
      errors.push({
        line: row.line,
        message: `Expected ${columns.length} columns, found ${found} (${what} column${Math.abs(found - columns.length) > 1 ? "s" : ""}).`,
      });
      continue;
    }
    const cells = Object.fromEntries(columns.map((name, index) => [name, row.cells[index] ?? ""]));
    const result = priceListCsvRowSchema.safeParse(cells);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.map(String).join(".");
        errors.push({ line: row.line, ...(field ? { field } : {}), message: issue.message });
      }
      continue;
    }
    const entry = result.data;
    const key = [
      entry.clinic.name,
      entry.clinic.city,
      entry.clinic.address,
      entry.procedureId,
      entry.price.currency,
    ]
      .map((part) => part.trim().toLowerCase().replace(/\s+/g, " "))
      .join("\u0000");
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({
        line: row.line,
        message: `Same clinic, address, procedure and currency as line ${earlier}: keep one price.`,
      });
      continue;
    }
    seen.set(key, row.line);
    records.push({ line: row.line, ...entry });
  }
  errors.sort((a, b) => a.line - b.line);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, records };
}
