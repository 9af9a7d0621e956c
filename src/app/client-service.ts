import type { Actor } from "../domain/actor.ts";
import {
  birthDateProblem,
  type Client,
  type ClientCreate,
  clientCreateSchema,
  clientUpdateSchema,
} from "../domain/clients.ts";
import { invalid, notFound } from "../domain/errors.ts";
import { decodeCursor, encodeCursor } from "../domain/pagination.ts";
import { assertCan } from "../domain/roles.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { appendAudit } from "../store/audit-store.ts";
import { findClient, insertClient, listClients, updateClient } from "../store/client-store.ts";
import { type Executor, inTransaction } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";

const today = (actor: Actor) => actor.now.toISOString().slice(0, 10);

function assertBirthDate(birthDate: string | null | undefined, actor: Actor) {
  const problem = birthDateProblem(birthDate, today(actor));
  if (problem) throw invalid([{ field: "birthDate", message: problem }]);
}

export async function searchClients(
  deps: AppDeps,
  actor: Actor,
  query: {
    q?: string | undefined;
    cursor?: string | undefined;
    limit: number;
    includeArchived?: boolean | undefined;
  },
) {
  assertCan(actor.roles, "client.read");
  const page = await listClients(deps.db, actor.organisationId, {
    q: query.q,
    limit: query.limit,
    includeArchived: query.includeArchived ?? false,
    after: query.cursor ? decodeCursor(query.cursor, 3) : undefined,
  });
  return { items: page.items, nextCursor: page.nextKey ? encodeCursor(page.nextKey) : null };
}

export async function getClient(deps: AppDeps, actor: Actor, id: string): Promise<Client> {
  assertCan(actor.roles, "client.read");
  const client = await findClient(deps.db, actor.organisationId, id);
  if (!client) throw notFound("client");
  return client;
}

/** Validated input in, stored client out; used by the API and by CSV import inside its transaction. */
export async function createClientIn(
  tx: Executor,
  deps: AppDeps,
  actor: Actor,
  input: ClientCreate,
): Promise<Client> {
  const client = await insertClient(tx, {
    id: deps.newId(),
    organisationId: actor.organisationId,
    now: actor.now,
    input,
  });
  await appendAudit(tx, actor, { action: "client.create", entityType: "client", entityId: client.id });
  return client;
}

export async function createClient(deps: AppDeps, actor: Actor, body: unknown): Promise<Client> {
  assertCan(actor.roles, "client.write");
  const input = parseOrThrow(clientCreateSchema, body);
  assertBirthDate(input.birthDate, actor);
  return inTransaction(deps.db, (tx) => createClientIn(tx, deps, actor, input));
}

export async function updateClientDetails(
  deps: AppDeps,
  actor: Actor,
  id: string,
  body: unknown,
): Promise<Client> {
  assertCan(actor.roles, "client.write");
  return inTransaction(deps.db, async (tx) => {
    // Existence first: another organisation's client is a 404 whatever the body says.
    const before = await findClient(tx, actor.organisationId, id, true);
    if (!before) throw notFound("client");
    const patch = parseOrThrow(clientUpdateSchema, body);
    assertBirthDate(patch.birthDate, actor);
    const updated = await updateClient(tx, actor.organisationId, id, patch, actor.now);
    // Field names only: the values may be health data.
    await appendAudit(tx, actor, {
      action: "client.update",
      entityType: "client",
      entityId: id,
      details: { fields: Object.keys(patch).sort() },
    });
    return updated;
  });
}

export async function setClientArchived(
  deps: AppDeps,
  actor: Actor,
  id: string,
  archived: boolean,
): Promise<Client> {
  assertCan(actor.roles, "client.archive");
  return inTransaction(deps.db, async (tx) => {
    const before = await findClient(tx, actor.organisationId, id, true);
    if (!before) throw notFound("client");
    if (Boolean(before.archivedAt) === archived) return before;
    const updated = await updateClient(
      tx,
      actor.organisationId,
      id,
      { archivedAt: archived ? actor.now : null },
      actor.now,
    );
    await appendAudit(tx, actor, {
      action: archived ? "client.archive" : "client.restore",
      entityType: "client",
      entityId: id,
    });
    return updated;
  });
}
