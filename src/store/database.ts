import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { DB } from "./tables.ts";

// `date` columns stay ISO strings ("1990-05-01"): a JS Date would shift them by the
// process time zone. int8 stays a string too (audit ids), parsed where needed.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export interface Database {
  db: Kysely<DB>;
  pool: pg.Pool;
  target: DatabaseTarget;
  close(): Promise<void>;
}

/** Chooses the database: DATABASE_URL when set, otherwise PGlite in the data directory. */
export function targetFromEnv(env: NodeJS.ProcessEnv): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: env.CRYODESK_DATA_DIR ?? "./data" };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  let pglite: PGlite | undefined;
  let releaseLock = () => {};
  let pool: pg.Pool;
  if (target.kind === "postgres") {
    pool = new pg.Pool({ connectionString: target.url, max: 10 });
  } else {
    const unlock = target.dataDir === "memory://" ? () => {} : lockDataDir(target.dataDir);
    try {
      pglite = await PGlite.create(target.dataDir, { extensions: { btree_gist } });
    } catch (error) {
      unlock();
      throw error;
    }
    releaseLock = unlock;
    pool = new pg.Pool(createPgConfig(pglite) as pg.PoolConfig);
  }
  // An idle client that errors (server restart) must not crash the process.
  pool.on("error", () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    target,
    async close() {
      await db.destroy();
      await pglite?.close();
      releaseLock();
    },
  };
}

export class DataDirInUseError extends Error {}

/**
 * PGlite is one process's database: a second process on the same directory would
 * corrupt it. A lock file with the owner's pid keeps a second one out; a lock left by
 * a process that has died is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, "cryodesk.lock");
  try {
    writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch {
    const owner = Number(readFileSync(lockFile, "utf8"));
    if (owner !== process.pid && isAlive(owner)) {
      throw new DataDirInUseError(`The data directory ${dataDir} is in use by process ${owner}.`);
    }
    writeFileSync(lockFile, String(process.pid));
  }
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
