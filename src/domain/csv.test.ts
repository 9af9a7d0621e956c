import { describe, expect, it } from "vitest";
import { readCsv, writeCsv } from "./csv.ts";

describe("readCsv", () => {
  it("keeps later line numbers right after a CRLF inside a quoted field", () => {
    const text = ["Name,Notes", 'a,"one\r\ntwo\r\nthree"', "b,plain", 'c,"x""y"'].join("\r\n");
    expect(readCsv(text)).toEqual({
      header: ["name", "notes"],
      headerLine: 1,
      records: [
        { line: 2, cells: ["a", "one\r\ntwo\r\nthree"] },
        { line: 5, cells: ["b", "plain"] },
        { line: 6, cells: ["c", 'x"y'] },
      ],
      errors: [],
    });
  });

  it("counts LF, CRLF and a lone CR each as one line", () => {
    const { records } = readCsv("h\na\r\nb\rc");
    expect(records).toEqual([
      { line: 2, cells: ["a"] },
      { line: 3, cells: ["b"] },
      { line: 4, cells: ["c"] },
    ]);
  });

  it("reports an unclosed quote at the line where it opened and reads no further", () => {
    const result = readCsv('h1,h2\na,b\nc,"never\nclosed\nd,e\n');
    expect(result.records).toEqual([{ line: 2, cells: ["a", "b"] }]);
    expect(result.errors).toEqual([{ line: 3, message: "A quoted field is never closed." }]);
  });

  it("reports text after a closing quote and a quote inside an unquoted field, and drops those rows", () => {
    const result = readCsv('h1,h2\n"a"b,c\nok,row\nx,y"z\n');
    expect(result.records).toEqual([{ line: 3, cells: ["ok", "row"] }]);
    expect(result.errors).toEqual([
      {
        line: 2,
        message: "Text after a closing quote: a quoted field must end at a comma or the end of the line.",
      },
      {
        line: 4,
        message: 'A quote inside an unquoted field: quote the whole field and double the quote ("").',
      },
    ]);
  });

  it("gives a malformed header as no header, with its error", () => {
    expect(readCsv('"a"b,c\nx,y\n')).toEqual({
      header: [],
      headerLine: 1,
      records: [{ line: 2, cells: ["x", "y"] }],
      errors: [
        {
          line: 1,
          message: "Text after a closing quote: a quoted field must end at a comma or the end of the line.",
        },
      ],
    });
  });

  it("drops a BOM and trims and lower-cases the header", () => {
    const result = readCsv("\uFEFF Last_Name ,FIRST_NAME\r\nIvanova,Maria\r\n");
    expect(result.header).toEqual(["last_name", "first_name"]);
    expect(result.records).toEqual([{ line: 2, cells: ["Ivanova", "Maria"] }]);
  });

  it("skips blank lines, a leading one before the header included", () => {
    const result = readCsv("\r\nh1,h2\r\n\r\na,b\r\n  \r\n,\r\nc,d\r\n\r\n");
    expect(result).toEqual({
      header: ["h1", "h2"],
      headerLine: 2,
      records: [
        { line: 4, cells: ["a", "b"] },
        { line: 7, cells: ["c", "d"] },
      ],
      errors: [],
    });
  });

  it("keeps an empty quoted field and a trailing empty field", () => {
    expect(readCsv('h1,h2,h3\n"",x,\n').records).toEqual([{ line: 2, cells: ["", "x", ""] }]);
  });

  it("gives an empty file as no header and no records", () => {
    for (const text of ["", "\uFEFF", "\n\r\n"]) {
      expect(readCsv(text)).toEqual({ header: [], headerLine: 1, records: [], errors: [] });
    }
  });

  it("reads back what writeCsv writes", () => {
    const text = writeCsv(
      ["a", "b"],
      [
        ["x, y", 'say "hi"\r\nbye'],
        [null, 3],
      ],
    );
    expect(readCsv(text)).toEqual({
      header: ["a", "b"],
      headerLine: 1,
      records: [
        { line: 2, cells: ["x, y", 'say "hi"\r\nbye'] },
        { line: 4, cells: ["", "3"] },
      ],
      errors: [],
    });
  });
});
