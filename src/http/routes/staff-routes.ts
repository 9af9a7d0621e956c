import { z } from "zod";
import type { AppDeps } from "../../app/deps.ts";
import {
  createStaffMember,
  inviteStaffMember,
  listStaffMembers,
  updateStaffMember,
} from "../../app/staff-service.ts";
import {
  staffCreateSchema,
  staffInviteSchema,
  staffMemberSchema,
  staffUpdateSchema,
} from "../../domain/staff.ts";
import { idempotent } from "../idempotency.ts";
import { defineRoute } from "../route.ts";

const memberParams = z.object({ userId: z.uuid() });
const ok = { 200: { description: "The staff member", schema: staffMemberSchema } };

export function staffRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/v1/staff",
      summary: "Staff of the organisation with roles and qualifications",
      tag: "staff",
      auth: "session",
      responses: { 200: { description: "Staff", schema: z.object({ items: z.array(staffMemberSchema) }) } },
      handler: async ({ actor }) => ({ items: await listStaffMembers(deps, actor) }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/staff",
      summary: "Create a staff member with a password (owner, admin)",
      tag: "staff",
      auth: "session",
      body: staffCreateSchema,
      responses: { 201: { description: "Created", schema: staffMemberSchema } },
      handler: async ({ actor, request, reply }) =>
        idempotent(deps, actor, request, reply, () => createStaffMember(deps, actor, request.body)),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/staff/invitations",
      summary:
        "Invite a staff member: returns a one-time token for setting a password (not replayed by Idempotency-Key: the token is shown once and stored only as a hash)",
      tag: "staff",
      auth: "session",
      body: staffInviteSchema,
      responses: {
        201: {
          description: "Invited",
          schema: z.object({ member: staffMemberSchema, invitationToken: z.string(), expiresAt: z.string() }),
        },
      },
      handler: async ({ actor, request, reply }) => {
        const invited = await inviteStaffMember(deps, actor, request.body);
        reply.status(201);
        return invited;
      },
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/v1/staff/:userId",
      summary: "Change name, roles, qualifications or active state (owner, admin)",
      tag: "staff",
      auth: "session",
      params: memberParams,
      body: staffUpdateSchema,
      responses: ok,
      handler: async ({ actor, params, request }) =>
        updateStaffMember(deps, actor, params.userId, request.body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/staff/:userId/deactivate",
      summary: "Deactivate a staff member: ends their sessions and blocks login",
      tag: "staff",
      auth: "session",
      params: memberParams,
      responses: ok,
      handler: async ({ actor, params }) => updateStaffMember(deps, actor, params.userId, { active: false }),
    }),
  ];
}
