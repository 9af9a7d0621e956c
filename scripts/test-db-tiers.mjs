#!/usr/bin/env node
// Runs the database tier on the embedded PGlite, then, when TEST_DATABASE_URL names a
// Postgres server, again on that server together with the concurrency tests.
import { spawnSync } from "node:child_process";

const vitest = (args, env) => {
  const result = spawnSync("npx", ["vitest", "run", ...args], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const { TEST_DATABASE_URL, ...withoutServer } = process.env;
console.log("database tier on embedded PGlite");
vitest(["--project", "int"], withoutServer);
if (TEST_DATABASE_URL) {
  console.log("database tier and concurrency tests on PostgreSQL (TEST_DATABASE_URL)");
  vitest(["--project", "int", "--project", "pg"], process.env);
} else {
  console.log("TEST_DATABASE_URL is not set: the PostgreSQL tier did not run");
}
