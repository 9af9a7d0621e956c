// In-process throughput of the screening engine: procedure verdicts per second on one
// core, over a fixed mix of realistic requests, beside a same-run baseline.
//
//   npx tsx bench/screening/in-process.ts [seconds-per-round=1.5]
//
// Baseline: JSON.parse(JSON.stringify(request)) over the same requests. Every request
// reaching the engine through POST /api/v1/screenings or `cryodesk screen FILE` is at
// least decoded from JSON once, so "screening costs N JSON round-trips of its own
// request" says how the engine weighs against the cheapest work its edges already do,
// and it moves with the machine the way the engine does (both are allocation-heavy
// JavaScript). A trivial loop summing condition counts was rejected: the JIT reduces it
// to almost nothing, so the ratio would measure the optimiser, not the engine.
// Nothing here asserts on time.

import { catalog } from "../../src/catalog/load.ts";
import type { ScreeningRequest } from "../../src/screening/contract.ts";
import { screen } from "../../src/screening/engine.ts";

const SECONDS = Number(process.argv[2] ?? 1.5);
const ROUNDS = 5;

/** A small deterministic PRNG (mulberry32), so every run screens the same mix. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20261120);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

// What intake forms mostly carry: a few common codes, some catalog factors, some codes
// the catalog does not know.
const CODES = [
  "I10",
  "I83",
  "L70",
  "L71",
  "G43",
  "J45",
  "E11.9",
  "M17.1",
  "K29.7",
  "B00.1",
  "I49.9",
  "F41.1",
  "Z99.9",
];
const IDS = [
  "skin-damage",
  "cold-intolerance",
  "acute-infection",
  "postoperative-period",
  "rosacea",
  "cellulite",
  "wrinkles",
];
const SITES = ["face", "neck", "body", "limbs"] as const;
const PROCEDURES = catalog.procedures.map((p) => p.id);

function makeRequest(): ScreeningRequest {
  const conditions: ScreeningRequest["conditions"] = [];
  const count = Math.floor(random() * 4); // 0–3 conditions
  for (let i = 0; i < count; i++) {
    if (random() < 0.6)
      conditions.push({ icd10: pick(CODES), ...(random() < 0.2 ? { status: "history" as const } : {}) });
    else conditions.push({ id: pick(IDS), ...(random() < 0.5 ? { site: pick(SITES) } : {}) });
  }
  const request: ScreeningRequest = {
    date: "2026-11-20",
    subject: {
      birthDate: `19${60 + Math.floor(random() * 40)}-0${1 + Math.floor(random() * 9)}-15`,
      sex: random() < 0.8 ? "female" : "male",
      weightKg: 38 + Math.floor(random() * 60),
      bodyTemperatureC: Math.round((36.2 + random() * 1.4) * 10) / 10,
      bloodPressure: { systolic: 105 + Math.floor(random() * 50), diastolic: 65 + Math.floor(random() * 30) },
    },
    conditions,
  };
  if (random() < 0.2)
    request.recentProcedures = [
      { id: pick(["mesotherapy", "chemical-peeling-deep", "wrap"]), date: "2026-11-12" },
    ];
  // Half screen everything (intake), half one to three procedures (before a session).
  if (random() < 0.5)
    request.procedures = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(PROCEDURES));
  if (random() < 0.4) request.site = pick(SITES);
  return request;
}

const requests = Array.from({ length: 512 }, makeRequest);
const verdictsPerPass = requests.reduce((sum, r) => sum + screen(r).results.length, 0);

let sink = 0;
function screenPass(): void {
  for (const request of requests) sink += screen(request).results.length;
}
function baselinePass(): void {
  for (const request of requests)
    sink += (JSON.parse(JSON.stringify(request)) as ScreeningRequest).conditions.length;
}

/** Passes per second of `pass`, run for about SECONDS. */
function measure(pass: () => void): number {
  let passes = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < SECONDS * 1000) {
    pass();
    passes++;
    elapsed = performance.now() - started;
  }
  return passes / (elapsed / 1000);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

// Warm both up so the JIT has compiled them before the clock runs.
for (let i = 0; i < 20; i++) {
  screenPass();
  baselinePass();
}
const screenRates: number[] = [];
const baselineRates: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  screenRates.push(measure(screenPass));
  baselineRates.push(measure(baselinePass));
}
const screenPassesPerSecond = median(screenRates);
const baselinePassesPerSecond = median(baselineRates);
const verdictsPerSecond = screenPassesPerSecond * verdictsPerPass;
const requestsPerSecond = screenPassesPerSecond * requests.length;
const baselineRequestsPerSecond = baselinePassesPerSecond * requests.length;
const format = (n: number) => Math.round(n).toLocaleString("en-US");

console.log(
  `mix: ${requests.length} requests, ${verdictsPerPass} procedure verdicts per pass (${(verdictsPerPass / requests.length).toFixed(2)} per request); median of ${ROUNDS} rounds of ${SECONDS}s, one thread`,
);
console.log(`screening:  ${format(verdictsPerSecond)} verdicts/s  (${format(requestsPerSecond)} requests/s)`);
console.log(
  `baseline:   ${format(baselineRequestsPerSecond)} requests/s  JSON.parse(JSON.stringify(request))`,
);
console.log(
  `ratio:      one screening costs ${(baselineRequestsPerSecond / requestsPerSecond).toFixed(2)} JSON round-trips of its request; ${(verdictsPerSecond / baselineRequestsPerSecond).toFixed(2)} verdicts per round-trip`,
);
if (sink === -1) console.log(sink); // keeps the work observable to the optimiser
