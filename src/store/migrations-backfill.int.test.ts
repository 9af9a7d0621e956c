import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchPostgres } from "../../test/support/test-database.ts";
import { type DatabaseTarget, openDatabase } from "./database.ts";
import { loadMigrations, migrate } from "./migrate.ts";

// Migrations that rewrite rows written before them, run on a database holding such rows.

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function freshTarget(): Promise<DatabaseTarget> {
  if (process.env.TEST_DATABASE_URL)
    return { kind: "postgres", url: await createScratchPostgres("cryodesk_backfill") };
  const dir = mkdtempSync(join(tmpdir(), "cryodesk-backfill-"));
  dirs.push(dir);
  return { kind: "pglite", dataDir: dir };
}

const ORG = "00000000-0000-4000-8000-000000000001";
const CLINIC = "00000000-0000-4000-8000-000000000002";
const CLIENT = "00000000-0000-4000-8000-000000000003";
const OFFERING = "00000000-0000-4000-8000-000000000004";
const EVENT = "00000000-0000-4000-8000-000000000005";
const BY_EVENT = "00000000-0000-4000-8000-000000000006";
const BY_HAND = "00000000-0000-4000-8000-000000000007";
const GONE_EVENT = "00000000-0000-4000-8000-000000000008";

describe("0010: courses paused by an adverse event name it", () => {
  it("moves the event out of the English reason of courses paused before, and leaves other pauses alone", async () => {
    const database = await openDatabase(await freshTarget());
    try {
      const all = loadMigrations();
      const before = all.filter((m) => m.version < "0010");
      await migrate(database.pool, before);
      const sql = (text: string, values: unknown[] = []) => database.pool.query(text, values);
      await sql("insert into organisations (id, name) values ($1, 'Org')", [ORG]);
      await sql(
        `insert into clinics (id, organisation_id, name, city, time_zone, currency, opening_hours)
         values ($1, $2, 'Clinic', 'Moscow', 'Europe/Moscow', 'RUB', '{}')`,
        [CLINIC, ORG],
      );
      await sql(
        "insert into clients (id, organisation_id, last_name, first_name) values ($1, $2, 'A', 'B')",
        [CLIENT, ORG],
      );
      await sql(
        `insert into offerings (id, organisation_id, clinic_id, procedure_id, name, duration_minutes,
           qualifications, price_minor, currency)
         values ($1, $2, $3, 'ice-cryomassage', 'Ice', 15, array['nurse'], 100000, 'RUB')`,
        [OFFERING, ORG, CLINIC],
      );
      await sql(
        `insert into adverse_events (id, organisation_id, client_id, type, severity, onset_at, description)
         values ($1, $2, $3, 'cold-burn', 'moderate', now(), 'Blister')`,
        [EVENT, ORG, CLIENT],
      );
      const course = (id: string, reason: string) =>
        sql(
          `insert into courses (id, organisation_id, clinic_id, client_id, offering_id, name, sessions, rules,
             preferences, status, paused_reason, paused_at)
           values ($1, $2, $3, $4, $5, 'Ice', 10, '{}', '{}', 'paused', $6, now())`,
          [id, ORG, CLINIC, CLIENT, OFFERING, reason],
        );
      await course(BY_EVENT, `Adverse event (cold-burn, moderate) ${EVENT}`);
      await course(BY_HAND, "Redness after session 1");
      // Names an event that does not exist: kept as written rather than pointed nowhere.
      await course(GONE_EVENT, `Adverse event (pain, mild) ${GONE_EVENT}`);

      await migrate(database.pool, all);
      const rows = await sql("select id, paused_reason, paused_by_adverse_event from courses order by id");
      expect(rows.rows).toEqual([
        { id: BY_EVENT, paused_reason: null, paused_by_adverse_event: EVENT },
        { id: BY_HAND, paused_reason: "Redness after session 1", paused_by_adverse_event: null },
        {
          id: GONE_EVENT,
          paused_reason: `Adverse event (pain, mild) ${GONE_EVENT}`,
          paused_by_adverse_event: null,
        },
      ]);
    } finally {
      await database.close();
    }
  });
});
