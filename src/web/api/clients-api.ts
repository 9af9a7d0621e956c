import { request } from "./http.ts";
import type { Client, ClientInput, Page } from "./types.ts";

export interface ClientSearch {
  q?: string;
  archived?: boolean;
  cursor?: string | null;
  limit?: number;
}

const clientPath = (id: string) => `/clients/${encodeURIComponent(id)}`;

export const clientsApi = {
  search: (search: ClientSearch) =>
    request<Page<Client>>("GET", "/clients", {
      query: {
        q: search.q?.trim(),
        archived: search.archived ? "true" : undefined,
        cursor: search.cursor ?? undefined,
        limit: search.limit,
      },
    }),
  get: (id: string) => request<Client>("GET", clientPath(id)),
  create: (input: ClientInput, idempotencyKey: string) =>
    request<Client>("POST", "/clients", { body: input, idempotencyKey }),
  update: (id: string, input: ClientInput) => request<Client>("PATCH", clientPath(id), { body: input }),
  archive: (id: string) => request<Client>("POST", `${clientPath(id)}/archive`),
  restore: (id: string) => request<Client>("POST", `${clientPath(id)}/restore`),
};
