import { randomUUID } from "node:crypto";
import pg from "pg";
import { type Database, openDatabase } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";

// A throwaway database on a real PostgreSQL server for one benchmark run: created,
// migrated like production, dropped at the end even when the run fails.

/** The server the booking benchmarks use; any database on it works as the admin connection. */
export const BENCH_SERVER_URL =
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface ScratchDatabase {
  name: string;
  url: string;
  database: Database;
  drop(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 10)}`;
  await admin((client) => client.query(`create database ${name}`));
  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgres", url: url.toString() });
  await migrate(database.pool);
  return {
    name,
    url: url.toString(),
    database,
    async drop() {
      await database.close();
      // WITH (FORCE) ends connections a crashed child may have left behind.
      await admin((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}
