// Coded domain errors. The kind says what went wrong in terms the edges understand
// (HTTP maps it to a status, the CLI to a message); the code is stable for clients.

export type ErrorKind =
  | "validation"
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "rate-limited"
  | "unprocessable";

export interface FieldIssue {
  /** Dotted path of the failing field, e.g. "email" or "openingHours.mon.0.close". */
  field: string;
  message: string;
  /** Stable reason, e.g. "required", "invalid-format", "too-long": for translating the message. */
  code?: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: { fields?: FieldIssue[]; retryAfterSeconds?: number; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) =>
  new DomainError("not-found", `${what}-not-found`, `The ${what} does not exist.`);

export const forbidden = (message = "Your role does not allow this.") =>
  new DomainError("forbidden", "forbidden", message);

export const conflict = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError("conflict", code, message, details);

export const invalid = (fields: FieldIssue[], message = "The request has invalid fields.") =>
  new DomainError("validation", "validation-failed", message, { fields });
