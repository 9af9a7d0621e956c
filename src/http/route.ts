import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Principal } from "../app/auth-service.ts";
import type { Actor } from "../domain/actor.ts";
import { DomainError } from "../domain/errors.ts";
import { parseOrThrow } from "../domain/validation.ts";

// One declaration per route: method, path, schemas, who may call it, and the handler.
// The same declaration feeds the OpenAPI document, so docs cannot drift from code.

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
}

export interface HandlerInput<Q, P> {
  request: FastifyRequest;
  reply: FastifyReply;
  query: Q;
  params: P;
  /** Present on session routes. */
  principal: Principal;
  actor: Actor;
}

export interface RouteSpec<Q = unknown, P = unknown> {
  method: HttpMethod;
  url: string;
  summary: string;
  tag: string;
  auth: "public" | "session";
  /** Documented request body; the use case behind the route validates it. */
  body?: z.ZodType;
  query?: z.ZodType<Q>;
  /** Path parameters; a malformed id answers 404 like an unknown one. */
  params?: z.ZodType<P>;
  responses: Record<number, ResponseSpec>;
  handler: (input: HandlerInput<Q, P>) => Promise<unknown>;
}

/** A route of any query and parameter shape, as route tables hold them. */
// biome-ignore lint/suspicious/noExplicitAny: a table holds routes of every shape
export type AnyRoute = RouteSpec<any, any>;

export function defineRoute<Q, P>(spec: RouteSpec<Q, P>): AnyRoute {
  return spec as AnyRoute;
}

export function registerRoutes(
  app: FastifyInstance,
  routes: AnyRoute[],
  session: { guard: (request: FastifyRequest) => Promise<void>; actorOf: (request: FastifyRequest) => Actor },
) {
  const { actorOf } = session;
  for (const spec of routes) {
    app.route({
      method: spec.method,
      url: spec.url,
      config: { auth: spec.auth },
      ...(spec.auth === "session" && { preHandler: session.guard }),
      handler: async (request, reply) => {
        let params: unknown = request.params;
        if (spec.params) {
          const parsed = spec.params.safeParse(request.params);
          if (!parsed.success) {
            throw new DomainError("not-found", "not-found", "There is nothing at this address.");
          }
          params = parsed.data;
        }
        const query = spec.query ? parseOrThrow(spec.query, request.query ?? {}) : request.query;
        const principal = request.principal as Principal;
        return spec.handler({
          request,
          reply,
          query,
          params,
          principal,
          actor: spec.auth === "session" ? actorOf(request) : (undefined as unknown as Actor),
        });
      },
    });
  }
}
