import { describe, expect, it } from "vitest";
import { importPriceListCsv } from "./import-csv.ts";

const HEADER = "clinic_name,city,address,procedure_id,price,currency";
const lines = (...rows: string[]) => rows.join("\n");

describe("importPriceListCsv: a good file", () => {
  it("reads a BOM, CRLF, quoted commas, quotes and line breaks, and blank lines", () => {
    const text = [
      `\uFEFF${HEADER}`,
      '"Clinic ""Be Healthy""",Krasnodar,"st. Turgeneva, 96",nitrogen-cryomassage,935,RUB',
      "",
      '"Narnia Spa",Тверь,"st. Simeonovskaya, 33a,',
      'entrance from the yard",cryosauna,1160.50,rub',
      "Студия,Санкт-Петербург,Невский пр. 1,ice-cryomassage,0.29,RUB",
      "",
    ].join("\r\n");
    const result = importPriceListCsv(text);
    expect(result).toEqual({
      ok: true,
      records: [
        {
          line: 2,
          clinic: {
            name: 'Clinic "Be Healthy"',
            city: "Krasnodar",
            cityRu: "Краснодар",
            address: "st. Turgeneva, 96",
          },
          procedureId: "nitrogen-cryomassage",
          price: { amount: 93_500, currency: "RUB" },
        },
        {
          line: 4,
          clinic: {
            name: "Narnia Spa",
            city: "Tver",
            cityRu: "Тверь",
            address: "st. Simeonovskaya, 33a,\r\nentrance from the yard",
          },
          procedureId: "cryosauna",
          price: { amount: 116_050, currency: "RUB" },
        },
        {
          line: 6,
          clinic: {
            name: "Студия",
            city: "Saint Petersburg",
            cityRu: "Санкт-Петербург",
            address: "Невский пр. 1",
          },
          procedureId: "ice-cryomassage",
          price: { amount: 29, currency: "RUB" },
        },
      ],
    });
  });

  it("accepts the columns in any order", () => {
    const result = importPriceListCsv(
      lines("price,currency,procedure_id,address,city,clinic_name", "500,RUB,cryosauna,a,Tver,X"),
    );
    expect(result.ok && result.records[0]?.price).toEqual({ amount: 50_000, currency: "RUB" });
  });
});

