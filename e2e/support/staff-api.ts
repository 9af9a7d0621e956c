import type { Page } from "playwright-core";

// The staff API with the browser's session, for what a browser test sets up or does behind
// the page's back.

export type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

export interface Listed<T> {
  items: T[];
}

export async function staffApi(page: Page, baseUrl: string): Promise<Api> {
  const me = await (await page.request.get(`${baseUrl}/api/v1/me`)).json();
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await page.request.fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { "x-csrf-token": me.csrfToken },
      ...(body !== undefined && { data: body }),
    });
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** A demo client's id by last name. */
export async function clientId(api: Api, lastName: string): Promise<string> {
  const { items } = await api<Listed<{ id: string; lastName: string }>>(
    "GET",
    `/clients?q=${encodeURIComponent(lastName)}`,
  );
  const client = items.find((candidate) => candidate.lastName === lastName);
  if (!client) throw new Error(`No client ${lastName} in the demo data.`);
  return client.id;
}

/** An intake screening with nothing found: every procedure allowed, as booking requires. Returns the client's id. */
export async function screen(api: Api, lastName: string): Promise<string> {
  const id = await clientId(api, lastName);
  await api("POST", `/clients/${id}/screenings`, { conditions: [], subject: { weightKg: 70 } });
  return id;
}
