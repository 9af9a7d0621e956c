import { randomUUID } from "node:crypto";
import pg from "pg";
import type { AppDeps } from "../../src/app/deps.ts";
import { argon2Passwords, randomToken } from "../../src/app/passwords.ts";
import { type Database, type DatabaseTarget, openDatabase } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";

// One database per test worker, migrated once. Tests never truncate: each builds
// its own organisation, so they can share the database and run in parallel.

let shared: Promise<Database> | undefined;

/** A fresh, empty database on the Postgres server of TEST_DATABASE_URL. */
export async function createScratchPostgres(prefix: string): Promise<string> {
  const serverUrl = process.env.TEST_DATABASE_URL as string;
  const name = `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function testTarget(): DatabaseTarget {
  const url = process.env.TEST_DATABASE_URL;
  return url ? { kind: "postgres", url } : { kind: "pglite", dataDir: "memory://" };
}

export function testDatabase(): Promise<Database> {
  shared ??= (async () => {
    const database = await openDatabase(testTarget());
    await migrate(database.pool);
    return database;
  })();
  return shared;
}

/** Real argon2 would cost ~50 ms per hash; tests hash once and reuse it. */
const hashes = new Map<string, Promise<string>>();
export const cachedPasswords = {
  hash: (password: string) => {
    if (!hashes.has(password)) hashes.set(password, argon2Passwords.hash(password));
    return hashes.get(password) as Promise<string>;
  },
  verify: argon2Passwords.verify,
};

export async function testDeps(): Promise<AppDeps> {
  const database = await testDatabase();
  return { db: database.db, newId: randomUUID, newToken: randomToken, passwords: cachedPasswords };
}
