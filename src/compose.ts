import type { AppDeps } from "./app/deps.ts";
import { argon2Passwords, randomId, randomToken } from "./app/passwords.ts";
import { type Database, type DatabaseTarget, openDatabase } from "./store/database.ts";
import { migrate } from "./store/migrate.ts";

// The composition root: the one place that picks real implementations.

export interface Runtime {
  database: Database;
  deps: AppDeps;
  clock: () => Date;
}

export async function openRuntime(
  target: DatabaseTarget,
  options: { migrate?: boolean } = {},
): Promise<Runtime> {
  const database = await openDatabase(target);
  if (options.migrate !== false) await migrate(database.pool);
  return {
    database,
    deps: { db: database.db, newId: randomId, newToken: randomToken, passwords: argon2Passwords },
    clock: () => new Date(),
  };
}
