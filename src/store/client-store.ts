import { type Selectable, sql } from "kysely";
import type { Client, ClientCreate, ClientUpdate } from "../domain/clients.ts";
import type { ClientsTable } from "./tables.ts";
import type { Executor } from "./transaction.ts";

type ClientRow = Selectable<ClientsTable>;

export function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    middleName: row.middle_name,
    birthDate: row.birth_date,
    sex: row.sex as Client["sex"],
    phone: row.phone,
    email: row.email,
    language: row.language as Client["language"],
    notes: row.notes,
    consents: {
      dataProcessing: row.consent_data_processing,
      marketing: row.consent_marketing,
      photos: row.consent_photos,
    },
    archivedAt: row.archived_at ? new Date(row.archived_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export async function insertClient(
  tx: Executor,
  row: { id: string; organisationId: string; now: Date; input: ClientCreate },
): Promise<Client> {
  const { input } = row;
  const inserted = await tx
    .insertInto("clients")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      first_name: input.firstName,
      last_name: input.lastName,
      middle_name: input.middleName,
      birth_date: input.birthDate,
      sex: input.sex,
      phone: input.phone,
      email: input.email,
      language: input.language,
      notes: input.notes,
      consent_data_processing: input.consents.dataProcessing ?? false,
      consent_marketing: input.consents.marketing ?? false,
      consent_photos: input.consents.photos ?? false,
      created_at: row.now,
      updated_at: row.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toClient(inserted);
}

export async function findClient(tx: Executor, organisationId: string, id: string, forUpdate = false) {
  let query = tx
    .selectFrom("clients")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toClient(row) : undefined;
}

export async function updateClient(
  tx: Executor,
  organisationId: string,
  id: string,
  patch: ClientUpdate & { archivedAt?: Date | null },
  now: Date,
): Promise<Client> {
  const row = await tx
    .updateTable("clients")
    .set({
      ...(patch.firstName !== undefined && { first_name: patch.firstName }),
      ...(patch.lastName !== undefined && { last_name: patch.lastName }),
      ...(patch.middleName !== undefined && { middle_name: patch.middleName }),
      ...(patch.birthDate !== undefined && { birth_date: patch.birthDate }),
      ...(patch.sex !== undefined && { sex: patch.sex }),
      ...(patch.phone !== undefined && { phone: patch.phone }),
      ...(patch.email !== undefined && { email: patch.email }),
      ...(patch.language !== undefined && { language: patch.language }),
      ...(patch.notes !== undefined && { notes: patch.notes }),
      ...(patch.consents?.dataProcessing !== undefined && {
        consent_data_processing: patch.consents.dataProcessing,
      }),
      ...(patch.consents?.marketing !== undefined && { consent_marketing: patch.consents.marketing }),
      ...(patch.consents?.photos !== undefined && { consent_photos: patch.consents.photos }),
      ...(patch.archivedAt !== undefined && { archived_at: patch.archivedAt }),
      updated_at: now,
    })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toClient(row);
}

export interface ClientListFilter {
  q?: string | undefined;
  includeArchived: boolean;
  limit: number;
  /** Sort key of the last row of the previous page: [lower(last), lower(first), id]. */
  after?: string[] | undefined;
}

/** Clients sorted by last name, first name, id; searched by name, phone or e-mail. */
export async function listClients(tx: Executor, organisationId: string, filter: ClientListFilter) {
  let query = tx.selectFrom("clients").selectAll().where("organisation_id", "=", organisationId);
  if (!filter.includeArchived) query = query.where("archived_at", "is", null);
  if (filter.q) {
    const words = filter.q.trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
    for (const word of words) {
      const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const digits = word.replace(/\D/g, "");
      query = query.where((eb) =>
        eb.or([
          eb(sql`lower(last_name)`, "like", pattern),
          eb(sql`lower(first_name)`, "like", pattern),
          eb(sql`lower(coalesce(middle_name, ''))`, "like", pattern),
          eb(sql`lower(coalesce(email, ''))`, "like", pattern),
          ...(digits.length >= 3
            ? [eb(sql`regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')`, "like", `%${digits}%`)]
            : []),
        ]),
      );
    }
  }
  if (filter.after) {
    const [last, first, id] = filter.after;
    query = query.where(
      sql<boolean>`(lower(last_name), lower(first_name), id) > (${last}, ${first}, ${id}::uuid)`,
    );
  }
  const rows = await query
    .select([sql<string>`lower(last_name)`.as("sort_last"), sql<string>`lower(first_name)`.as("sort_first")])
    .orderBy(sql`lower(last_name)`)
    .orderBy(sql`lower(first_name)`)
    .orderBy("id")
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    items: page.map(toClient),
    nextKey: rows.length > filter.limit && last ? [last.sort_last, last.sort_first, last.id] : null,
  };
}
