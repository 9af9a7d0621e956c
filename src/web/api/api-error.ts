// A failed API call, read from the server's application/problem+json answer.

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The problem's stable code, e.g. "validation-failed"; "network-error" when the server was not reached. */
    readonly code: string,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
    /** From Retry-After: how long a refused request (429) should wait. */
    readonly retryAfterSeconds: number | null = null,
    /**
     * The problem's other members, which say what to do next: the free times a taken slot
     * offers (`alternatives`), the date a postponement lasts `until`, the `reason` a time
     * cannot be booked, the course `session` that failed…
     */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The first message for a field, matched by its dotted path ("email", "openingHours.mon.0.close"). */
  messageFor(field: string): string | undefined {
    return this.fieldErrors.find((error) => error.field === field)?.message;
  }
}

/** The members every problem document has; anything else is an extension (RFC 9457 §3.2). */
const PROBLEM_MEMBERS = new Set(["type", "title", "status", "detail", "instance", "code", "errors"]);

function isFieldError(value: unknown): value is FieldError {
  const candidate = value as FieldError | null;
  return typeof candidate?.field === "string" && typeof candidate.message === "string";
}

/** Builds the error from a non-2xx response, whether or not its body is a problem document. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
      body = parsed as Record<string, unknown>;
  } catch {
    // A proxy's HTML error page or an empty body: the status is all there is.
  }
  const code = typeof body.code === "string" ? body.code : `http-${response.status}`;
  const title = typeof body.title === "string" ? body.title : response.statusText;
  const errors = Array.isArray(body.errors) ? body.errors.filter(isFieldError) : [];
  const retryAfter = Number(response.headers.get("retry-after"));
  const extensions = Object.fromEntries(Object.entries(body).filter(([name]) => !PROBLEM_MEMBERS.has(name)));
  return new ApiError(
    response.status,
    code,
    title,
    errors,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    extensions,
  );
}
