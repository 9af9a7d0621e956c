import { z } from "zod";
import { type FieldIssue, invalid } from "./errors.ts";

// Plain messages for a form: a missing field says "Required.", a wrong type says what is expected.
z.config({
  customError: (issue) => {
    if (issue.code === "invalid_type") {
      return issue.input === undefined ? "Required." : `Expected ${issue.expected}.`;
    }
    if (issue.code === "unrecognized_keys") return `Unknown field(s): ${issue.keys.join(", ")}.`;
    if (issue.code === "invalid_value") return `Use one of: ${issue.values.map(String).join(", ")}.`;
    return undefined;
  },
});

/** A stable code per kind of problem, so clients can translate without matching English text. */
function issueCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      // The input is not kept on the issue; the message the custom error map chose tells.
      return issue.message === "Required." ? "required" : "invalid-type";
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1 ? "required" : "too-small";
    case "too_big":
      return "too-big";
    case "invalid_format":
      return "invalid-format";
    case "invalid_value":
      return "invalid-choice";
    case "unrecognized_keys":
      return "unknown-field";
    default:
      return String((issue as { params?: { code?: unknown } }).params?.code ?? "invalid");
  }
}

export function fieldIssues(error: z.ZodError, prefix = ""): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(body)",
    message: issue.message,
    code: issueCode(issue),
  }));
}

/** Parses input with a schema or throws a validation error naming every failing field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, prefix = ""): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(fieldIssues(result.error, prefix));
  return result.data;
}

/** A calendar date "YYYY-MM-DD" that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Use the form YYYY-MM-DD.", abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    // Year 0000 parses in JavaScript but not in Postgres.
    return !value.startsWith("0000") && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "This date does not exist.");

export const uuid = z.uuid("Not a valid id.");

export const email = z
  .email("Not a valid e-mail address.")
  .max(254)
  .transform((value) => value.toLowerCase());

export const language = z.enum(["ru", "en"]);
