import { type Kysely, sql } from "kysely";
import type { DB } from "../../src/store/tables.ts";
import { TIME_ZONE } from "../booking/grid.ts";
import { PRACTITIONERS, ROOMS } from "../booking/setup.ts";

// A clinic's history of appointments written by set-based SQL. Every day of the history looks
// the same: each of the 20 rooms holds 18 sessions of 30 minutes on the half-hour positions
// of 08:00-22:00, with the other 10 positions free as single half hours spread over the day
// and rotated by room and day, i.e. 360 appointments a day, rooms busy 64% of the opening
// hours and some room free at every half hour. Room r is worked on day d by practitioner
// (r + d) mod 30, so no practitioner is in two rooms at once (and ten have the day free), and
// a client always comes to the same room, so no client overlaps either. The schedule runs
// back in time from its last day: appointment number i lies on day i / 360 before it. More
// appointments mean a longer history with the same density around now, which is how a real
// clinic's table grows.
//
// The rows are consistent with every constraint (the exclusion constraints check them on
// insert). Triggers and foreign-key checks are off for the load (session_replication_role
// = replica), so `appointment_resources` gets `blocked` and `holds_slot` written directly,
// as the copy trigger would write them.

/** Half-hour positions from 08:00 to 22:00, of which each room holds 18 a day. */
export const POSITIONS = 28;
export const SESSIONS_PER_ROOM_DAY = 18;
/** Session k sits at position k + floor(k * 10 / 18) (0, 1, 3, 4, 6, …, 26), then rotated. */
const FREE_POSITIONS = POSITIONS - SESSIONS_PER_ROOM_DAY;
export const APPOINTMENTS_PER_DAY = ROOMS * SESSIONS_PER_ROOM_DAY;
/** Clients of the history: a multiple of the rooms, so each client keeps to one room. */
const HISTORY_CLIENTS = ROOMS * 100;

export interface HistoryTarget {
  organisationId: string;
  clinicId: string;
  offeringId: string;
  /** The schedule's last local day (ISO date); history runs back from it. */
  lastDay: string;
  /** Earlier than this: completed (or cancelled, or no-show); from it on: booked. */
  now: Date;
}

/** Clients for the history, numbered in bench_clients (which the clinic setup created empty). */
export async function createHistoryClients(db: Kysely<DB>, organisationId: string): Promise<void> {
  await sql`insert into clients (id, organisation_id, first_name, last_name, language)
    select md5('bench-client-' || n)::uuid, ${organisationId}, 'Client', 'History ' || n, 'en'
      from generate_series(1, ${HISTORY_CLIENTS}::int) as n`.execute(db);
  await sql`insert into bench_clients (n, id)
    select n, md5('bench-client-' || n)::uuid from generate_series(1, ${HISTORY_CLIENTS}::int) as n`.execute(
    db,
  );
}

/** Rows per INSERT: big enough for set-based speed, small enough to spread over connections. */
const CHUNK = 25_000;

/**
 * Appointments number `from` (inclusive) to `to` (exclusive) of the history, with their rooms,
 * in chunks over `connections` concurrent connections. Each row costs a handful of GiST
 * inserts and exclusion checks whatever the statement's shape (PostgreSQL 15 cannot build
 * these GiST indexes sorted, so dropping and rebuilding them is slower still); running
 * chunks side by side uses every core.
 */
export async function insertHistory(
  db: Kysely<DB>,
  target: HistoryTarget,
  from: number,
  to: number,
  connections: number,
) {
  let next = from;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < to) {
        const start = next;
        next = Math.min(to, next + CHUNK);
        await insertChunk(db, target, start, next);
      }
    }),
  );
  // What autovacuum would have done by the time a clinic had this much history; done now,
  // it does not start in the middle of the measurement.
  await sql`vacuum analyze appointments, appointment_resources`.execute(db);
}

async function insertChunk(db: Kysely<DB>, target: HistoryTarget, from: number, to: number) {
  await db.transaction().execute(async (tx) => {
    await sql`set local session_replication_role = replica`.execute(tx);
    await sql`
      with numbered as (
        select i, i / ${APPOINTMENTS_PER_DAY}::int as day, (i % ${APPOINTMENTS_PER_DAY}::int) / ${ROOMS}::int as k,
               i % ${ROOMS}::int as room
          from generate_series(${from}::int, ${to - 1}::int) as i
      ), generated as materialized (
        select n.i, n.room, md5('bench-appointment-' || n.i)::uuid as id, s.starts_at,
               tstzrange(s.starts_at, s.starts_at + interval '30 minutes') as blocked,
               case when s.starts_at >= ${target.now} then 'booked'
                    when n.i % 29 = 0 then 'cancelled'
                    when n.i % 53 = 0 then 'no-show'
                    else 'completed' end as status,
               p.id as practitioner_id, c.id as client_id, r.id as room_id
          from numbered n
          cross join lateral (
            select ((${target.lastDay}::date - n.day) + time '08:00'
                    + make_interval(mins => 30 * ((n.k + n.k * ${FREE_POSITIONS}::int / ${SESSIONS_PER_ROOM_DAY}::int
                      + n.room + n.day) % ${POSITIONS}::int))) at time zone ${TIME_ZONE} as starts_at
          ) as s
          join bench_practitioners p on p.n = (n.room + n.day) % ${PRACTITIONERS}::int + 1
          join bench_rooms r on r.n = n.room + 1
          join bench_clients c on c.n = n.i % ${HISTORY_CLIENTS}::int + 1
      ), appointment_rows as (
        insert into appointments (id, organisation_id, clinic_id, client_id, offering_id, practitioner_id,
            starts_at, ends_at, blocked, status, source, price_minor, currency, created_at, updated_at)
        select id, ${target.organisationId}, ${target.clinicId}, client_id, ${target.offeringId}, practitioner_id,
               starts_at, upper(blocked), blocked, status, 'staff', 250000, 'RUB',
               starts_at - interval '7 days', starts_at
          from generated
      )
      insert into appointment_resources (organisation_id, appointment_id, resource_id, blocked, holds_slot)
      select ${target.organisationId}, id, room_id, blocked, appointment_holds_slot(status) from generated`.execute(
      tx,
    );
  });
}
