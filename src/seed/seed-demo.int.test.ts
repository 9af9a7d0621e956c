import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createScratchPostgres } from "../../test/support/test-database.ts";
import { loginAs, type Session, type TestServer } from "../../test/support/test-server.ts";
import { argon2Passwords, randomToken } from "../app/passwords.ts";
import { buildServer } from "../http/server.ts";
import type { Database } from "../store/database.ts";
import { openDatabase } from "../store/database.ts";
import { migrate } from "../store/migrate.ts";
import { DEMO_LOGIN, DEMO_PASSWORD } from "./demo-data.ts";
import { seedDemo } from "./seed-demo.ts";

// The demo clinic a new user opens: screened clients and a day of appointments, seeded
// through the services on the server's clock. The demo organisation has a fixed id, so
// each case seeds its own new database.

const ZONE = "Europe/Moscow";
const MINUTE = 60_000;

interface Appointment {
  id: string;
  start: string;
  end: string;
  blockedStart: string;
  blockedEnd: string;
  client: { id: string; name: string };
  offering: { procedureId: string };
  practitioner: { id: string };
  resources: { id: string; name: string; type: string }[];
  course: { session: number } | null;
}

interface Verdicts {
  current: { procedureId: string; verdict: string; clearedBy: { reviewedBy: { name: string } } | null }[];
}

const open: Database[] = [];
afterEach(async () => {
  for (const database of open.splice(0)) await database.close();
});

/** The server over a new database seeded at `now`, with the demo owner logged in. */
async function demoAt(now: string): Promise<{ owner: Session; clinicId: string }> {
  const database = await openDatabase(
    process.env.TEST_DATABASE_URL
      ? { kind: "postgres", url: await createScratchPostgres("cryodesk_demo") }
      : { kind: "pglite", dataDir: "memory://" },
  );
  open.push(database);
  await migrate(database.pool);
  const deps = { db: database.db, newId: randomUUID, newToken: randomToken, passwords: argon2Passwords };
  const clock = { now: new Date(now) };
  expect(await seedDemo(deps, clock.now)).toBe(true);
  const app = await buildServer({ deps, clock: () => clock.now, logLevel: "silent" });
  const server: TestServer = { app, deps, clock, logs: [] };
  const owner = await loginAs(server, DEMO_LOGIN, DEMO_PASSWORD);
  const clinics = await owner.request({ method: "GET", url: "/api/v1/clinics" });
  return { owner, clinicId: clinics.json().items[0].id };
}

async function appointments(owner: Session, clinicId: string, from: string, to: string) {
  const response = await owner.request({
    method: "GET",
    url: `/api/v1/clinics/${clinicId}/appointments?from=${from}&to=${to}`,
  });
  expect(response.statusCode).toBe(200);
  return response.json().items as Appointment[];
}

const localDate = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date(iso));
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const blocked = (item: Appointment) => ({
  start: Date.parse(item.blockedStart),
  end: Date.parse(item.blockedEnd),
});
const session = (item: Appointment) => ({ start: Date.parse(item.start), end: Date.parse(item.end) });

/** Pairs of appointments that hold one practitioner, resource or client at once. */
function clashes(items: readonly Appointment[]): string[] {
  const found: string[] = [];
  for (const [index, a] of items.entries()) {
    for (const b of items.slice(index + 1)) {
      const shared =
        a.practitioner.id === b.practitioner.id ||
        a.resources.some((r) => b.resources.some((s) => s.id === r.id));
      if (
        (shared && overlaps(blocked(a), blocked(b))) ||
        (a.client.id === b.client.id && overlaps(session(a), session(b)))
      )
        found.push(`${a.start} ${a.client.name} / ${b.start} ${b.client.name}`);
    }
  }
  return found;
}

