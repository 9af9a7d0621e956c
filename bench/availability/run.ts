// Availability latency for one offering over a 30-day window, in a clinic with 20 rooms and
// 30 practitioners, with 100k and with 1M appointments of history in PostgreSQL, beside a
// `select 1` round trip measured in the same run. The service function availabilityFor
// runs in-process over a connection pool, as the HTTP route calls it (HTTP adds a constant).
// Each size has its own scratch database, and the calls alternate between the two, so a
// busy moment of the shared machine falls on both sizes alike instead of skewing the
// growth ratio. Nothing here asserts on time.
//
//   npx tsx bench/availability/run.ts
//   BENCH_ITERATIONS=200 BENCH_LOAD_CONNECTIONS=4 BENCH_DATABASE_URL=postgres://…
//
// The history has the same density whatever its size (see history.ts): 1M appointments is
// a longer past, not a fuller month, so both sizes show the measured windows the same calendar.

import { sql } from "kysely";
import {
  availabilityFor,
  loadBookingContext,
  slotView,
  windowOfDays,
} from "../../src/app/availability-service.ts";
import type { AppDeps } from "../../src/app/deps.ts";
import { randomId, randomToken } from "../../src/app/passwords.ts";
import { findSlots } from "../../src/domain/booking/availability.ts";
import { cachedPasswords } from "../../test/support/test-database.ts";
import { localDateAhead, TIME_ZONE } from "../booking/grid.ts";
import { createScratchDatabase, type ScratchDatabase } from "../booking/scratch-database.ts";
import { type BenchClinic, createBenchClinic, PRACTITIONERS, ROOMS } from "../booking/setup.ts";
import {
  APPOINTMENTS_PER_DAY,
  createHistoryClients,
  insertHistory,
  POSITIONS,
  SESSIONS_PER_ROOM_DAY,
} from "./history.ts";
import { p50p99, percentile, timed } from "./timing.ts";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARMUP = 20;
const WINDOW_DAYS = 30;
const LOAD_CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 4);
const SIZES = [100_000, 1_000_000] as const;

interface Measurement {
  total: number[];
  loading: number[];
  finding: number[];
  presenting: number[];
  roundTrip: number[];
  slots: number;
  held: number;
}

interface Subject {
  size: number;
  scratch: ScratchDatabase;
  deps: AppDeps;
  clinic: BenchClinic;
  loadSeconds: number;
  m: Measurement;
}

/** A scratch database holding the clinic with `size` appointments of history. */
async function prepare(size: number, now: Date, opened: ScratchDatabase[]): Promise<Subject> {
  const scratch = await createScratchDatabase(`cryodesk_bench_availability_${size / 1000}k`);
  opened.push(scratch);
  const deps: AppDeps = {
    db: scratch.database.db,
    newId: randomId,
    newToken: randomToken,
    passwords: cachedPasswords,
  };
  const clinic = await createBenchClinic(deps, 0);
  await createHistoryClients(deps.db, clinic.organisationId);
  const started = performance.now();
  // The schedule reaches the end of the last window measured; history runs back from there.
  await insertHistory(deps.db, { ...clinic, lastDay: lastDay(), now }, 0, size, LOAD_CONNECTIONS);
  const loadSeconds = (performance.now() - started) / 1000;
  const m: Measurement = {
    total: [],
    loading: [],
    finding: [],
    presenting: [],
    roundTrip: [],
    slots: 0,
    held: 0,
  };
  return { size, scratch, deps, clinic, loadSeconds, m };
}

const lastDay = () => localDateAhead(2 * WINDOW_DAYS);

