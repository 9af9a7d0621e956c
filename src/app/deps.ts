import type { Kysely } from "kysely";
import type { DB } from "../store/tables.ts";

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** What every use case needs from outside: the database, id and token sources, password hashing. */
export interface AppDeps {
  db: Kysely<DB>;
  newId: () => string;
  /** An unguessable token (session cookies, invitations). */
  newToken: () => string;
  passwords: PasswordHasher;
}
