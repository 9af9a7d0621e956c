import { sql } from "kysely";
import type { Executor } from "./transaction.ts";

// Queries of the public booking pages.

/** Active offerings of a clinic that visitors may book themselves. */
export async function onlineOfferings(tx: Executor, organisationId: string, clinicId: string) {
  const rows = await tx
    .selectFrom("offerings")
    .select(["id", "name", "procedure_id", "duration_minutes", "price_minor", "currency"])
    .where("organisation_id", "=", organisationId)
    .where("clinic_id", "=", clinicId)
    .where("active", "=", true)
    .where("bookable_online", "=", true)
    .orderBy("name")
    .execute();
  return rows.map((o) => ({
    id: o.id,
    name: o.name,
    procedureId: o.procedure_id,
    durationMinutes: o.duration_minutes,
    priceMinor: Number(o.price_minor),
    currency: o.currency,
  }));
}

/** An unarchived client with the same first and last name and the same phone digits. */
export async function findReturningVisitor(
  tx: Executor,
  organisationId: string,
  visitor: { firstName: string; lastName: string; phone: string },
): Promise<string | undefined> {
  const row = await tx
    .selectFrom("clients")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("archived_at", "is", null)
    .where(
      sql<boolean>`regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') = ${visitor.phone.replace(/\D/g, "")}`,
    )
    .where(sql<boolean>`lower(first_name) = lower(${visitor.firstName})`)
    .where(sql<boolean>`lower(last_name) = lower(${visitor.lastName})`)
    .orderBy("created_at")
    .executeTakeFirst();
  return row?.id;
}
