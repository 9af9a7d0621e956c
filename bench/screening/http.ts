// HTTP p50/p99 and throughput of POST /api/v1/screenings under load, beside a bare
// Fastify JSON route measured the same way in the same run. Loopback only; the load
// is bounded by a request count. Run: npx tsx bench/screening/http.ts
import { spawn } from "node:child_process";
import http from "node:http";
import { createInterface } from "node:readline";
import { CONTRACT_EXAMPLE } from "../../src/screening/contract-example.ts";

const CONCURRENCY = 32;
const REQUESTS = 20_000;
const WARMUP = 2_000;

// All ten procedures by default; ONE=1 screens the cryosauna only.
const { procedures: _documented, ...example } = CONTRACT_EXAMPLE;
const body = JSON.stringify({ ...example, ...(process.env.ONE && { procedures: ["cryosauna"] }) });

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.on("end", () =>
          response.statusCode === 200
            ? resolve(performance.now() - started)
            : reject(new Error(`HTTP ${response.statusCode}`)),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

async function load(port: number, path: string, count: number) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next += 1;
        latencies.push(await post(port, path));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] as number;
  return { rps: count / seconds, p50: at(0.5), p99: at(0.99) };
}

const child = spawn(
  process.execPath,
  ["--import", "tsx", new URL("./serve-targets.ts", import.meta.url).pathname],
  { stdio: ["ignore", "pipe", "inherit"] },
);
const ports = await new Promise<{ bare: number; cryodesk: number }>((resolve) => {
  createInterface({ input: child.stdout }).once("line", (line) => resolve(JSON.parse(line)));
});
try {
  await load(ports.bare, "/echo", WARMUP);
  await load(ports.cryodesk, "/api/v1/screenings", WARMUP);
  const baseline = await load(ports.bare, "/echo", REQUESTS);
  const screening = await load(ports.cryodesk, "/api/v1/screenings", REQUESTS);
  const fmt = (r: { rps: number; p50: number; p99: number }) =>
    `${Math.round(r.rps)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms`;
  console.log(`${REQUESTS} requests each, ${CONCURRENCY} concurrent, keep-alive, loopback`);
  console.log(`baseline  bare Fastify JSON route: ${fmt(baseline)}`);
  console.log(`screening POST /api/v1/screenings (10 procedures): ${fmt(screening)}`);
  console.log(
    `ratio: throughput ${(screening.rps / baseline.rps).toFixed(2)} of baseline (goal >= 0.5); p50 ${(screening.p50 / baseline.p50).toFixed(2)}x, p99 ${(screening.p99 / baseline.p99).toFixed(2)}x baseline latency`,
  );
} finally {
  child.kill("SIGTERM");
  agent.destroy();
}
