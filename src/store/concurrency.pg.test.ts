import { describe, expect, it } from "vitest";
import { createOrganisation } from "../../test/support/factories.ts";
import { cachedPasswords, createScratchPostgres } from "../../test/support/test-database.ts";
import { argon2Passwords, randomId, randomToken } from "../app/passwords.ts";
import { buildServer } from "../http/server.ts";
import { seedDemo } from "../seed/seed-demo.ts";
import { openDatabase } from "./database.ts";
import { loadMigrations, migrate } from "./migrate.ts";

// Concurrency claims, proved with real parallel connections on a real Postgres server.

async function scratchDatabases(count: number) {
  const url = await createScratchPostgres("cryodesk_race");
  return Promise.all(Array.from({ length: count }, () => openDatabase({ kind: "postgres", url })));
}

describe("on a real Postgres server", () => {
  it("lets several processes migrate the same database at once", async () => {
    const databases = await scratchDatabases(3);
    try {
      const results = await Promise.all(databases.map((database) => migrate(database.pool)));
      expect(results.flat().sort()).toEqual(loadMigrations().map((m) => m.version));
    } finally {
      await Promise.all(databases.map((database) => database.close()));
    }
  });

  it("seeds the demo clinic once when several servers start together", async () => {
    const databases = await scratchDatabases(3);
    try {
      await migrate(databases[0]?.pool as never);
      const outcomes = await Promise.all(
        databases.map((database) =>
          seedDemo(
            { db: database.db, newId: randomId, newToken: randomToken, passwords: argon2Passwords },
            new Date(),
          ),
        ),
      );
      expect(outcomes.sort()).toEqual([false, false, true]);
      const clients = await databases[0]?.pool.query("select count(*)::int as n from clients");
      expect(clients?.rows[0].n).toBe(12);
    } finally {
      await Promise.all(databases.map((database) => database.close()));
    }
  });

  it("creates exactly one client for parallel retries with one Idempotency-Key across two servers", async () => {
    const databases = await scratchDatabases(2);
    try {
      await migrate(databases[0]?.pool as never);
      const servers = await Promise.all(
        databases.map((database) =>
          buildServer({
            deps: { db: database.db, newId: randomId, newToken: randomToken, passwords: cachedPasswords },
            clock: () => new Date("2026-11-20T09:00:00Z"),
            logLevel: "silent",
          }),
        ),
      );
      const deps = {
        db: databases[0]?.db as never,
        newId: randomId,
        newToken: randomToken,
        passwords: cachedPasswords,
      };
      const org = await createOrganisation(deps);
      const login = await servers[0]?.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: org.ownerEmail, password: "correct horse battery" },
      });
      const cookie = String(login?.headers["set-cookie"]).split(";")[0] as string;
      const csrf = login?.json().csrfToken as string;
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          servers[i % 2]?.inject({
            method: "POST",
            url: "/api/v1/clients",
            headers: { cookie, "x-csrf-token": csrf, "idempotency-key": "same-key" },
            payload: { firstName: "Parallel", lastName: "Retry" },
          }),
        ),
      );
      const statuses = responses.map((r) => r?.statusCode);
      expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
      const ids = new Set(responses.filter((r) => r?.statusCode === 201).map((r) => r?.json().id));
      expect(ids.size).toBe(1);
      const rows = await databases[0]?.pool.query(
        "select count(*)::int as n from clients where organisation_id = $1",
        [org.organisationId],
      );
      expect(rows?.rows[0].n).toBe(1);
      await Promise.all(servers.map((server) => server.close()));
    } finally {
      await Promise.all(databases.map((database) => database.close()));
    }
  });
});
