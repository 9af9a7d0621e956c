import type { Clinic, ClinicUpdate, ClosureCreate, OpeningHours } from "../domain/clinics.ts";
import type { Executor } from "./transaction.ts";

export async function insertOrganisation(tx: Executor, row: { id: string; name: string; now: Date }) {
  await tx.insertInto("organisations").values({ id: row.id, name: row.name, created_at: row.now }).execute();
}

export async function findOrganisation(tx: Executor, id: string) {
  return tx.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertClinic(
  tx: Executor,
  row: {
    id: string;
    organisationId: string;
    name: string;
    city: string;
    address: string;
    timeZone: string;
    currency: string;
    openingHours: OpeningHours;
    now: Date;
  },
) {
  await tx
    .insertInto("clinics")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      name: row.name,
      city: row.city,
      address: row.address,
      time_zone: row.timeZone,
      currency: row.currency,
      opening_hours: JSON.stringify(row.openingHours),
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}

export async function insertResource(
  tx: Executor,
  row: {
    id: string;
    organisationId: string;
    clinicId: string;
    name: string;
    kind: string;
    deviceKind: string | null;
  },
) {
  await tx
    .insertInto("resources")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      clinic_id: row.clinicId,
      name: row.name,
      kind: row.kind,
      device_kind: row.deviceKind,
    })
    .execute();
}

export async function listClinicIds(tx: Executor, organisationId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom("clinics")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .orderBy("name")
    .execute();
  return rows.map((row) => row.id);
}

export async function findClinic(
  tx: Executor,
  organisationId: string,
  id: string,
): Promise<Clinic | undefined> {
  const row = await tx
    .selectFrom("clinics")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [closures, resources] = await Promise.all([
    tx
      .selectFrom("clinic_closures")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("clinic_id", "=", id)
      .orderBy("starts_on")
      .execute(),
    tx
      .selectFrom("resources")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("clinic_id", "=", id)
      .orderBy("kind")
      .orderBy("name")
      .execute(),
  ]);
  return {
    id: row.id,
    name: row.name,
    city: row.city,
    address: row.address,
    timeZone: row.time_zone,
    currency: row.currency,
    openingHours: row.opening_hours,
    closures: closures.map((c) => ({ id: c.id, startsOn: c.starts_on, endsOn: c.ends_on, reason: c.reason })),
    resources: resources.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind as Clinic["resources"][number]["kind"],
      deviceKind: r.device_kind,
      active: r.active,
    })),
  };
}

export async function updateClinic(
  tx: Executor,
  organisationId: string,
  id: string,
  patch: ClinicUpdate,
  now: Date,
) {
  await tx
    .updateTable("clinics")
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.city !== undefined && { city: patch.city }),
      ...(patch.address !== undefined && { address: patch.address }),
      ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
      ...(patch.currency !== undefined && { currency: patch.currency }),
      ...(patch.openingHours !== undefined && { opening_hours: JSON.stringify(patch.openingHours) }),
      updated_at: now,
    })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .execute();
}

export async function insertClosure(
  tx: Executor,
  row: { id: string; organisationId: string; clinicId: string; closure: ClosureCreate },
) {
  await tx
    .insertInto("clinic_closures")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      clinic_id: row.clinicId,
      starts_on: row.closure.startsOn,
      ends_on: row.closure.endsOn,
      reason: row.closure.reason,
    })
    .execute();
}

export async function deleteClosure(tx: Executor, organisationId: string, clinicId: string, id: string) {
  const result = await tx
    .deleteFrom("clinic_closures")
    .where("organisation_id", "=", organisationId)
    .where("clinic_id", "=", clinicId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The organisation a clinic belongs to: public pages know only the clinic's id. */
export async function findClinicOrganisation(tx: Executor, clinicId: string): Promise<string | undefined> {
  const row = await tx
    .selectFrom("clinics")
    .select("organisation_id")
    .where("id", "=", clinicId)
    .executeTakeFirst();
  return row?.organisation_id;
}
