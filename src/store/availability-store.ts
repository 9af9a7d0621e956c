import { sql } from "kysely";
import type { Interval } from "../domain/booking/types.ts";
import type { OpeningHours } from "../domain/clinics.ts";
import type { Qualification } from "../domain/roles.ts";
import type { Executor } from "./transaction.ts";

// What availability needs, in a handful of indexed queries: the qualified practitioners
// with their hours, the resources of the required types, and every held interval of
// those practitioners and resources that touches the window. Held time comes back as
// epoch milliseconds so nothing is parsed per row beyond a number.

export interface PractitionerRow {
  id: string;
  name: string;
  qualifications: Qualification[];
  hours: OpeningHours;
}

/** Active practitioners of the organisation with hours at this clinic and one of the qualifications. */
export async function qualifiedPractitioners(
  tx: Executor,
  organisationId: string,
  clinicId: string,
  qualifications: readonly string[],
): Promise<PractitionerRow[]> {
  const rows = await tx
    .selectFrom("working_hours as w")
    .innerJoin("memberships as m", (join) =>
      join.onRef("m.organisation_id", "=", "w.organisation_id").onRef("m.user_id", "=", "w.user_id"),
    )
    .innerJoin("users as u", "u.id", "w.user_id")
    .select(["w.user_id as id", "u.name", "m.qualifications", "w.hours"])
    .where("w.organisation_id", "=", organisationId)
    .where("w.clinic_id", "=", clinicId)
    .where("m.active", "=", true)
    .where(sql<boolean>`'practitioner' = any(m.roles)`)
    .where(sql<boolean>`m.qualifications && ${sql.val(qualifications)}::text[]`)
    .orderBy("u.name")
    .orderBy("w.user_id")
    .execute();
  return rows.map((row) => ({ ...row, qualifications: row.qualifications as Qualification[] }));
}

export interface ResourceRow {
  id: string;
  name: string;
  type: string;
}

/** Active resources of the clinic whose type is one of these. */
export async function resourcesOfTypes(
  tx: Executor,
  organisationId: string,
  clinicId: string,
  types: readonly string[],
): Promise<ResourceRow[]> {
  if (types.length === 0) return [];
  return tx
    .selectFrom("resources")
    .select(["id", "name", sql<string>`${resourceTypeSql}`.as("type")])
    .where("organisation_id", "=", organisationId)
    .where("clinic_id", "=", clinicId)
    .where("active", "=", true)
    .where(sql<boolean>`${resourceTypeSql} = any(${sql.val(types)}::text[])`)
    .orderBy("name")
    .orderBy("id")
    .execute();
}

/** A resource's type as the offerings name it: its kind, or device:<device kind>. */
const resourceTypeSql = sql`case when kind = 'device' then 'device:' || device_kind else kind end`;

export type HeldIntervals = Map<string, Interval[]>;

const epochMs = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);

/**
 * Time the practitioners are held anywhere (appointments at any clinic, time off) within
 * the window. One index probe per practitioner through a lateral join: GiST cannot
 * search an `= any(array)` directly.
 */
export async function practitionerHeldTime(
  tx: Executor,
  organisationId: string,
  practitionerIds: readonly string[],
  window: Interval,
  exceptAppointmentIds: readonly string[],
): Promise<HeldIntervals> {
  const held: HeldIntervals = new Map(practitionerIds.map((id) => [id, []]));
  if (practitionerIds.length === 0) return held;
  const range = sql`tstzrange(${new Date(window.start)}, ${new Date(window.end)}, '[)')`;
  const rows = await sql<{ owner: string; start: number; end: number }>`
    select p.id as owner, held.start, held.end
    from unnest(${sql.val(practitionerIds)}::uuid[]) as p(id)
    cross join lateral (
      select ${epochMs("lower(a.blocked)")} as start, ${epochMs("upper(a.blocked)")} as end
        from appointments a
       where a.organisation_id = ${organisationId} and a.practitioner_id = p.id
         and a.blocked && ${range} and appointment_holds_slot(a.status)
         and not (a.id = any(${sql.val([...exceptAppointmentIds])}::uuid[]))
      union all
      select ${epochMs("lower(t.during)")}, ${epochMs("upper(t.during)")}
        from time_off t
       where t.organisation_id = ${organisationId} and t.user_id = p.id and t.during && ${range}
    ) as held`.execute(tx);
  for (const row of rows.rows) held.get(row.owner)?.push({ start: row.start, end: row.end });
  return held;
}

/** Time the resources are held: appointments and out-of-service periods within the window. */
export async function resourceHeldTime(
  tx: Executor,
  organisationId: string,
  resourceIds: readonly string[],
  window: Interval,
  exceptAppointmentIds: readonly string[],
): Promise<HeldIntervals> {
  const held: HeldIntervals = new Map(resourceIds.map((id) => [id, []]));
  if (resourceIds.length === 0) return held;
  const range = sql`tstzrange(${new Date(window.start)}, ${new Date(window.end)}, '[)')`;
  const rows = await sql<{ owner: string; start: number; end: number }>`
    select r.id as owner, held.start, held.end
    from unnest(${sql.val(resourceIds)}::uuid[]) as r(id)
    cross join lateral (
      select ${epochMs("lower(ar.blocked)")} as start, ${epochMs("upper(ar.blocked)")} as end
        from appointment_resources ar
       where ar.organisation_id = ${organisationId} and ar.resource_id = r.id
         and ar.blocked && ${range} and ar.holds_slot
         and not (ar.appointment_id = any(${sql.val([...exceptAppointmentIds])}::uuid[]))
      union all
      select ${epochMs("lower(o.during)")}, ${epochMs("upper(o.during)")}
        from resource_outages o
       where o.organisation_id = ${organisationId} and o.resource_id = r.id and o.during && ${range}
    ) as held`.execute(tx);
  for (const row of rows.rows) held.get(row.owner)?.push({ start: row.start, end: row.end });
  return held;
}

/** An active offering (or any, for moving what was booked) with the rules availability applies. */
export async function findBookableOffering(
  tx: Executor,
  organisationId: string,
  id: string,
  options: { includeInactive?: boolean } = {},
) {
  let query = tx
    .selectFrom("offerings")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id);
  if (!options.includeInactive) query = query.where("active", "=", true);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    clinicId: row.clinic_id,
    procedureId: row.procedure_id,
    name: row.name,
    priceMinor: Number(row.price_minor),
    currency: row.currency,
    bookableOnline: row.bookable_online,
    rules: {
      durationMinutes: row.duration_minutes,
      bufferBeforeMinutes: row.buffer_before_minutes,
      bufferAfterMinutes: row.buffer_after_minutes,
      resourceTypes: row.resource_types,
      qualifications: row.qualifications as Qualification[],
    },
  };
}
