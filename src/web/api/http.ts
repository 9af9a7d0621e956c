import { ApiError, apiErrorFrom } from "./api-error.ts";

// The one fetch wrapper: JSON in and out, the session's CSRF token on every write,
// problem documents turned into ApiError, and a lost session sent to the login page.

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request that needs a session gets 401 (the session expired or was ended). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  /** Sent as JSON; a Blob (a photo) is sent as it is, with its own type as Content-Type. */
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as Idempotency-Key so a retried create does not create twice. */
  idempotencyKey?: string;
  /** Login and public pages handle 401 themselves instead of being redirected. */
  allowUnauthenticated?: boolean;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

function urlWithQuery(path: string, query: RequestOptions["query"]): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  const raw = options.body instanceof Blob ? options.body : null;
  if (options.body !== undefined) headers["Content-Type"] = raw ? raw.type : "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  if (options.idempotencyKey) headers["Idempotency-Key"] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(urlWithQuery(`/api/v1${path}`, options.query), {
      method,
      headers,
      credentials: "same-origin",
      ...(options.body !== undefined && { body: raw ?? JSON.stringify(options.body) }),
    });
  } catch {
    throw new ApiError(0, "network-error", "The server could not be reached.");
  }
  if (!response.ok) {
    const error = await apiErrorFrom(response);
    if (response.status === 401 && !options.allowUnauthenticated) onUnauthenticated();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