describe("importPriceListCsv: bad files", () => {
  it("reports an empty file", () => {
    for (const text of ["", "\uFEFF", "\r\n\r\n"]) {
      expect(importPriceListCsv(text)).toEqual({
        ok: false,
        errors: [{ line: 1, message: `The file is empty: expected a header ${HEADER}.` }],
      });
    }
  });

  it("reports a header with no rows", () => {
    expect(importPriceListCsv(`${HEADER}\n`)).toEqual({
      ok: false,
      errors: [{ line: 2, message: "The file has no price rows." }],
    });
  });

  it("reports every wrong column of the header and reads no further", () => {
    const result = importPriceListCsv(lines("clinic,city,address,procedure_id,price,currency,price", "x"));
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 1, field: "clinic", message: "Unknown column." },
        { line: 1, field: "clinic_name", message: "Missing column." },
        { line: 1, field: "price", message: "Column appears twice." },
      ],
    });
  });

  it("checks every row and reports all errors with their lines and fields", () => {
    const text = lines(
      HEADER,
      "Good,Moscow,st. Arbat 1,cryosauna,1500,RUB", // 2: fine
      "Short row,Moscow,st. Arbat 2,cryosauna,1500", // 3: a column missing
      "Long row,Moscow,st. Arbat 3,cryosauna,1500,RUB,+7 495", // 4: a column too many
      ",Moscow,st. Arbat 4,cryo-facial,1160.505,RUBLES", // 5: four bad fields
      'Comma,Moscow,st. Arbat 5,cryosauna,"1160,50",RUB', // 6: decimal comma
      "Good,Москва,st. Arbat 1,cryosauna,1600,RUB", // 7: same clinic and procedure as line 2
    );
    const result = importPriceListCsv(text);
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 3, message: "Expected 6 columns, found 5 (missing column)." },
        { line: 4, message: "Expected 6 columns, found 7 (extra column)." },
        { line: 5, field: "clinic_name", message: "Clinic name is required." },
        {
          line: 5,
          field: "procedure_id",
          message: expect.stringMatching(/^Use one of: nitrogen-cryomassage, /),
        },
        { line: 5, field: "currency", message: "Use a 3-letter ISO 4217 currency code, like RUB." },
        { line: 6, field: "price", message: 'Use a dot as the decimal separator ("1160.50").' },
        { line: 7, message: "Same clinic, address, procedure and currency as line 2: keep one price." },
      ],
    });
  });

  it("checks the price against the currency's minor unit", () => {
    const result = importPriceListCsv(
      lines(
        HEADER,
        "A,Moscow,x,cryosauna,1160.505,RUB",
        "B,Moscow,y,cryosauna,1000.5,JPY",
        "C,Moscow,z,cryosauna,0,RUB",
      ),
    );
    expect(result.ok ? [] : result.errors).toEqual([
      { line: 2, field: "price", message: "At most 2 decimal places for this currency." },
      { line: 3, field: "price", message: "This currency has no minor unit: drop the decimals." },
      { line: 4, field: "price", message: "Price must be greater than zero." },
    ]);
  });

  it("counts lines across a quoted line break", () => {
    const text = lines(HEADER, 'A,Moscow,"two\nlines",cryosauna,100,RUB', "B,Moscow,x,cryosauna,abc,RUB");
    expect(importPriceListCsv(text)).toMatchObject({ ok: false, errors: [{ line: 4, field: "price" }] });
  });

  it("points an unclosed quote at the line where it opened", () => {
    const text = lines(
      HEADER,
      "A,Moscow,x,cryosauna,100,RUB",
      'B,"Moscow,x,cryosauna,100,RUB',
      "C,Tver,y,cryosauna,1,RUB",
    );
    expect(importPriceListCsv(text)).toEqual({
      ok: false,
      errors: [{ line: 3, message: "A quoted field is never closed." }],
    });
  });

  it("reports stray quotes on their lines and still checks the other rows", () => {
    const text = lines(
      HEADER,
      'A,"Mos"cow,x,cryosauna,100,RUB',
      "B,Moscow,x,cryosauna,-1,RUB",
      'C,Mos"cow,x,cryosauna,100,RUB',
    );
    expect(importPriceListCsv(text)).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          message: "Text after a closing quote: a quoted field must end at a comma or the end of the line.",
        },
        {
          line: 3,
          field: "price",
          message: '"-1" is not a price: use digits with an optional decimal point, like 1160.50.',
        },
        {
          line: 4,
          message: 'A quote inside an unquoted field: quote the whole field and double the quote ("").',
        },
      ],
    });
  });

  it("says when the first line is data rather than the header", () => {
    expect(importPriceListCsv("Narnia Spa,Tver,x,cryosauna,700,RUB\n")).toEqual({
      ok: false,
      errors: [{ line: 1, message: `The first line is not the header: expected ${HEADER}.` }],
    });
  });

  it("reports an unclosed quote in the header alone", () => {
    expect(importPriceListCsv('clinic_name,"city\nx,y')).toEqual({
      ok: false,
      errors: [{ line: 1, message: "A quoted field is never closed." }],
    });
  });
});

describe("field lengths", () => {
  it("reports a clinic name longer than the directory stores, with its line", () => {
    const text = `clinic_name,city,address,procedure_id,price,currency\n${"x".repeat(201)},Moscow,ul. A 1,cryosauna,1500,RUB\n`;
    const result = importPriceListCsv(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      { line: 2, field: "clinic_name", message: "Clinic name: at most 200 characters." },
    ]);
  });
});
