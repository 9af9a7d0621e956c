import { sql } from "kysely";
import { type Resource, type ResourceUpdate, resourceType } from "../domain/booking/offerings.ts";
import type { Executor } from "./transaction.ts";

// Resources of a clinic and their out-of-service periods. New resources are written
// with insertResource in clinic-store.ts.

type ResourceRow = {
  id: string;
  clinic_id: string;
  name: string;
  kind: string;
  device_kind: string | null;
  active: boolean;
};

function toResource(row: ResourceRow): Resource {
  return {
    id: row.id,
    clinicId: row.clinic_id,
    name: row.name,
    kind: row.kind as Resource["kind"],
    deviceKind: row.device_kind,
    type: resourceType(row.kind, row.device_kind),
    active: row.active,
  };
}

const resourceColumns = ["id", "clinic_id", "name", "kind", "device_kind", "active"] as const;

/** Every resource of the clinic, inactive ones too, by kind and name. */
export async function listResources(tx: Executor, organisationId: string, clinicId: string) {
  const rows = await tx
    .selectFrom("resources")
    .select(resourceColumns)
    .where("organisation_id", "=", organisationId)
    .where("clinic_id", "=", clinicId)
    .orderBy("kind")
    .orderBy("name")
    .orderBy("id")
    .execute();
  return rows.map(toResource);
}

export async function findResource(
  tx: Executor,
  organisationId: string,
  clinicId: string,
  id: string,
): Promise<Resource | undefined> {
  const row = await tx
    .selectFrom("resources")
    .select(resourceColumns)
    .where("organisation_id", "=", organisationId)
    .where("clinic_id", "=", clinicId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row && toResource(row);
}

export async function updateResource(
  tx: Executor,
  organisationId: string,
  id: string,
  patch: ResourceUpdate,
) {
  if (patch.name === undefined && patch.active === undefined) return;
  await tx
    .updateTable("resources")
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.active !== undefined && { active: patch.active }),
    })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .execute();
}

export interface StoredOutage {
  id: string;
  resourceId: string;
  resourceName: string;
  start: Date;
  end: Date;
  reason: string;
}

export async function insertOutage(
  tx: Executor,
  row: {
    id: string;
    organisationId: string;
    resourceId: string;
    start: Date;
    end: Date;
    reason: string;
    now: Date;
  },
) {
  await tx
    .insertInto("resource_outages")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      resource_id: row.resourceId,
      during: sql<string>`tstzrange(${row.start}::timestamptz, ${row.end}::timestamptz, '[)')`,
      reason: row.reason,
      created_at: row.now,
    })
    .execute();
}

/** Outages of the resources of one clinic, with the resource's name. */
function outageQuery(tx: Executor, organisationId: string, clinicId: string) {
  return tx
    .selectFrom("resource_outages as o")
    .innerJoin("resources as r", (join) =>
      join.onRef("r.organisation_id", "=", "o.organisation_id").onRef("r.id", "=", "o.resource_id"),
    )
    .select([
      "o.id",
      "o.resource_id as resourceId",
      "r.name as resourceName",
      sql<Date>`lower(o.during)`.as("start"),
      sql<Date>`upper(o.during)`.as("end"),
      "o.reason",
    ])
    .where("o.organisation_id", "=", organisationId)
    .where("r.clinic_id", "=", clinicId);
}

/** Outages that overlap [from, to), by start; an absent bound is open. */
export async function listOutages(
  tx: Executor,
  organisationId: string,
  clinicId: string,
  window: { from?: Date | undefined; to?: Date | undefined } = {},
): Promise<StoredOutage[]> {
  const rows = await outageQuery(tx, organisationId, clinicId)
    .where(
      sql<boolean>`o.during && tstzrange(${window.from ?? null}::timestamptz, ${window.to ?? null}::timestamptz, '[)')`,
    )
    .orderBy(sql`lower(o.during)`)
    .orderBy("o.id")
    .execute();
  return rows.map((row) => ({ ...row, start: new Date(row.start), end: new Date(row.end) }));
}

export async function findOutage(
  tx: Executor,
  organisationId: string,
  clinicId: string,
  id: string,
): Promise<StoredOutage | undefined> {
  const row = await outageQuery(tx, organisationId, clinicId).where("o.id", "=", id).executeTakeFirst();
  return row && { ...row, start: new Date(row.start), end: new Date(row.end) };
}

/** Deletes one outage; false when it was already gone. */
export async function deleteOutage(tx: Executor, organisationId: string, id: string): Promise<boolean> {
  const result = await tx
    .deleteFrom("resource_outages")
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
