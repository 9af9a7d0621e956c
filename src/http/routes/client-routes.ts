import { z } from "zod";
import {
  createClient,
  getClient,
  searchClients,
  setClientArchived,
  updateClientDetails,
} from "../../app/client-service.ts";
import type { AppDeps } from "../../app/deps.ts";
import { clientCreateSchema, clientSchema, clientUpdateSchema } from "../../domain/clients.ts";
import { pageQuerySchema } from "../../domain/pagination.ts";
import { idempotent } from "../idempotency.ts";
import { defineRoute } from "../route.ts";

const clientParams = z.object({ id: z.uuid() });
const ok = { 200: { description: "The client", schema: clientSchema } };
const listQuery = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  archived: z.enum(["true", "false"]).optional(),
});

export function clientRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/v1/clients",
      summary: "Clients, searched by name, phone or e-mail, sorted by name, paged by cursor",
      tag: "clients",
      auth: "session",
      query: listQuery,
      responses: {
        200: {
          description: "A page of clients",
          schema: z.object({ items: z.array(clientSchema), nextCursor: z.string().nullable() }),
        },
      },
      handler: async ({ actor, query }) =>
        searchClients(deps, actor, {
          q: query.q,
          cursor: query.cursor,
          limit: query.limit,
          includeArchived: query.archived === "true",
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/clients",
      summary: "Create a client (honours Idempotency-Key)",
      tag: "clients",
      auth: "session",
      body: clientCreateSchema,
      responses: { 201: { description: "Created", schema: clientSchema } },
      handler: async ({ actor, request, reply }) =>
        idempotent(deps, actor, request, reply, () => createClient(deps, actor, request.body)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/clients/:id",
      summary: "One client",
      tag: "clients",
      auth: "session",
      params: clientParams,
      responses: ok,
      handler: async ({ actor, params }) => getClient(deps, actor, params.id),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/v1/clients/:id",
      summary: "Update a client",
      tag: "clients",
      auth: "session",
      params: clientParams,
      body: clientUpdateSchema,
      responses: ok,
      handler: async ({ actor, params, request }) =>
        updateClientDetails(deps, actor, params.id, request.body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/clients/:id/archive",
      summary: "Archive a client: hidden from lists, kept with its history",
      tag: "clients",
      auth: "session",
      params: clientParams,
      responses: ok,
      handler: async ({ actor, params }) => setClientArchived(deps, actor, params.id, true),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/clients/:id/restore",
      summary: "Bring an archived client back",
      tag: "clients",
      auth: "session",
      params: clientParams,
      responses: ok,
      handler: async ({ actor, params }) => setClientArchived(deps, actor, params.id, false),
    }),
  ];
}
