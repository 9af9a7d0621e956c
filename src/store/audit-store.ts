import type { Actor } from "../domain/actor.ts";
import type { Executor } from "./transaction.ts";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  details?: Record<string, unknown>;
}

/** Appends one entry. The table rejects UPDATE, DELETE and TRUNCATE, so entries stay as written. */
export async function appendAudit(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto("audit_log")
    .values({
      organisation_id: actor.organisationId,
      at: actor.now,
      actor_user_id: actor.userId,
      actor_label: actor.label,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      ip: actor.ip,
      user_agent: actor.userAgent,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export async function listAudit(
  tx: Executor,
  organisationId: string,
  filter: { entityType?: string; entityId?: string; limit: number },
) {
  let query = tx.selectFrom("audit_log").selectAll().where("organisation_id", "=", organisationId);
  if (filter.entityType) query = query.where("entity_type", "=", filter.entityType);
  if (filter.entityId) query = query.where("entity_id", "=", filter.entityId);
  return query.orderBy("id", "desc").limit(filter.limit).execute();
}
