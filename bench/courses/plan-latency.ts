// Course planning latency: POST /courses/plan's service, proposeCourse, for a 10-session ice
// cryomassage course (every 2–3 days) in the large clinic of the booking benchmarks (20
// rooms, 30 practitioners, 360 appointments a day of history), over PostgreSQL, beside a
// `select 1` round trip and a 30-day availability call measured in the same run. Each call
// plans for another client and another first date, so nothing is served from a warm plan.
// Nothing here asserts on time.
//
//   npm run bench:courses:latency
//   BENCH_ITERATIONS=200 BENCH_HISTORY=100000 BENCH_DATABASE_URL=postgres://…

import { sql } from "kysely";
import { availabilityFor } from "../../src/app/availability-service.ts";
import { proposeCourse } from "../../src/app/course-planning.ts";
import type { AppDeps } from "../../src/app/deps.ts";
import { randomId, randomToken } from "../../src/app/passwords.ts";
import { cachedPasswords } from "../../test/support/test-database.ts";
import { createHistoryClients, insertHistory } from "../availability/history.ts";
import { p50p99, percentile, timed } from "../availability/timing.ts";
import { localDateAhead } from "../booking/grid.ts";
import { createScratchDatabase, type ScratchDatabase } from "../booking/scratch-database.ts";
import { createBenchClinic, PRACTITIONERS, ROOMS } from "../booking/setup.ts";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const HISTORY = Number(process.env.BENCH_HISTORY ?? 100_000);
const WARMUP = 10;

let scratch: ScratchDatabase | undefined;
try {
  scratch = await createScratchDatabase("cryodesk_bench_courses");
  const deps: AppDeps = {
    db: scratch.database.db,
    newId: randomId,
    newToken: randomToken,
    passwords: cachedPasswords,
  };
  const clinic = await createBenchClinic(deps, 0);
  await createHistoryClients(deps.db, clinic.organisationId);
  const now = new Date();
  // The history's schedule runs 90 days ahead, so every planned course meets a full calendar.
  await insertHistory(deps.db, { ...clinic, lastDay: localDateAhead(90), now }, 0, HISTORY, 4);
  const clients = (
    await sql<{ id: string }>`select id from bench_clients order by n limit 500`.execute(deps.db)
  ).rows.map((row) => row.id);

  const planning: number[] = [];
  const availability: number[] = [];
  const roundTrip: number[] = [];
  let sessions = 0;
  let complete = 0;
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const keep = i >= WARMUP;
    const firstDate = localDateAhead(1 + (i % 30));
    const plan = await timed(keep ? planning : [], () =>
      proposeCourse(
        deps,
        clinic.organisationId,
        {
          clientId: clients[i % clients.length] as string,
          offeringId: clinic.offeringId,
          firstDate,
          preferences: { weekdays: [] },
          require: { practitioner: false, timeOfDay: false, firstDate: false },
        },
        now,
      ),
    );
    if (keep) {
      sessions += plan.plan.sessions.length;
      if (plan.plan.ok) complete++;
    }
    await timed(keep ? availability : [], () =>
      availabilityFor(
        deps,
        clinic.organisationId,
        clinic.clinicId,
        { offering: clinic.offeringId, from: firstDate, to: localDateAhead(31 + (i % 30)) },
        now,
      ),
    );
    await timed(keep ? roundTrip : [], () => sql`select 1`.execute(deps.db));
  }
  console.log(
    `clinic: ${ROOMS} rooms, ${PRACTITIONERS} practitioners, ${HISTORY.toLocaleString("en")} appointments of history; ${ITERATIONS} plans of a 10-session ice cryomassage course (every 2–3 days), first dates 1–30 days ahead`,
  );
  console.log(
    `plan      ${p50p99(planning)} (${complete}/${ITERATIONS} complete, ${(sessions / ITERATIONS).toFixed(1)} sessions each)`,
  );
  console.log(`baseline  availability, 30 days: ${p50p99(availability)}; select 1: ${p50p99(roundTrip)}`);
  console.log(
    `ratio: plan p50 / 30-day availability p50 = ${(percentile(planning, 0.5) / percentile(availability, 0.5)).toFixed(2)}; plan p50 = ${(percentile(planning, 0.5) / percentile(roundTrip, 0.5)).toFixed(0)} round trips`,
  );
} finally {
  await scratch?.drop();
}
