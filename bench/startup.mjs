#!/usr/bin/env node
// Time to ready and resident memory of `cryodesk serve` on a fresh embedded database
// (create + migrate + seed) and on the same directory again, beside a bare Node
// HTTP server started the same way in the same run as the baseline.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = new URL("../bin/cryodesk.js", import.meta.url).pathname;
const bare = `require("node:http").createServer((q, s) => s.end("ok")).listen(process.env.PORT)`;

async function startAndMeasure(args, env, url) {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: "ignore" });
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const readyMs = performance.now() - started;
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1]);
  child.kill("SIGTERM");
  await new Promise((resolve) => child.on("exit", resolve));
  return { readyMs: Math.round(readyMs), rssMb: Math.round(rssKb / 1024) };
}

const dataDir = mkdtempSync(join(tmpdir(), "cryodesk-startup-"));
const port = 3900 + Math.floor(Math.random() * 50);
const env = { CRYODESK_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "" };
const health = `http://127.0.0.1:${port}/api/health`;
try {
  const baseline = await startAndMeasure(["-e", bare], { PORT: String(port) }, `http://127.0.0.1:${port}/`);
  const first = await startAndMeasure([bin, "serve"], env, health);
  const later = await startAndMeasure([bin, "serve"], env, health);
  console.log(`bare node http server: ready ${baseline.readyMs} ms, rss ${baseline.rssMb} MB (baseline)`);
  console.log(
    `first start (create + migrate + seed): ready ${first.readyMs} ms (${(first.readyMs / baseline.readyMs).toFixed(1)}x baseline), rss ${first.rssMb} MB`,
  );
  console.log(
    `later start: ready ${later.readyMs} ms (${(later.readyMs / baseline.readyMs).toFixed(1)}x baseline), rss ${later.rssMb} MB`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
