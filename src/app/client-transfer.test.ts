import { describe, expect, it } from "vitest";
import { clientsToCsv, validateClientCsv } from "./client-transfer.ts";

const HEADER =
  "last_name,first_name,middle_name,birth_date,sex,phone,email,language,notes,consent_data_processing,consent_marketing,consent_photos";

describe("client CSV validation", () => {
  it("accepts a good file with quoted fields, a BOM and Russian yes/no", () => {
    const text = `\ufeff${HEADER}\r\nИванова,Мария,Петровна,1988-03-14,female,+7 916 123-45-01,m@x.ru,ru,"Notes, with comma",да,нет,\r\n`;
    const result = validateClientCsv(text, "2026-11-20");
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.clients).toHaveLength(1);
      expect(result.clients[0]?.input).toMatchObject({
        lastName: "Иванова",
        notes: "Notes, with comma",
        consents: { dataProcessing: true, marketing: false, photos: false },
      });
    }
  });

  it("reports every bad row with its file line, and a quoted line break counts as a line", () => {
    const text = [
      "last_name,first_name,birth_date,email,notes",
      "Good,Row,1990-01-01,a@b.ru,",
      ",NoLastName,1990-01-01,,",
      'Multi,Line,1990-01-01,,"first',
      'second"',
      "Bad,Date,1990-13-01,not-mail,",
      "Future,Born,2030-01-01,,",
      "Too,Many,1990-01-01,,,extra",
    ].join("\n");
    const result = validateClientCsv(text, "2026-11-20");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        { line: 3, field: "lastName", message: "Required." },
        { line: 6, field: "birthDate", message: "This date does not exist." },
        { line: 6, field: "email", message: "Not a valid e-mail address." },
        { line: 7, field: "birthDate", message: "A birth date cannot be in the future." },
        { line: 8, field: "(row)", message: "Expected 5 columns, found 6." },
      ]);
    }
  });

  it("reports malformed CSV on its line and imports nothing", () => {
    const text = [
      "last_name,first_name,notes",
      'Good,Row,"a note\r\nover two lines"',
      'Bad,"Quote"d,',
      "Also,Good,",
      'Open,Quote,"never closed',
    ].join("\r\n");
    const result = validateClientCsv(text, "2026-11-20");
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          line: 4,
          field: "(row)",
          message: "Text after a closing quote: a quoted field must end at a comma or the end of the line.",
        },
        { line: 6, field: "(row)", message: "A quoted field is never closed." },
      ],
    });
  });

  it("refuses unknown and missing columns, and an empty file", () => {
    const wrongHeader = validateClientCsv("surname,first_name\nA,B\n", "2026-11-20");
    expect(wrongHeader.ok ? [] : wrongHeader.errors).toEqual([
      { line: 1, field: "surname", message: "Unknown column." },
      { line: 1, field: "last_name", message: "Required column is missing." },
    ]);
    const empty = validateClientCsv("", "2026-11-20");
    expect(empty.ok).toBe(false);
    const headerOnly = validateClientCsv(`${HEADER}\n`, "2026-11-20");
    expect(headerOnly.ok ? [] : headerOnly.errors).toEqual([
      { line: 2, field: "(rows)", message: "The file has no client rows." },
    ]);
  });

  it("exports CSV that validates back to the same clients", () => {
    const client = {
      id: "00000000-0000-4000-8000-000000000001",
      firstName: "Emily",
      lastName: "O'Neil, Jr",
      middleName: null,
      birthDate: "1987-02-19",
      sex: "female" as const,
      phone: "+44 7700 900123",
      email: "emily@example.com",
      language: "en" as const,
      notes: 'Says "hi"\nsecond line',
      consents: { dataProcessing: true, marketing: false, photos: true },
      archivedAt: null,
      createdAt: "",
      updatedAt: "",
    };
    const result = validateClientCsv(clientsToCsv([client]), "2026-11-20");
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.clients[0]?.input).toEqual({
        firstName: client.firstName,
        lastName: client.lastName,
        middleName: null,
        birthDate: client.birthDate,
        sex: "female",
        phone: client.phone,
        email: client.email,
        language: "en",
        notes: client.notes,
        consents: client.consents,
      });
    }
  });
});
