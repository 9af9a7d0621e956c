import { Temporal } from "temporal-polyfill";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBookingSetup, overlappingPairs } from "../../test/support/booking-fixtures.ts";
import { createOrganisation, TEST_PASSWORD } from "../../test/support/factories.ts";
import { type ServerProcess, startServerProcess } from "../../test/support/server-process.ts";
import { cachedPasswords, createScratchPostgres } from "../../test/support/test-database.ts";
import type { AppDeps } from "../app/deps.ts";
import { randomId, randomToken } from "../app/passwords.ts";
import { type Database, openDatabase } from "../store/database.ts";
import { migrate } from "../store/migrate.ts";

// Many clients racing for slots through two separate server processes on one Postgres:
// the exclusion constraints let exactly one win each slot, whatever the interleaving.

let database: Database;
let deps: AppDeps;
let servers: ServerProcess[] = [];

beforeAll(async () => {
  const url = await createScratchPostgres("cryodesk_booking_race");
  database = await openDatabase({ kind: "postgres", url });
  await migrate(database.pool);
  deps = { db: database.db, newId: randomId, newToken: randomToken, passwords: cachedPasswords };
  servers = await Promise.all([startServerProcess(url), startServerProcess(url)]);
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await database?.close();
});

/** A weekday well ahead of the servers' real clock, as a Moscow local date. */
function dayAhead(days: number): string {
  let date = Temporal.Now.plainDateISO("Europe/Moscow").add({ days });
  while (date.dayOfWeek > 5) date = date.add({ days: 1 });
  return date.toString();
}

async function logIn(server: ServerProcess, email: string) {
  const response = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] as string;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
}

async function bookThrough(server: ServerProcess, headers: Record<string, string>, body: unknown) {
  const response = await fetch(`${server.baseUrl}/api/v1/appointments`, {
    method: "POST",
    headers,
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { code?: string; id?: string } };
}

async function appointmentCount(organisationId: string): Promise<number> {
  const result = await database.pool.query(
    "select count(*)::int as n from appointments where organisation_id = $1",
    [organisationId],
  );
  return result.rows[0].n;
}

describe("booking races on a real Postgres server, through two server processes", () => {
  it("gives one slot to exactly one of 40 simultaneous requests; the rest are told slot-taken", async () => {
    const org = await createOrganisation(deps);
    const setup = await createBookingSetup(deps, org, { clients: 40 });
    const headers = await logIn(servers[0] as ServerProcess, org.ownerEmail);
    const start = `${dayAhead(5)}T10:00:00+03:00`;
    const results = await Promise.all(
      setup.clientIds.map((clientId, i) =>
        bookThrough(servers[i % 2] as ServerProcess, headers, {
          clientId,
          offeringId: setup.offeringId,
          start,
        }),
      ),
    );
    const won = results.filter((r) => r.status === 201);
    const lost = results.filter((r) => r.status === 409);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(39);
    expect(new Set(lost.map((r) => r.body.code))).toEqual(new Set(["slot-taken"]));
    expect(await appointmentCount(org.organisationId)).toBe(1);
  }, 60_000);

  it("never overlaps when 80 requests pick random times for two practitioners and two rooms", async () => {
    const org = await createOrganisation(deps);
    const setup = await createBookingSetup(deps, org, {
      clients: 80,
      practitioners: 2,
      resources: ["room", "room"],
      bufferAfterMinutes: 5,
    });
    const headers = await logIn(servers[1] as ServerProcess, org.ownerEmail);
    const day = dayAhead(6);
    // Starts on a 5-minute grid between 09:00 and 12:55 local: sessions collide often.
    const results = await Promise.all(
      setup.clientIds.map((clientId, i) => {
        const minutes = 9 * 60 + ((i * 37) % 48) * 5;
        const clock = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        return bookThrough(servers[i % 2] as ServerProcess, headers, {
          clientId,
          offeringId: setup.offeringId,
          start: `${day}T${clock}:00+03:00`,
        });
      }),
    );
    const unexpected = results.filter((r) => r.status !== 201 && r.body.code !== "slot-taken");
    expect(unexpected, servers.map((server) => server.output()).join("\n")).toEqual([]);
    const created = results.filter((r) => r.status === 201).length;
    expect(created).toBeGreaterThan(4);
    expect(await appointmentCount(org.organisationId)).toBe(created);
    expect(await overlappingPairs(deps, org.organisationId)).toBe(0);
  }, 60_000);

  it("books one of two courses racing for the same sessions whole, and nothing of the other", async () => {
    const org = await createOrganisation(deps);
    const setup = await createBookingSetup(deps, org, { clients: 2 });
    const headers = await logIn(servers[0] as ServerProcess, org.ownerEmail);
    const firstDate = dayAhead(8);
    const planFor = async (clientId: string) => {
      const plan = { clientId, offeringId: setup.offeringId, firstDate };
      const response = await fetch(`${servers[0]?.baseUrl}/api/v1/courses/plan`, {
        method: "POST",
        headers,
        body: JSON.stringify(plan),
      });
      const proposal = (await response.json()) as {
        sessions: { number: number; start: string; practitioner: { id: string } }[];
      };
      return {
        plan,
        sessions: proposal.sessions.map((s) => ({
          number: s.number,
          start: s.start,
          practitionerId: s.practitioner.id,
        })),
      };
    };
    // Both proposals are made before either is booked: one practitioner, one room, the same times.
    const [one, two] = await Promise.all(setup.clientIds.map(planFor));
    expect(one?.sessions.map((s) => s.start)).toEqual(two?.sessions.map((s) => s.start));
    const results = await Promise.all(
      [one, two].map(async (body, i) => {
        const response = await fetch(`${servers[i % 2]?.baseUrl}/api/v1/courses`, {
          method: "POST",
          headers,
          body: JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as { code?: string } };
      }),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)?.body.code).toBe("course-slot-taken");
    expect(await appointmentCount(org.organisationId)).toBe(one?.sessions.length);
    expect(await overlappingPairs(deps, org.organisationId)).toBe(0);
  }, 60_000);
});
