// Booking throughput under contention: 50 concurrent HTTP clients book random starts of
// a clinic's calendar through the real `cryodesk serve` (a child process over PostgreSQL),
// beside pgbench booking the same kind of calendar straight into the same constrained
// tables of the same database, in the same run. Nothing here asserts on time; the run
// fails only if a booking is answered with anything but 201 or slot-taken, the baseline
// errs, or the database holds overlapping appointments afterwards.
//
//   npx tsx bench/booking/run.ts
//   BENCH_SECONDS=20 BENCH_CONCURRENCY=50 BENCH_DAYS=28 BENCH_CLIENTS=500 BENCH_DATABASE_URL=postgres://…
//   BENCH_BASELINE=node: the node-postgres baseline even where pgbench is installed
//
// Each phase books its own range of BENCH_DAYS future days, empty at its start; fewer days
// make a hotter calendar (more slot-taken answers).

import { sql } from "kysely";
import type { AppDeps } from "../../src/app/deps.ts";
import { randomId, randomToken } from "../../src/app/passwords.ts";
import { overlappingPairs } from "../../test/support/booking-fixtures.ts";
import { TEST_PASSWORD } from "../../test/support/factories.ts";
import { type ServerProcess, startServerProcess } from "../../test/support/server-process.ts";
import { cachedPasswords } from "../../test/support/test-database.ts";
import { p50p99 } from "../availability/timing.ts";
import { type BaselineResult, pgbenchAvailable, runNodeBaseline, runPgbench } from "./baseline.ts";
import {
  CELLS_PER_SESSION,
  type DayRange,
  dayRange,
  localDateAhead,
  rangeBounds,
  STARTS_PER_DAY,
} from "./grid.ts";
import { type HttpLoadResult, logIn, runHttpLoad } from "./http-load.ts";
import { createScratchDatabase } from "./scratch-database.ts";
import { createBenchClinic, PRACTITIONERS, ROOMS } from "./setup.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const DAYS = Number(process.env.BENCH_DAYS ?? 28);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 500);
const WARMUP_SECONDS = 3;
/** Sessions a day can hold at most: every room busy from opening to closing. */
const SESSIONS_PER_DAY = ROOMS * ((STARTS_PER_DAY - 1) / CELLS_PER_SESSION + 1);

const scratch = await createScratchDatabase("cryodesk_bench_booking");
let server: ServerProcess | undefined;
try {
  const deps: AppDeps = {
    db: scratch.database.db,
    newId: randomId,
    newToken: randomToken,
    passwords: cachedPasswords,
  };
  const setupStarted = performance.now();
  const clinic = await createBenchClinic(deps, CLIENTS);
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  const httpRange = dayRange(localDateAhead(1), DAYS);
  const baselineRange = dayRange(localDateAhead(1 + DAYS), DAYS);
  const warmupRange = dayRange(localDateAhead(1 + 2 * DAYS), DAYS);

  server = await startServerProcess(scratch.url);
  const session = await logIn(server.baseUrl, clinic.ownerEmail, TEST_PASSWORD);
  const load = (range: DayRange, seconds: number) =>
    runHttpLoad({
      baseUrl: (server as ServerProcess).baseUrl,
      session,
      offeringId: clinic.offeringId,
      clientIds: clinic.clientIds,
      range,
      concurrency: CONCURRENCY,
      seconds,
    });
  await load(warmupRange, WARMUP_SECONDS);
  const httpResult = await load(httpRange, SECONDS);
  await server.stop();
  server = undefined;

  const baselineOptions = { clients: CONCURRENCY, seconds: SECONDS, clientCount: CLIENTS };
  const forcedNode = process.env.BENCH_BASELINE === "node";
  const usePgbench = !forcedNode && pgbenchAvailable();
  const baselineTool = usePgbench
    ? "pgbench"
    : `node-postgres (${forcedNode ? "BENCH_BASELINE=node" : "pgbench is not installed"})`;
  const baseline = usePgbench
    ? await runPgbench(scratch.url, clinic, baselineRange, baselineOptions)
    : await runNodeBaseline(scratch.url, clinic, baselineRange, baselineOptions);

  const booked = async (range: DayRange) => {
    const { start, end } = rangeBounds(range);
    const result = await sql<{ n: number }>`
      select count(*)::int as n from appointments
       where organisation_id = ${clinic.organisationId} and appointment_holds_slot(status)
         and starts_at >= ${start} and starts_at < ${end}`.execute(deps.db);
    return result.rows[0]?.n ?? 0;
  };
  const httpBooked = await booked(httpRange);
  const baselineInserted = await booked(baselineRange);
  const overlaps = await overlappingPairs(deps, clinic.organisationId);

  report({ httpResult, httpBooked, baseline, baselineInserted, overlaps, baselineTool, setupSeconds });
} finally {
  await server?.stop();
  await scratch.drop();
}