describe("the demo clinic's working day", () => {
  it("on a Tuesday at 11:00 has screened clients and a clash-free schedule, one client to check in at once", async () => {
    const now = "2026-12-01T11:00:00+03:00";
    const { owner, clinicId } = await demoAt(now);

    const clients = (await owner.request({ method: "GET", url: "/api/v1/clients" })).json().items as {
      id: string;
      lastName: string;
    }[];
    const verdicts = new Map<string, Verdicts["current"]>();
    for (const client of clients) {
      const response = await owner.request({ method: "GET", url: `/api/v1/clients/${client.id}/screenings` });
      verdicts.set(client.lastName, (response.json() as Verdicts).current);
    }
    // Two new clients still wait for their intake; the rest have one.
    expect(
      [...verdicts]
        .filter(([, current]) => current.length === 0)
        .map(([name]) => name)
        .sort(),
    ).toEqual(["Иванова", "Сидорова"]);
    // The panel has findings to show: hypertension rules out cryomassage, and a physician
    // has cleared local cold therapy.
    const grigoriev = (procedureId: string) =>
      verdicts.get("Григорьев")?.find((v) => v.procedureId === procedureId);
    expect(grigoriev("ice-cryomassage")?.verdict).toBe("contraindicated");
    expect(grigoriev("local-cold-therapy")?.verdict).toBe("needs-review");
    expect(grigoriev("local-cold-therapy")?.clearedBy?.reviewedBy.name).toBe("Игорь Лебедев");
    expect(verdicts.get("Николаева")?.find((v) => v.procedureId === "nitrogen-cryomassage")?.verdict).toBe(
      "needs-review",
    );
    const offerings = (await owner.request({ method: "GET", url: `/api/v1/clinics/${clinicId}/offerings` }))
      .json()
      .items.map((o: { procedureId: string }) => o.procedureId) as string[];
    for (const procedureId of offerings) {
      const bookable = [...verdicts.values()].filter((current) =>
        current.some((v) => v.procedureId === procedureId && ["eligible", "caution"].includes(v.verdict)),
      );
      expect(bookable.length, procedureId).toBeGreaterThanOrEqual(8);
    }

    const items = await appointments(owner, clinicId, "2026-12-01", "2026-12-03");
    const single = items.filter((item) => !item.course);
    expect(single.length).toBeGreaterThanOrEqual(8);
    expect(single.length).toBeLessThanOrEqual(16);
    expect(clashes(items)).toEqual([]);
    expect(items.every((item) => Date.parse(item.start) > Date.parse(now))).toBe(true);
    expect(new Set(single.map((item) => localDate(item.start)))).toEqual(
      new Set(["2026-12-01", "2026-12-02"]),
    );
    expect(new Set(single.map((item) => item.offering.procedureId))).toEqual(new Set(offerings));
    expect(new Set(single.map((item) => item.practitioner.id)).size).toBe(5);
    expect(
      new Set(single.flatMap((item) => item.resources.filter((r) => r.type === "room").map((r) => r.name))),
    ).toEqual(new Set(["Кабинет 1", "Кабинет 2", "Процедурная"]));

    // The first client of the day is due within the hour: the desk checks them in now.
    const [first] = [...items].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    expect(Date.parse(first?.start ?? "") - Date.parse(now)).toBeLessThanOrEqual(60 * MINUTE);
    const checkIn = await owner.request({
      method: "POST",
      url: `/api/v1/appointments/${first?.id}/check-in`,
    });
    expect(checkIn.statusCode).toBe(200);
    expect(checkIn.json().status).toBe("checked-in");

    // One client is on a course of ice cryomassage.
    const kovalev = clients.find((client) => client.lastName === "Ковалёв");
    const courses = (
      await owner.request({ method: "GET", url: `/api/v1/clients/${kovalev?.id}/courses` })
    ).json().items as { sessions: unknown[] }[];
    expect(courses.map((course) => course.sessions.length)).toEqual([10]);
  });

  it("at 23:00, after closing, books the next working day only", async () => {
    const { owner, clinicId } = await demoAt("2026-12-01T23:00:00+03:00");
    const items = await appointments(owner, clinicId, "2026-12-01", "2026-12-03");
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(new Set(items.map((item) => localDate(item.start)))).toEqual(new Set(["2026-12-02"]));
    expect(clashes(items)).toEqual([]);
  });

  it("on a Saturday evening books Monday, past the closed Sunday", async () => {
    const { owner, clinicId } = await demoAt("2026-12-05T19:00:00+03:00");
    const items = await appointments(owner, clinicId, "2026-12-05", "2026-12-08");
    const single = items.filter((item) => !item.course);
    expect(single.length).toBeGreaterThanOrEqual(8);
    expect(new Set(single.map((item) => localDate(item.start)))).toEqual(new Set(["2026-12-07"]));
  });
});
