// How close the batch course planner's heuristic gets to the proven optimum, and at what cost:
// on generated congested weeks, sessions the heuristic places as a fraction of the HiGHS
// optimum (goal: at least 0.98 on average; the minimum is printed too), and the heuristic's
// time as a fraction of the solver's, the same-run baseline. Nothing here asserts on time; the
// run fails only when a plan breaks a rule or HiGHS does not prove its optimum.
//
//   npm run bench:courses:optimality [-- seeds-per-size=6]

import { solveBatchExactly } from "../../src/app/course-batch-solver.ts";
import { type BatchProblem, slotCapacities } from "../../src/domain/courses/batch.ts";
import { checkBatchSolution } from "../../src/domain/courses/batch-check.ts";
import { planBatchHeuristically } from "../../src/domain/courses/batch-heuristic.ts";
import { type BatchInstanceSpec, generateBatchProblem } from "../../src/domain/courses/batch-instances.ts";

const SEEDS = Number(process.argv[2] ?? 6);
/** A week of hourly slots 09–21 with three staff, and of half-hourly slots 10–18 with four. */
const SIZES: Omit<BatchInstanceSpec, "seed">[] = [
  { days: 7, slotsPerDay: 12, staff: 3, requests: 20 },
  { days: 7, slotsPerDay: 12, staff: 3, requests: 24 },
  { days: 7, slotsPerDay: 12, staff: 3, requests: 28 },
  { days: 7, slotsPerDay: 16, staff: 4, requests: 30 },
  { days: 7, slotsPerDay: 16, staff: 4, requests: 36 },
];
const HEURISTIC_REPEATS = 5;

const demand = (p: BatchProblem) => p.requests.reduce((n, r) => n + r.sessions, 0);
const capacity = (p: BatchProblem) => slotCapacities(p).reduce((n, c) => n + c, 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const label = (s: Omit<BatchInstanceSpec, "seed">) =>
  `${s.days}d×${s.slotsPerDay} slots, ${s.staff} staff, ${s.requests} requests`;

function timeHeuristic(problem: BatchProblem, roundsPerRequest?: number) {
  const options = roundsPerRequest === undefined ? {} : { roundsPerRequest };
  const times: number[] = [];
  let plan = planBatchHeuristically(problem, options);
  for (let i = 0; i < HEURISTIC_REPEATS; i++) {
    const started = performance.now();
    plan = planBatchHeuristically(problem, options);
    times.push(performance.now() - started);
  }
  return { plan, ms: median(times) };
}

// Load the WebAssembly solver and warm both up, so neither pays a one-off cost in the figures.
const warmUp = generateBatchProblem({ seed: 0, days: 3, slotsPerDay: 4, staff: 2, requests: 4 });
await solveBatchExactly(warmUp);
timeHeuristic(warmUp);

interface Row {
  ratio: number;
  greedyRatio: number;
  heuristicMs: number;
  solverMs: number;
}
const rows: Row[] = [];
let failures = 0;
console.log("size | seed | demand/capacity | optimum | heuristic | greedy only | heuristic ms | solver ms");
for (const size of SIZES) {
  for (let seed = 1; seed <= SEEDS; seed++) {
    const problem = generateBatchProblem({ ...size, seed });
    const started = performance.now();
    const exact = await solveBatchExactly(problem, { timeLimitSeconds: 300 });
    const solverMs = performance.now() - started;
    const heuristic = timeHeuristic(problem);
    const greedy = timeHeuristic(problem, 0);
    const optimum = exact.solution.sessions.length;
    const placed = heuristic.plan.sessions.length;
    const broken = [exact.solution, heuristic.plan, greedy.plan].some(
      (s) => checkBatchSolution(problem, s).length,
    );
    if (exact.status !== "optimal" || broken || placed > optimum) {
      failures++;
      console.log(`FAILED ${label(size)} seed ${seed}: ${exact.status}, plans valid: ${!broken}`);
    }
    const row = {
      ratio: optimum === 0 ? 1 : placed / optimum,
      greedyRatio: optimum === 0 ? 1 : greedy.plan.sessions.length / optimum,
      heuristicMs: heuristic.ms,
      solverMs,
    };
    rows.push(row);
    console.log(
      [
        label(size),
        seed,
        `${demand(problem)}/${capacity(problem)}`,
        optimum,
        `${placed} (${row.ratio.toFixed(3)})`,
        `${greedy.plan.sessions.length} (${row.greedyRatio.toFixed(3)})`,
        heuristic.ms.toFixed(2),
        solverMs.toFixed(0),
      ].join(" | "),
    );
  }
}

const mean = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0) / rows.length;
const min = (f: (r: Row) => number) => Math.min(...rows.map(f));
const sum = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
console.log(`\ninstances: ${rows.length} (${SIZES.length} sizes × seeds 1–${SEEDS})`);
for (const size of SIZES) console.log(`  ${label(size)}`);
console.log(
  `heuristic / optimum: mean ${mean((r) => r.ratio).toFixed(4)}, min ${min((r) => r.ratio).toFixed(4)}` +
    ` (goal mean ≥ 0.98: ${mean((r) => r.ratio) >= 0.98 ? "met" : "missed"})`,
);
console.log(
  `greedy alone / optimum: mean ${mean((r) => r.greedyRatio).toFixed(4)}, min ${min((r) => r.greedyRatio).toFixed(4)}`,
);
console.log(
  `heuristic time / solver time: ${(sum((r) => r.heuristicMs) / sum((r) => r.solverMs)).toFixed(5)} overall` +
    ` (${sum((r) => r.heuristicMs).toFixed(1)} ms vs ${(sum((r) => r.solverMs) / 1000).toFixed(1)} s),` +
    ` median per instance ${median(rows.map((r) => r.heuristicMs / r.solverMs)).toFixed(5)}`,
);
console.log(
  `per instance: heuristic median ${median(rows.map((r) => r.heuristicMs)).toFixed(2)} ms, max ${Math.max(...rows.map((r) => r.heuristicMs)).toFixed(2)} ms;` +
    ` solver median ${median(rows.map((r) => r.solverMs)).toFixed(0)} ms, max ${Math.max(...rows.map((r) => r.solverMs)).toFixed(0)} ms`,
);
if (failures > 0) {
  console.log(`${failures} instance(s) failed`);
  process.exitCode = 1;
}