function report(run: {
  httpResult: HttpLoadResult;
  httpBooked: number;
  baseline: BaselineResult;
  baselineInserted: number;
  overlaps: number;
  baselineTool: string;
  setupSeconds: number;
}) {
  const { httpResult: h, baseline: b } = run;
  const capacity = DAYS * SESSIONS_PER_DAY;
  const rate = (n: number, seconds: number) => Math.round(n / seconds).toLocaleString("en-US");
  const fill = (n: number) => `${((100 * n) / capacity).toFixed(1)}%`;
  const attempts = h.created + h.slotTaken + [...h.others.values()].reduce((a, n) => a + n, 0);
  const bookingsPerSecond = h.created / h.seconds;
  const insertsPerSecond = run.baselineInserted / b.seconds;

  console.log(
    `clinic: ${ROOMS} rooms, ${PRACTITIONERS} practitioners, a 30-min offering holding one room, ${CLIENTS} screened clients, open 08:00-22:00 Europe/Moscow (set up in ${run.setupSeconds.toFixed(1)} s)`,
  );
  console.log(
    `load: ${CONCURRENCY} concurrent clients for ${SECONDS} s each phase, random starts on the 15-min grid over ${DAYS} future days (at most ${capacity.toLocaleString("en-US")} sessions), each phase on its own empty days`,
  );
  console.log(
    `HTTP      \`cryodesk serve\` child process, POST /api/v1/appointments, keep-alive: ${rate(h.created, h.seconds)} bookings/s (${h.created} created, ${h.slotTaken} slot-taken, ${attempts - h.created - h.slotTaken} other; ${rate(attempts, h.seconds)} requests/s, ${p50p99(h.latencies)}; calendar ${fill(run.httpBooked)} full)`,
  );
  for (const [what, count] of h.others) console.log(`  other answer x${count}: ${what}`);
  if (run.httpBooked !== h.created)
    console.log(`  mismatch: ${h.created} answered 201 but ${run.httpBooked} appointments are in the range`);
  console.log(
    `baseline  ${run.baselineTool}, ${CONCURRENCY} connections, same SQL tables: ${rate(run.baselineInserted, b.seconds)} inserts/s (${run.baselineInserted} created of ${b.attempts} attempts, ${rate(b.attempts, b.seconds)} attempts/s; calendar ${fill(run.baselineInserted)} full)`,
  );
  for (const error of b.errors.slice(0, 10)) console.log(`  baseline error: ${error}`);
  console.log(
    `ratio: HTTP bookings/s / baseline inserts/s = ${(bookingsPerSecond / insertsPerSecond).toFixed(2)} (goal >= 0.5); HTTP requests/s / baseline attempts/s = ${(attempts / h.seconds / (b.attempts / b.seconds)).toFixed(2)}`,
  );
  console.log(
    `check: ${run.overlaps} overlapping active pairs on practitioner, resource or client (must be 0)`,
  );
  const wrong = attempts !== h.created + h.slotTaken || run.httpBooked !== h.created;
  if (wrong || run.overlaps !== 0 || b.errors.length > 0) process.exitCode = 1;
}
