// CSV in and out, with the file line of every record so errors can point at it.
//
// The reader is RFC 4180 written out here rather than csv-parse: csv-parse 7 counts a CRLF
// inside a quoted field as two lines, which shifts every later line number.

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the first line is line 1). */
  line: number;
  cells: string[];
}

export interface CsvError {
  /** 1-based line of the file where the problem is (for an unclosed quote, where it opened). */
  line: number;
  message: string;
}

export interface CsvRead {
  /** Cells of the first non-blank record, trimmed and lower-cased; empty for an empty file
   *  or a header that is not well-formed CSV (its error is then in `errors`). */
  header: string[];
  /** Line the header starts on; 1 when there is none. */
  headerLine: number;
  /** Well-formed records after the header; blank lines are skipped. */
  records: CsvRecord[];
  /** Malformed quoting, each reported once per record; such records are left out of `records`. */
  errors: CsvError[];
}

interface RawRecord extends CsvRecord {
  /** Set when the record is not well-formed CSV. */
  broken?: true;
}

/** Splits CSV text into records with the line each starts on; blank lines are skipped. */
function readRecords(input: string): { records: RawRecord[]; errors: CsvError[] } {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const records: RawRecord[] = [];
  const errors: CsvError[] = [];
  let line = 1;
  let record: RawRecord = { line, cells: [] };
  let cell = "";
  let quotedFrom = 0; // line where the open quoted field began; 0 when not in quotes
  let wasQuoted = false;
  const fail = (message: string) => {
    if (!record.broken) errors.push({ line, message });
    record.broken = true;
  };
  const endRecord = () => {
    record.cells.push(cell);
    const blank = !record.broken && record.cells.every((value) => value.trim() === "");
    if (!blank) records.push(record);
    cell = "";
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    // CRLF, LF and a lone CR each end one line.
    let lineBreak = char === "\n" || char === "\r" ? char : "";
    if (char === "\r" && text[i + 1] === "\n") {
      lineBreak = "\r\n";
      i++;
    }
    if (quotedFrom > 0) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quotedFrom = 0;
      else cell += lineBreak || char;
      if (lineBreak) line++;
    } else if (char === ",") {
      record.cells.push(cell);
      cell = "";
      wasQuoted = false;
    } else if (lineBreak) {
      endRecord();
      line++;
      record = { line, cells: [] };
    } else if (char === '"' && cell === "" && !wasQuoted) {
      quotedFrom = line;
      wasQuoted = true;
    } else {
      if (wasQuoted)
        fail("Text after a closing quote: a quoted field must end at a comma or the end of the line.");
      else if (char === '"')
        fail('A quote inside an unquoted field: quote the whole field and double the quote ("").');
      cell += char;
    }
  }
  if (quotedFrom > 0)
    return { records, errors: [...errors, { line: quotedFrom, message: "A quoted field is never closed." }] };
  if (cell !== "" || record.cells.length > 0 || wasQuoted) endRecord();
  return { records, errors };
}

/**
 * Reads CSV text (BOM, CRLF/LF/CR, quoted fields with doubled quotes and line breaks).
 * The first non-blank record is the header; a quoted field never closed ends the reading.
 */
export function readCsv(text: string): CsvRead {
  const { records: raw, errors } = readRecords(text);
  const [first, ...rest] = raw;
  const header = first && !first.broken ? first.cells.map((cell) => cell.trim().toLowerCase()) : [];
  const records = rest.filter((record) => !record.broken).map(({ line, cells }) => ({ line, cells }));
  return { header, headerLine: first?.line ?? 1, records, errors };
}

function cell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
