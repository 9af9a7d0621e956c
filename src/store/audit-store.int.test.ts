import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createOrganisation } from "../../test/support/factories.ts";
import { testDeps } from "../../test/support/test-database.ts";
import { createClient } from "../app/client-service.ts";
import { listAudit } from "./audit-store.ts";

describe("audit log", () => {
  it("records who did what to which record, when and from where", async () => {
    const deps = await testDeps();
    const org = await createOrganisation(deps);
    const client = await createClient(deps, org.actor, { firstName: "Audit", lastName: "Trail" });
    const [entry] = await listAudit(deps.db, org.organisationId, {
      entityType: "client",
      entityId: client.id,
      limit: 10,
    });
    expect(entry).toMatchObject({
      action: "client.create",
      actor_user_id: org.ownerId,
      actor_label: org.ownerEmail,
      entity_id: client.id,
      ip: "127.0.0.1",
    });
    expect(new Date(entry?.at as Date).toISOString()).toBe("2026-11-20T09:00:00.000Z");
  });

  it("rejects UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    const deps = await testDeps();
    const org = await createOrganisation(deps);
    const client = await createClient(deps, org.actor, { firstName: "Kept", lastName: "Forever" });
    const update = sql`update audit_log set action = 'forged' where entity_id = ${client.id}`.execute(
      deps.db,
    );
    await expect(update).rejects.toThrow(/append-only/);
    const remove = sql`delete from audit_log where entity_id = ${client.id}`.execute(deps.db);
    await expect(remove).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(deps.db)).rejects.toThrow(/append-only/);
    const rows = await listAudit(deps.db, org.organisationId, { entityId: client.id, limit: 10 });
    expect(rows.map((row) => row.action)).toEqual(["client.create"]);
  });
});

describe("tenant ownership in the schema", () => {
  it("refuses a closure that points at another organisation's clinic", async () => {
    const deps = await testDeps();
    const mine = await createOrganisation(deps);
    const theirs = await createOrganisation(deps);
    const insert = deps.db
      .insertInto("clinic_closures")
      .values({
        id: deps.newId(),
        organisation_id: mine.organisationId,
        clinic_id: theirs.clinicId,
        starts_on: "2026-12-01",
        ends_on: "2026-12-01",
        reason: "",
      })
      .execute();
    await expect(insert).rejects.toThrow(/foreign key/);
  });

  it("refuses a login session for a user who is not a member", async () => {
    const deps = await testDeps();
    const mine = await createOrganisation(deps);
    const theirs = await createOrganisation(deps);
    const now = new Date();
    const insert = deps.db
      .insertInto("login_sessions")
      .values({
        id: deps.newId(),
        token_hash: deps.newToken(),
        csrf_token: "x",
        organisation_id: mine.organisationId,
        user_id: theirs.ownerId,
        created_at: now,
        expires_at: now,
      })
      .execute();
    await expect(insert).rejects.toThrow(/foreign key/);
  });
});
