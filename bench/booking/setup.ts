import { sql } from "kysely";
import type { AppDeps } from "../../src/app/deps.ts";
import type { OpeningHours } from "../../src/domain/clinics.ts";
import { createBookingSetup } from "../../test/support/booking-fixtures.ts";
import { createOrganisation } from "../../test/support/factories.ts";
import { CLOSE, OPEN } from "./grid.ts";

// The clinic under load: one organisation, one clinic open every day, rooms,
// practitioners working the clinic's hours, an offering that needs one room, and
// clients with an intake screening (a booking without one is refused).

export const ROOMS = 20;
export const PRACTITIONERS = 30;

const everyDay = (open: string, close: string): OpeningHours => {
  const day = [{ open, close }];
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day };
};

export interface BenchClinic {
  organisationId: string;
  clinicId: string;
  offeringId: string;
  ownerEmail: string;
  clientIds: string[];
}

/** The clinic with `clients` screened clients (each takes a screening through the service: ~10 ms). */
export async function createBenchClinic(deps: AppDeps, clients: number): Promise<BenchClinic> {
  const org = await createOrganisation(deps);
  const setup = await createBookingSetup(deps, org, {
    timeZone: "Europe/Moscow",
    openingHours: everyDay(OPEN, CLOSE),
    practitioners: PRACTITIONERS,
    resources: Array.from({ length: ROOMS }, () => "room"),
    durationMinutes: 30,
    clients,
  });
  await numberBookingParties(deps, org.organisationId);
  return {
    organisationId: org.organisationId,
    clinicId: org.clinicId,
    offeringId: setup.offeringId,
    ownerEmail: org.ownerEmail,
    clientIds: setup.clientIds,
  };
}

/**
 * Numbered lists of the practitioners, rooms and clients for the SQL baseline, which
 * picks them by number. Practitioners and rooms are numbered in the order availability
 * tries them (by name, then id), so the baseline chooses the same first free one the
 * application would.
 */
async function numberBookingParties(deps: AppDeps, organisationId: string): Promise<void> {
  await sql`create table bench_practitioners as
    select row_number() over (order by u.name, w.user_id)::int as n, w.user_id as id
      from working_hours w join users u on u.id = w.user_id
     where w.organisation_id = ${organisationId}`.execute(deps.db);
  await sql`create table bench_rooms as
    select row_number() over (order by name, id)::int as n, id
      from resources where organisation_id = ${organisationId} and kind = 'room'`.execute(deps.db);
  await sql`create table bench_clients as
    select row_number() over (order by id)::int as n, id
      from clients where organisation_id = ${organisationId}`.execute(deps.db);
  for (const table of ["bench_practitioners", "bench_rooms", "bench_clients"])
    await sql`alter table ${sql.table(table)} add primary key (n)`.execute(deps.db);
}
