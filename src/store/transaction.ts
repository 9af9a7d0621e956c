import type { Kysely, Transaction } from "kysely";
import type { DB } from "./tables.ts";

/** A handle for queries: the database itself or an open transaction. */
export type Executor = Kysely<DB> | Transaction<DB>;

export function inTransaction<T>(db: Kysely<DB>, work: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}

/** Postgres SQLSTATE of an error from either driver, if any. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export const UNIQUE_VIOLATION = "23505";
