import { z } from "zod";
import { login, logout, SESSION_TTL_MS } from "../../app/auth-service.ts";
import type { AppDeps } from "../../app/deps.ts";
import { acceptInvitation } from "../../app/staff-service.ts";
import { QUALIFICATIONS, ROLES } from "../../domain/roles.ts";
import { password } from "../../domain/staff.ts";
import { parseOrThrow } from "../../domain/validation.ts";
import { findOrganisation } from "../../store/clinic-store.ts";
import { defineRoute } from "../route.ts";
import { clearSessionCookie, setSessionCookie } from "../session-auth.ts";

const loginBody = z.strictObject({
  email: z.string().trim().min(1, "Required.").max(254),
  password: z.string().min(1, "Required.").max(200),
});

const meSchema = z.object({
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string(), language: z.string() }),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  roles: z.array(z.enum(ROLES)),
  qualifications: z.array(z.enum(QUALIFICATIONS)),
  csrfToken: z.string(),
});

export function authRoutes(deps: AppDeps, clock: () => Date, secureCookies: boolean) {
  const me = async (principal: import("../../app/auth-service.ts").Principal) => {
    const organisation = await findOrganisation(deps.db, principal.organisationId);
    return {
      user: {
        id: principal.userId,
        name: principal.name,
        email: principal.email,
        language: principal.language,
      },
      organisation: { id: principal.organisationId, name: organisation?.name ?? "" },
      roles: principal.roles,
      qualifications: principal.qualifications,
      csrfToken: principal.csrfToken,
    };
  };
  return [
    defineRoute({
      method: "POST",
      url: "/api/v1/auth/login",
      summary: "Log in: sets the session cookie and returns the CSRF token for writes",
      tag: "auth",
      auth: "public",
      body: loginBody,
      responses: { 200: { description: "Logged in", schema: meSchema } },
      handler: async ({ request, reply }) => {
        const body = parseOrThrow(loginBody, request.body);
        const { token, principal } = await login(deps, {
          ...body,
          ip: request.ip,
          userAgent: request.headers["user-agent"] ?? null,
          now: clock(),
        });
        setSessionCookie(reply, token, { secure: secureCookies, maxAgeSeconds: SESSION_TTL_MS / 1000 });
        return me(principal);
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/auth/logout",
      summary: "Log out: ends the session",
      tag: "auth",
      auth: "session",
      responses: { 204: { description: "Logged out" } },
      handler: async ({ reply, principal, actor }) => {
        await logout(deps, principal, actor);
        clearSessionCookie(reply, secureCookies);
        return reply.status(204).send();
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/me",
      summary: "The logged-in user, organisation, roles and CSRF token",
      tag: "auth",
      auth: "session",
      responses: { 200: { description: "Current user", schema: meSchema } },
      handler: async ({ principal }) => me(principal),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/invitations/accept",
      summary: "Accept a staff invitation by setting a password",
      tag: "auth",
      auth: "public",
      body: z.object({ token: z.string(), password }),
      responses: {
        200: { description: "Password set; log in next", schema: z.object({ email: z.string() }) },
      },
      handler: async ({ request }) => {
        const body = parseOrThrow(
          z.object({ token: z.string().min(1, "Required."), password: z.unknown() }),
          request.body,
        );
        return acceptInvitation(deps, {
          token: body.token,
          password: body.password,
          ip: request.ip,
          userAgent: request.headers["user-agent"] ?? null,
          now: clock(),
        });
      },
    }),
  ];
}
