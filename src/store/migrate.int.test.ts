import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchPostgres } from "../../test/support/test-database.ts";
import { argon2Passwords, randomId, randomToken } from "../app/passwords.ts";
import { DEMO_ORGANISATION_ID } from "../seed/demo-data.ts";
import { seedDemo } from "../seed/seed-demo.ts";
import { type DatabaseTarget, openDatabase } from "./database.ts";
import { loadMigrations, migrate } from "./migrate.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh database that this test may reopen: a PGlite directory, or a new Postgres database. */
async function freshTarget(): Promise<DatabaseTarget> {
  if (process.env.TEST_DATABASE_URL)
    return { kind: "postgres", url: await createScratchPostgres("cryodesk_restart") };
  const dir = mkdtempSync(join(tmpdir(), "cryodesk-restart-"));
  dirs.push(dir);
  return { kind: "pglite", dataDir: dir };
}

const count = async (target: DatabaseTarget, table: string) => {
  const database = await openDatabase(target);
  try {
    const result = await database.pool.query(`select count(*)::int as n from ${table}`);
    return result.rows[0].n as number;
  } finally {
    await database.close();
  }
};

describe("migrations and restarts", () => {
  it("applies every migration once and records it", async () => {
    const target = await freshTarget();
    const database = await openDatabase(target);
    try {
      const all = loadMigrations().map((m) => m.version);
      expect(await migrate(database.pool)).toEqual(all);
      expect(await migrate(database.pool)).toEqual([]);
      const recorded = await database.pool.query("select version from schema_migrations order by version");
      expect(recorded.rows.map((row) => row.version)).toEqual(all);
    } finally {
      await database.close();
    }
  });

  it("keeps every row across a restart and seeds the demo only once", async () => {
    const target = await freshTarget();
    const deps = (db: Awaited<ReturnType<typeof openDatabase>>) => ({
      db: db.db,
      newId: randomId,
      newToken: randomToken,
      passwords: argon2Passwords,
    });
    const first = await openDatabase(target);
    await migrate(first.pool);
    expect(await seedDemo(deps(first), new Date("2026-11-20T09:00:00Z"))).toBe(true);
    await first.close();

    const clientsBefore = await count(target, "clients");
    const auditBefore = await count(target, "audit_log");
    expect(clientsBefore).toBe(12);

    const second = await openDatabase(target);
    expect(await migrate(second.pool)).toEqual([]);
    expect(await seedDemo(deps(second), new Date("2026-11-21T09:00:00Z"))).toBe(false);
    const organisation = await second.db
      .selectFrom("organisations")
      .selectAll()
      .where("id", "=", DEMO_ORGANISATION_ID)
      .executeTakeFirst();
    expect(organisation?.name).toBe("Cryodesk Demo");
    await second.close();
    expect(await count(target, "clients")).toBe(clientsBefore);
    expect(await count(target, "audit_log")).toBe(auditBefore);
  });
});
