import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authenticate, type Principal } from "../app/auth-service.ts";
import type { AppDeps } from "../app/deps.ts";
import type { Actor } from "../domain/actor.ts";
import { DomainError } from "../domain/errors.ts";

export const SESSION_COOKIE = "cryodesk_session";
export const CSRF_HEADER = "x-csrf-token";
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    auth?: "public" | "session";
  }
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Resolves the session cookie to a principal. Session routes need one; their
 * writes also need the CSRF token of that session in a header, which a page on
 * another site cannot read or send.
 */
export function sessionGuard(app: FastifyInstance, deps: AppDeps, clock: () => Date) {
  app.decorateRequest("principal", null);
  // Attached to session routes only: public routes never pay for a session lookup.
  return async (request: FastifyRequest) => {
    const token = request.cookies[SESSION_COOKIE];
    request.principal = token ? ((await authenticate(deps, token, clock())) ?? null) : null;
    if (!request.principal) {
      throw new DomainError("unauthenticated", "not-authenticated", "Log in to use this.");
    }
    if (UNSAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameToken(sent, request.principal.csrfToken)) {
        throw new DomainError(
          "forbidden",
          "csrf-token-invalid",
          `Send the session's CSRF token in ${CSRF_HEADER}.`,
        );
      }
    }
  };
}

export function actorOf(clock: () => Date) {
  return (request: FastifyRequest): Actor => {
    const principal = request.principal as Principal;
    return {
      organisationId: principal.organisationId,
      userId: principal.userId,
      label: principal.email,
      roles: principal.roles,
      qualifications: principal.qualifications,
      ip: request.ip,
      userAgent: request.headers["user-agent"] ?? null,
      now: clock(),
    };
  };
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  options: { secure: boolean; maxAgeSeconds: number },
) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: options.secure,
    path: "/",
    maxAge: options.maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "lax", secure, path: "/" });
}
