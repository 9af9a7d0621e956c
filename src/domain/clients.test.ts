import { describe, expect, it } from "vitest";
import { birthDateProblem, clientCreateSchema, clientUpdateSchema } from "./clients.ts";
import { fieldIssues } from "./validation.ts";

describe("client input", () => {
  it("fills defaults, trims names, lowercases e-mail and turns empty optional fields into null", () => {
    const client = clientCreateSchema.parse({
      firstName: "  Анна ",
      lastName: "Петрова",
      email: "Anna@Mail.RU",
      phone: "",
      middleName: "",
    });
    expect(client).toEqual({
      firstName: "Анна",
      lastName: "Петрова",
      middleName: null,
      birthDate: null,
      sex: null,
      phone: null,
      email: "anna@mail.ru",
      language: "ru",
      notes: "",
      consents: {},
    });
  });

  it("says which fields are wrong in words a receptionist understands", () => {
    const result = clientCreateSchema.safeParse({ firstName: "A", phone: "call me", email: "x@", extra: 1 });
    expect(result.success).toBe(false);
    const issues = fieldIssues(result.error as never);
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: "lastName", message: "Required.", code: "required" },
        {
          field: "phone",
          message: "Use digits, spaces, brackets and dashes, optionally starting with +.",
          code: "invalid-format",
        },
        { field: "email", message: "Not a valid e-mail address.", code: "invalid-format" },
        { field: "(body)", message: "Unknown field(s): extra.", code: "unknown-field" },
      ]),
    );
  });

  it("lets an update change one field without touching the others", () => {
    expect(clientUpdateSchema.parse({ notes: "x" })).toEqual({ notes: "x" });
    expect(clientUpdateSchema.safeParse({ lastName: "" }).success).toBe(false);
  });

  it("refuses birth dates in the future or before 1900", () => {
    expect(birthDateProblem("2026-11-21", "2026-11-20")).toMatch(/future/);
    expect(birthDateProblem("1899-12-31", "2026-11-20")).toMatch(/1900/);
    expect(birthDateProblem("2026-11-20", "2026-11-20")).toBeNull();
  });
});
