import { z } from "zod";
import type { AppDeps } from "../../app/deps.ts";
import { assertCan } from "../../domain/roles.ts";
import { listAudit } from "../../store/audit-store.ts";
import { defineRoute } from "../route.ts";

const entrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export function auditRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/v1/audit",
      summary: "Audit log, newest first (owner, admin)",
      tag: "audit",
      auth: "session",
      query: z.object({
        entityType: z.string().max(50).optional(),
        entityId: z.string().max(100).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      }),
      responses: { 200: { description: "Entries", schema: z.object({ items: z.array(entrySchema) }) } },
      handler: async ({ actor, query }) => {
        assertCan(actor.roles, "audit.read");
        const rows = await listAudit(deps.db, actor.organisationId, query);
        return {
          items: rows.map((row) => ({
            id: row.id,
            at: new Date(row.at).toISOString(),
            actorUserId: row.actor_user_id,
            actor: row.actor_label,
            action: row.action,
            entityType: row.entity_type,
            entityId: row.entity_id,
            ip: row.ip,
            details: row.details,
          })),
        };
      },
    }),
  ];
}