/** One call for a window starting `offset` days from today, after a `select 1`. */
async function measureOnce(subject: Subject, offset: number, now: Date, keep: boolean) {
  const { deps, clinic } = subject;
  const request = {
    offering: clinic.offeringId,
    from: localDateAhead(offset),
    to: localDateAhead(offset + WINDOW_DAYS),
  };
  const roundTrip: number[] = [];
  const total: number[] = [];
  const loading: number[] = [];
  const finding: number[] = [];
  const presenting: number[] = [];
  await timed(roundTrip, () => sql`select 1`.execute(deps.db));
  const answer = await timed(total, () =>
    availabilityFor(deps, clinic.organisationId, clinic.clinicId, request, now),
  );
  // The same call in its parts: the SQL that loads held time, the pure search, and writing
  // the slots' instants in the clinic's zone for the answer.
  const window = windowOfDays(request, TIME_ZONE, now);
  const context = await timed(loading, () =>
    loadBookingContext(deps.db, clinic.organisationId, clinic.clinicId, clinic.offeringId, window, {
      notBefore: now.getTime(),
    }),
  );
  const slots = await timed(finding, async () => findSlots(context.query));
  await timed(presenting, async () => slots.map((slot) => slotView(slot, TIME_ZONE)));
  if (!keep) return;
  const { m } = subject;
  m.roundTrip.push(...roundTrip);
  m.total.push(...total);
  m.loading.push(...loading);
  m.finding.push(...finding);
  m.presenting.push(...presenting);
  m.slots += answer.slots.length / ITERATIONS;
  const { practitioners, resources } = context.query;
  m.held += [...practitioners, ...resources].reduce((n, owner) => n + owner.busy.length, 0) / ITERATIONS;
}

const opened: ScratchDatabase[] = [];
try {
  const now = new Date();
  const subjects: Subject[] = [];
  for (const size of SIZES) subjects.push(await prepare(size, now, opened));
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    // Alternate which size goes first, so neither always follows the other.
    for (const subject of i % 2 === 0 ? subjects : [...subjects].reverse())
      await measureOnce(subject, i % WINDOW_DAYS, now, i >= WARMUP);
  }

  console.log(
    `clinic: ${ROOMS} rooms, ${PRACTITIONERS} practitioners, a 30-min offering holding one room; ${APPOINTMENTS_PER_DAY} appointments a day (${SESSIONS_PER_ROOM_DAY} per room, rooms busy ${Math.round((100 * SESSIONS_PER_ROOM_DAY) / POSITIONS)}% of 08:00-22:00), from ${lastDay()} back in time`,
  );
  console.log(
    `measured: availabilityFor, one offering, ${WINDOW_DAYS}-day windows starting 0-${WINDOW_DAYS - 1} days from today; ${ITERATIONS} calls per size after ${WARMUP} warm-up, one at a time, alternating sizes, in-process over a pg pool`,
  );
  for (const { size, loadSeconds, m } of subjects) {
    console.log(
      `${size.toLocaleString("en-US")} appointments (${Math.ceil(size / APPOINTMENTS_PER_DAY).toLocaleString("en-US")} days of history, generated in ${loadSeconds.toFixed(1)} s over ${LOAD_CONNECTIONS} connections):`,
    );
    console.log(`  availabilityFor      ${p50p99(m.total)}  (${Math.round(m.slots)} slots a window)`);
    console.log(
      `    loading (SQL)      ${p50p99(m.loading)}  (${Math.round(m.held)} held intervals a window)`,
    );
    console.log(`    findSlots          ${p50p99(m.finding)}`);
    console.log(`    slotView           ${p50p99(m.presenting)}`);
    console.log(`  baseline select 1    ${p50p99(m.roundTrip)}`);
  }
  const [small, large] = subjects.map((s) => s.m) as [Measurement, Measurement];
  const p99 = (m: Measurement) => percentile(m.total, 0.99);
  console.log(
    `growth: p99(1M)/p99(100k) = ${(p99(large) / p99(small)).toFixed(2)} (goal < 2), p50 ratio ${(percentile(large.total, 0.5) / percentile(small.total, 0.5)).toFixed(2)}; p99 at 1M = ${p99(large).toFixed(1)} ms (goal < 20 ms); p50 at 1M = ${(percentile(large.total, 0.5) / percentile(large.roundTrip, 0.5)).toFixed(0)} select-1 round trips`,
  );
} finally {
  for (const scratch of opened) await scratch.drop();
}
