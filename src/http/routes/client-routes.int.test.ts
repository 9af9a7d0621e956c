import { beforeAll, describe, expect, it } from "vitest";
import { createOrganisation } from "../../../test/support/factories.ts";
import {
  loginAs,
  type Session,
  startTestServer,
  type TestServer,
} from "../../../test/support/test-server.ts";

let server: TestServer;
let owner: Session;

beforeAll(async () => {
  server = await startTestServer();
  const org = await createOrganisation(server.deps);
  owner = await loginAs(server, org.ownerEmail);
});

const createClient = (
  session: Session,
  payload: Record<string, unknown>,
  headers: Record<string, string> = {},
) => session.request({ method: "POST", url: "/api/v1/clients", payload, headers });

describe("clients API", () => {
  it("creates a client and reads it back", async () => {
    const created = await createClient(owner, {
      firstName: "Мария",
      lastName: "Иванова",
      birthDate: "1988-03-14",
      sex: "female",
      phone: "+7 916 000-00-01",
      email: "Maria@Example.com",
      consents: { dataProcessing: true },
    });
    expect(created.statusCode).toBe(201);
    const client = created.json();
    expect(client).toMatchObject({ lastName: "Иванова", email: "maria@example.com", language: "ru" });
    expect(client.consents).toEqual({ dataProcessing: true, marketing: false, photos: false });
    const read = await owner.request({ method: "GET", url: `/api/v1/clients/${client.id}` });
    expect(read.json()).toEqual(client);
  });

  it("names every failing field", async () => {
    const response = await createClient(owner, {
      firstName: "",
      email: "not-an-email",
      sex: "x",
      birthDate: "2020-02-30",
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const problem = response.json();
    expect(problem.code).toBe("validation-failed");
    const fields = problem.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(["birthDate", "email", "firstName", "lastName", "sex"]);
    expect(problem.errors.find((e: { field: string }) => e.field === "lastName").message).toBe("Required.");
  });

  it("refuses a birth date in the future", async () => {
    const response = await createClient(owner, { firstName: "A", lastName: "B", birthDate: "2027-01-01" });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: "birthDate", message: "A birth date cannot be in the future." },
    ]);
  });

  it("searches by Cyrillic name in any case, by phone digits and by e-mail", async () => {
    const org = await createOrganisation(server.deps);
    const session = await loginAs(server, org.ownerEmail);
    await createClient(session, { firstName: "Ольга", lastName: "Захарова", phone: "+7 (903) 555-12-34" });
    await createClient(session, { firstName: "Павел", lastName: "Григорьев", email: "pavel@mail.test" });
    const search = async (q: string) =>
      (await session.request({ method: "GET", url: `/api/v1/clients?q=${encodeURIComponent(q)}` }))
        .json()
        .items.map((c: { lastName: string }) => c.lastName);
    expect(await search("ЗАХАР")).toEqual(["Захарова"]);
    expect(await search("5551234")).toEqual(["Захарова"]);
    expect(await search("pavel@")).toEqual(["Григорьев"]);
    expect(await search("ольга захарова")).toEqual(["Захарова"]);
    expect(await search("nobody")).toEqual([]);
  });

  it("pages through every client exactly once, in name order", async () => {
    const org = await createOrganisation(server.deps);
    const session = await loginAs(server, org.ownerEmail);
    const names = ["Яковлев", "Абрамов", "Smith", "Белова", "белов", "Ivanova", "Жуков"];
    for (const lastName of names) await createClient(session, { firstName: "X", lastName });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/clients?limit=3${cursor ? `&cursor=${cursor}` : ""}`;
      const page = (await session.request({ method: "GET", url })).json();
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((c: { lastName: string }) => c.lastName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(names.length);
    expect(new Set(seen)).toEqual(new Set(names));
    expect(seen.slice(0, 2)).toEqual(["Ivanova", "Smith"]);
  });

  it("rejects a forged cursor with a clear error", async () => {
    const response = await owner.request({ method: "GET", url: "/api/v1/clients?cursor=garbage" });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: "cursor", message: "Not a cursor this list returned." },
    ]);
  });

  it("updates, archives and restores; archived clients leave the list", async () => {
    const org = await createOrganisation(server.deps);
    const session = await loginAs(server, org.ownerEmail);
    const client = (await createClient(session, { firstName: "Анна", lastName: "Архивная" })).json();
    const updated = await session.request({
      method: "PATCH",
      url: `/api/v1/clients/${client.id}`,
      payload: { phone: "+7 900 111-22-33", notes: "prefers mornings" },
    });
    expect(updated.json()).toMatchObject({
      phone: "+7 900 111-22-33",
      notes: "prefers mornings",
      lastName: "Архивная",
    });
    await session.request({ method: "POST", url: `/api/v1/clients/${client.id}/archive` });
    const list = (await session.request({ method: "GET", url: "/api/v1/clients" })).json();
    expect(list.items).toHaveLength(0);
    const withArchived = (
      await session.request({ method: "GET", url: "/api/v1/clients?archived=true" })
    ).json();
    expect(withArchived.items[0].archivedAt).toBe("2026-11-20T09:00:00.000Z");
    const restored = await session.request({ method: "POST", url: `/api/v1/clients/${client.id}/restore` });
    expect(restored.json().archivedAt).toBeNull();
  });

  it("creates one client for retries with the same Idempotency-Key", async () => {
    const org = await createOrganisation(server.deps);
    const session = await loginAs(server, org.ownerEmail);
    const payload = { firstName: "Retry", lastName: "Once" };
    const first = await createClient(session, payload, { "idempotency-key": "abc-1" });
    const second = await createClient(session, payload, { "idempotency-key": "abc-1" });
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    expect(second.headers["idempotent-replayed"]).toBe("true");
    const other = await createClient(
      session,
      { ...payload, lastName: "Different" },
      { "idempotency-key": "abc-1" },
    );
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe("idempotency-key-reused");
    const list = (await session.request({ method: "GET", url: "/api/v1/clients" })).json();
    expect(list.items).toHaveLength(1);
  });

  it("lets a receptionist archive but not a practitioner", async () => {
    const { addMember } = await import("../../../test/support/factories.ts");
    const org = await createOrganisation(server.deps);
    const session = await loginAs(server, org.ownerEmail);
    const client = (await createClient(session, { firstName: "R", lastName: "Role" })).json();
    const practitioner = await loginAs(
      server,
      (await addMember(server.deps, org.organisationId, ["practitioner"], ["nurse"])).email,
    );
    const denied = await practitioner.request({
      method: "POST",
      url: `/api/v1/clients/${client.id}/archive`,
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe("forbidden");
    const receptionist = await loginAs(
      server,
      (await addMember(server.deps, org.organisationId, ["receptionist"])).email,
    );
    const allowed = await receptionist.request({
      method: "POST",
      url: `/api/v1/clients/${client.id}/archive`,
    });
    expect(allowed.statusCode).toBe(200);
  });
});
