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
