import type { Selectable } from "kysely";
import type { Offering, OfferingUpdate } from "../domain/booking/offerings.ts";
import type { Qualification } from "../domain/roles.ts";
import type { OfferingsTable } from "./tables.ts";
import type { Executor } from "./transaction.ts";

// A clinic's offerings: catalog procedures with its price, duration, buffers and needs.

function toOffering(row: Selectable<OfferingsTable>): Offering {
  return {
    id: row.id,
    clinicId: row.clinic_id,
    procedureId: row.procedure_id,
    name: row.name,
    durationMinutes: row.duration_minutes,
    bufferBeforeMinutes: row.buffer_before_minutes,
    bufferAfterMinutes: row.buffer_after_minutes,
    resourceTypes: row.resource_types,
    qualifications: row.qualifications as Qualification[],
    // bigint arrives as a string; prices stay far below 2^53 minor units.
    priceMinor: Number(row.price_minor),
    currency: row.currency,
    bookableOnline: row.bookable_online,
    active: row.active,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export interface NewOffering {
  id: string;
  organisationId: string;
  clinicId: string;
  procedureId: string;
  name: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  resourceTypes: string[];
  qualifications: Qualification[];
  priceMinor: number;
  currency: string;
  bookableOnline: boolean;
  now: Date;
}

export async function insertOffering(tx: Executor, row: NewOffering) {
  await tx
    .insertInto("offerings")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      clinic_id: row.clinicId,
      procedure_id: row.procedureId,
      name: row.name,
      duration_minutes: row.durationMinutes,
      buffer_before_minutes: row.bufferBeforeMinutes,
      buffer_after_minutes: row.bufferAfterMinutes,
      resource_types: row.resourceTypes,
      qualifications: row.qualifications,
      price_minor: row.priceMinor,
      currency: row.currency,
      bookable_online: row.bookableOnline,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}

export async function updateOffering(
  tx: Executor,
  organisationId: string,
  id: string,
  patch: OfferingUpdate & { currency?: string },
  now: Date,
) {
  await tx
    .updateTable("offerings")
    .set({
      ...(patch.procedureId !== undefined && { procedure_id: patch.procedureId }),
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.durationMinutes !== undefined && { duration_minutes: patch.durationMinutes }),
      ...(patch.bufferBeforeMinutes !== undefined && { buffer_before_minutes: patch.bufferBeforeMinutes }),
      ...(patch.bufferAfterMinutes !== undefined && { buffer_after_minutes: patch.bufferAfterMinutes }),
      ...(patch.resourceTypes !== undefined && { resource_types: patch.resourceTypes }),
      ...(patch.qualifications !== undefined && { qualifications: patch.qualifications }),
      ...(patch.priceMinor !== undefined && { price_minor: patch.priceMinor }),
      ...(patch.currency !== undefined && { currency: patch.currency }),
      ...(patch.bookableOnline !== undefined && { bookable_online: patch.bookableOnline }),
      ...(patch.active !== undefined && { active: patch.active }),
      updated_at: now,
    })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .execute();
}

export async function findOffering(
  tx: Executor,
  organisationId: string,
  clinicId: string,
  id: string,
  forUpdate = false,
): Promise<Offering | undefined> {
  let query = tx
    .selectFrom("offerings")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("clinic_id", "=", clinicId)
    .where("id", "=", id);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && toOffering(row);
}

/** Every offering of the clinic, inactive ones too, by name. */
export async function listOfferings(tx: Executor, organisationId: string, clinicId: string) {
  const rows = await tx
    .selectFrom("offerings")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("clinic_id", "=", clinicId)
    .orderBy("name")
    .orderBy("id")
    .execute();
  return rows.map(toOffering);
}
