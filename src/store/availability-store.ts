import { type RawBuilder, sql } from "kysely";
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

/**
 * Held time per owner as merged intervals: the owner's rows of held ranges (a subquery
 * over `owner.id` yielding a column `b`) are merged by range_agg in the database and come
 * back as one text of epoch-millisecond bounds per owner. Back-to-back sessions become one
 * interval, and one row per owner is far cheaper to move and decode than one per session.
 * Each owner is probed through a lateral join: GiST cannot search an `= any(array)` directly.
 */
async function heldTime(
  tx: Executor,
  ownerIds: readonly string[],
  heldRanges: RawBuilder<unknown>,
): Promise<HeldIntervals> {
  const held: HeldIntervals = new Map(ownerIds.map((id) => [id, []]));
  if (ownerIds.length === 0) return held;
  const rows = await sql<{ owner: string; bounds: string | null }>`
    select owner.id as owner, (
      select string_agg(
        (date_part('epoch', lower(merged)) * 1000)::bigint || ',' || (date_part('epoch', upper(merged)) * 1000)::bigint,
        ',')
        from unnest((select range_agg(h.b) from (${heldRanges}) as h)) as merged
    ) as bounds
    from unnest(${sql.val([...ownerIds])}::uuid[]) as owner(id)`.execute(tx);
  for (const row of rows.rows) {
    if (!row.bounds) continue;
    const numbers = row.bounds.split(",").map(Number);
    const intervals = held.get(row.owner) as Interval[];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      intervals.push({ start: numbers[i] as number, end: numbers[i + 1] as number });
    }
  }
  return held;
}

const windowRange = (window: Interval) =>
  sql`tstzrange(${new Date(window.start)}, ${new Date(window.end)}, '[)')`;

/** Leaves out appointments being moved; no predicate at all when none are, so the scan stays index-only. */
const except = (column: string, ids: readonly string[]) =>
  ids.length === 0 ? sql`` : sql`and not (${sql.ref(column)} = any(${sql.val([...ids])}::uuid[]))`;

/** Time the practitioners are held anywhere (appointments at any clinic, time off) within the window. */
export function practitionerHeldTime(
  tx: Executor,
  organisationId: string,
  practitionerIds: readonly string[],
  window: Interval,
  exceptAppointmentIds: readonly string[],
): Promise<HeldIntervals> {
  const range = windowRange(window);
  return heldTime(
    tx,
    practitionerIds,
    sql`select a.blocked as b from appointments a
         where a.organisation_id = ${organisationId} and a.practitioner_id = owner.id
           and a.blocked && ${range} and appointment_holds_slot(a.status) ${except("a.id", exceptAppointmentIds)}
        union all
        select t.during from time_off t
         where t.organisation_id = ${organisationId} and t.user_id = owner.id and t.during && ${range}`,
  );
}

/** Time the resources are held: appointments and out-of-service periods within the window. */
export function resourceHeldTime(
  tx: Executor,
  organisationId: string,
  resourceIds: readonly string[],
  window: Interval,
  exceptAppointmentIds: readonly string[],
): Promise<HeldIntervals> {
  const range = windowRange(window);
  return heldTime(
    tx,
    resourceIds,
    sql`select ar.blocked as b from appointment_resources ar
         where ar.organisation_id = ${organisationId} and ar.resource_id = owner.id
           and ar.blocked && ${range} and ar.holds_slot ${except("ar.appointment_id", exceptAppointmentIds)}
        union all
        select o.during from resource_outages o
         where o.organisation_id = ${organisationId} and o.resource_id = owner.id and o.during && ${range}`,
  );
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
