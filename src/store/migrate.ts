import { readdirSync, readFileSync } from "node:fs";
import type pg from "pg";

const migrationsDir = new URL("./migrations/", import.meta.url);
// Any fixed number: serialises migrators started at once by several processes.
const MIGRATION_LOCK = 7_402_118;

export interface Migration {
  version: string;
  sql: string;
}

export function loadMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((name) => name.endsWith(".sql"))
    .sort()
    .map((name) => ({
      version: name.replace(/\.sql$/, ""),
      sql: readFileSync(new URL(name, migrationsDir), "utf8"),
    }));
}

/** Applies every migration not yet recorded, each in its own transaction, in order. Returns the versions applied. */
export async function migrate(pool: pg.Pool, migrations = loadMigrations()): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      "create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())",
    );
    const applied: string[] = [];
    for (const migration of migrations) {
      await client.query("begin");
      try {
        const done = await client.query("select 1 from schema_migrations where version = $1", [
          migration.version,
        ]);
        if (done.rowCount === 0) {
          await client.query(migration.sql);
          await client.query("insert into schema_migrations (version) values ($1)", [migration.version]);
          applied.push(migration.version);
        }
        await client.query("commit");
      } catch (error) {
        await client.query("rollback");
        throw new Error(`migration ${migration.version} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
    }
    return applied;
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
