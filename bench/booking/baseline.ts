import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { CELLS_PER_DAY, CELLS_PER_SESSION, type DayRange, randomCell, STARTS_PER_DAY } from "./grid.ts";
import type { BenchClinic } from "./setup.ts";

// The baseline: what PostgreSQL alone does with the same booking traffic. Each transaction
// books one random start of the same calendar the HTTP load aims at, with the least work a
// correct booking needs on these tables:
//
//   1. lock the two quarter-hour cells the 30-minute session covers (advisory locks, in
//      ascending order, so no deadlock): two bookings that could overlap share a cell and
//      queue, so step 2 never reads a calendar a concurrent booking is about to change;
//   2. find the first free practitioner and the first free room (in the order availability
//      tries them) and a free client (the first from a random one on, as the HTTP load does);
//   3. insert the appointment and its room row, only if all three were found. The exclusion
//      constraints and the trigger copying `blocked` run as for any booking.
//
// pgbench 15 ends a client at its first SQL error and retries only serialization failures and
// deadlocks, so the script must never hit an exclusion violation: the locks of step 1 see to it.
// A taken start is a transaction that inserts nothing. "Inserts/s" counts appointments created;
// "attempts/s" counts transactions. Left out next to the HTTP path: the session check, the client,
// offering and clinic reads, the screening gate, reminders, the audit entry and reading the
// booking back, i.e. what the application adds on top of the database's own work.

/** Advisory lock class of the cells, apart from the application's own party locks. */
const CELL_LOCK_CLASS = 7_301;
/** A client is drawn among the first `clients - CLIENT_MARGIN`, so a free one always follows. */
const CLIENT_MARGIN = 100;

export interface BaselineResult {
  tool: string;
  attempts: number;
  seconds: number;
  errors: string[];
}

function scriptSql(clinic: BenchClinic): string[] {
  const org = `'${clinic.organisationId}'`;
  const during = `tstzrange(to_timestamp(:cell * 900), to_timestamp((:cell + ${CELLS_PER_SESSION}) * 900))`;
  return [
    "begin",
    `select pg_advisory_xact_lock(${CELL_LOCK_CLASS}, :cell), pg_advisory_xact_lock(${CELL_LOCK_CLASS}, :cell + 1)`,
    `select
       coalesce((select p.n from bench_practitioners p where not exists (
         select 1 from appointments a where a.organisation_id = ${org} and a.practitioner_id = p.id
            and a.blocked && ${during} and appointment_holds_slot(a.status)) order by p.n limit 1), 0) as practitioner,
       coalesce((select r.n from bench_rooms r where not exists (
         select 1 from appointment_resources ar where ar.organisation_id = ${org} and ar.resource_id = r.id
            and ar.blocked && ${during} and ar.holds_slot) order by r.n limit 1), 0) as room,
       coalesce((select c.n from bench_clients c where c.n >= :draw and not exists (
         select 1 from appointments a where a.organisation_id = ${org} and a.client_id = c.id
            and tstzrange(a.starts_at, a.ends_at) && ${during} and appointment_holds_slot(a.status))
         order by c.n limit 1), 0) as client`,
    `insert into appointments (id, organisation_id, clinic_id, client_id, offering_id, practitioner_id,
         starts_at, ends_at, blocked, source, price_minor, currency)
     select md5(:key::text)::uuid, ${org}, '${clinic.clinicId}', c.id, '${clinic.offeringId}', p.id,
         lower(${during}), upper(${during}), ${during}, 'staff', 250000, 'RUB'
       from bench_practitioners p, bench_clients c
      where p.n = :practitioner and c.n = :client and :room > 0`,
    `insert into appointment_resources (organisation_id, appointment_id, resource_id)
     select ${org}, md5(:key::text)::uuid, r.id from bench_rooms r
      where r.n = :room and :practitioner > 0 and :client > 0`,
    "commit",
  ];
}

/** Index of the statement whose one-row result sets practitioner, room and client. */
const CHOICE_STATEMENT = 2;

export function pgbenchAvailable(): boolean {
  return spawnSync("pgbench", ["--version"]).status === 0;
}

export async function runPgbench(
  url: string,
  clinic: BenchClinic,
  range: DayRange,
  options: { clients: number; seconds: number; clientCount: number },
): Promise<BaselineResult> {
  const dir = mkdtempSync(join(tmpdir(), "cryodesk-bench-"));
  const script = join(dir, "booking.sql");
  const lines = [
    `\\set day random(0, ${range.days - 1})`,
    `\\set slot random(0, ${STARTS_PER_DAY - 1})`,
    `\\set cell ${range.firstCell} + :day * ${CELLS_PER_DAY} + :slot`,
    `\\set draw random(1, ${options.clientCount - CLIENT_MARGIN})`,
    "\\set key random(1, 9223372036854775806)",
    ...scriptSql(clinic).map((statement, i) => {
      const oneLine = statement.replace(/\s+/g, " ");
      return i === CHOICE_STATEMENT ? `${oneLine} \\gset` : `${oneLine};`;
    }),
  ];
  writeFileSync(script, `${lines.join("\n")}\n`);
  const target = new URL(url);
  const args = ["-n", "-c", String(options.clients), "-j", "2", "-T", String(options.seconds), "-f", script];
  args.push("-h", target.hostname, "-p", target.port || "5432", "-U", target.username || "postgres");
  args.push(target.pathname.slice(1));
  try {
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      const child = spawn("pgbench", args);
      let out = "";
      let err = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
      });
      child.stderr.on("data", (chunk: Buffer) => {
        err += chunk.toString();
      });
      child.on("close", () => resolve({ stdout: out, stderr: err }));
    });
    const processed = /number of transactions actually processed: (\d+)/.exec(stdout);
    const errors = stderr.split("\n").filter((line) => /error|abort/i.test(line));
    if (!processed) errors.push(`pgbench printed no result:\n${stdout}${stderr}`);
    return { tool: "pgbench", attempts: Number(processed?.[1] ?? 0), seconds: options.seconds, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same transactions from Node with one pg connection per client, where pgbench is missing. */
export async function runNodeBaseline(
  url: string,
  clinic: BenchClinic,
  range: DayRange,
  options: { clients: number; seconds: number; clientCount: number },
): Promise<BaselineResult> {
  const statements = scriptSql(clinic);
  const errors: string[] = [];
  let attempts = 0;
  const deadline = performance.now() + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        while (performance.now() < deadline) {
          const vars: Record<string, number | bigint> = {
            cell: randomCell(range, Math.random),
            draw: 1 + Math.floor(Math.random() * (options.clientCount - CLIENT_MARGIN)),
            key: 1n + BigInt(Math.floor(Math.random() * Number.MAX_SAFE_INTEGER)),
          };
          const fill = (text: string) =>
            text.replace(/(?<!:):([a-z]+)/g, (_, name: string) => String(vars[name]));
          for (const [i, statement] of statements.entries()) {
            const result = await client.query(fill(statement));
            if (i === CHOICE_STATEMENT) Object.assign(vars, result.rows[0]);
          }
          attempts++;
        }
      } catch (error) {
        errors.push((error as Error).message);
      } finally {
        await client.end();
      }
    }),
  );
  return { tool: "node-postgres", attempts, seconds: options.seconds, errors };
}
