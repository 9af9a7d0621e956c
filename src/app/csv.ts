import { parse } from "csv-parse/sync";

// CSV in and out, with the file line of every record so errors can point at it.

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export function readCsv(text: string): { header: string[]; records: CsvRecord[] } {
  const parsed = parse(text, {
    bom: true,
    relax_column_count: true,
    // Empty lines are kept here and dropped below, so every line belongs to a record
    // and a record's first line follows from where the previous one ended.
    skip_empty_lines: false,
    record_delimiter: ["\r\n", "\n", "\r"],
    info: true,
  }) as unknown as { record: string[]; info: { lines: number; raw?: string } }[];
  const [first, ...rest] = parsed;
  const header = (first?.record ?? []).map((cell) => cell.trim().toLowerCase());
  // info.lines is the line where the record ends; a quoted field may span several lines.
  let previousEnd = first?.info.lines ?? 0;
  const records: CsvRecord[] = [];
  for (const { record, info } of rest) {
    const startLine = previousEnd + 1;
    previousEnd = info.lines;
    const blank = record.length === 1 && record[0]?.trim() === "";
    if (!blank) records.push({ line: startLine, cells: record });
  }
  return { header, records };
}

function cell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
