import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { AppDeps } from "../../src/app/deps.ts";
import { recordScreening } from "../../src/app/screening-service.ts";
import { clientCreateSchema } from "../../src/domain/clients.ts";
import type { OpeningHours } from "../../src/domain/clinics.ts";
import type { Qualification } from "../../src/domain/roles.ts";
import { insertClient } from "../../src/store/client-store.ts";
import { addMember, type TestOrganisation } from "./factories.ts";

// A clinic ready to book: an offering, qualified practitioners with working hours,
// resources of the offering's types and screened clients. Written straight to the
// database so booking tests do not depend on the setup API's own tests.

const everyDay = (open: string, close: string): OpeningHours => {
  const day = [{ open, close }];
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day };
};

export interface BookingSetupOptions {
  timeZone?: string;
  openingHours?: OpeningHours;
  workingHours?: OpeningHours;
  practitioners?: number;
  /** Resources the offering needs: one entry per resource created, by type ('room', 'device:x'). */
  resources?: string[];
  /** What the offering holds: defaults to one of each type among `resources`. */
  resourceTypes?: string[];
  procedureId?: string;
  durationMinutes?: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  clients?: number;
  qualifications?: Qualification[];
}

export interface BookingSetup {
  offeringId: string;
  practitioners: { userId: string; email: string }[];
  resourceIds: string[];
  clientIds: string[];
}

export async function createBookingSetup(
  deps: AppDeps,
  org: TestOrganisation,
  options: BookingSetupOptions = {},
): Promise<BookingSetup> {
  const db = deps.db;
  const opening = options.openingHours ?? everyDay("09:00", "21:00");
  await db
    .updateTable("clinics")
    .set({ time_zone: options.timeZone ?? "Europe/Moscow", opening_hours: JSON.stringify(opening) })
    .where("id", "=", org.clinicId)
    .execute();
  const resourceSpecs = options.resources ?? ["room"];
  const resourceIds: string[] = [];
  for (const [index, type] of resourceSpecs.entries()) {
    const [kind, deviceKind] = type.startsWith("device:") ? ["device", type.slice(7)] : [type, null];
    const id = randomUUID();
    await db
      .insertInto("resources")
      .values({
        id,
        organisation_id: org.organisationId,
        clinic_id: org.clinicId,
        name: `${type} ${index + 1}`,
        kind,
        device_kind: deviceKind,
      })
      .execute();
    resourceIds.push(id);
  }
  const qualifications = options.qualifications ?? ["cosmetologist"];
  const offeringId = randomUUID();
  await db
    .insertInto("offerings")
    .values({
      id: offeringId,
      organisation_id: org.organisationId,
      clinic_id: org.clinicId,
      procedure_id: options.procedureId ?? "ice-cryomassage",
      name: "Ice cryomassage",
      duration_minutes: options.durationMinutes ?? 30,
      buffer_before_minutes: options.bufferBeforeMinutes ?? 0,
      buffer_after_minutes: options.bufferAfterMinutes ?? 0,
      resource_types: options.resourceTypes ?? [...new Set(resourceSpecs)],
      qualifications,
      price_minor: 250000,
      currency: "RUB",
    })
    .execute();
  const practitioners = [];
  for (let i = 0; i < (options.practitioners ?? 1); i++) {
    const member = await addMember(deps, org.organisationId, ["practitioner"], qualifications);
    await db
      .insertInto("working_hours")
      .values({
        organisation_id: org.organisationId,
        user_id: member.userId,
        clinic_id: org.clinicId,
        hours: JSON.stringify(options.workingHours ?? opening),
      })
      .execute();
    practitioners.push(member);
  }
  const clientIds: string[] = [];
  for (let i = 0; i < (options.clients ?? 1); i++)
    clientIds.push(await screenedClient(deps, org, `Client${i}`));
  return { offeringId, practitioners, resourceIds, clientIds };
}

/** A client nobody has screened yet. */
export async function newClient(deps: AppDeps, org: TestOrganisation, lastName: string): Promise<string> {
  const id = randomUUID();
  await insertClient(deps.db, {
    id,
    organisationId: org.organisationId,
    now: org.actor.now,
    input: clientCreateSchema.parse({
      firstName: "Test",
      lastName,
      email: `${id.slice(0, 8)}@client.test`,
      phone: "+7 900 000-00-00",
      language: "en",
    }),
  });
  return id;
}

/** A client with an intake screening of these conditions (none: nothing against any procedure). */
export async function screenedClient(
  deps: AppDeps,
  org: TestOrganisation,
  lastName: string,
  conditions: { icd10: string }[] = [],
): Promise<string> {
  const id = await newClient(deps, org, lastName);
  await recordScreening(deps, org.actor, id, { conditions }, { kind: "intake" });
  return id;
}

/** Pairs of active appointments that overlap on a practitioner, a resource or a client: must be none. */
export async function overlappingPairs(deps: AppDeps, organisationId: string): Promise<number> {
  const result = await sql<{ n: number }>`
    select (
      (select count(*) from appointments a join appointments b
         on a.organisation_id = b.organisation_id and a.id < b.id and a.practitioner_id = b.practitioner_id
        and a.blocked && b.blocked and appointment_holds_slot(a.status) and appointment_holds_slot(b.status)
       where a.organisation_id = ${organisationId})
    + (select count(*) from appointment_resources a join appointment_resources b
         on a.organisation_id = b.organisation_id and a.appointment_id < b.appointment_id
        and a.resource_id = b.resource_id and a.blocked && b.blocked and a.holds_slot and b.holds_slot
       where a.organisation_id = ${organisationId})
    + (select count(*) from appointments a join appointments b
         on a.organisation_id = b.organisation_id and a.id < b.id and a.client_id = b.client_id
        and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
        and appointment_holds_slot(a.status) and appointment_holds_slot(b.status)
       where a.organisation_id = ${organisationId})
    )::int as n`.execute(deps.db);
  return result.rows[0]?.n ?? -1;
}
