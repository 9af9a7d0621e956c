import { beforeAll, describe, expect, it } from "vitest";
import { addMember, createOrganisation, type TestOrganisation } from "../../../test/support/factories.ts";
import {
  loginAs,
  type Session,
  startTestServer,
  type TestServer,
} from "../../../test/support/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

async function ownerOf(ip: string): Promise<{ org: TestOrganisation; owner: Session }> {
  const org = await createOrganisation(server.deps);
  return { org, owner: await loginAs(server, org.ownerEmail, undefined, ip) };
}

const auditOf = async (session: Session, entityId: string) =>
  (
    await session.request({ method: "GET", url: `/api/v1/audit?entityType=resource&entityId=${entityId}` })
  ).json().items as { action: string; details: Record<string, unknown> }[];

describe("resources", () => {
  it("adds rooms and devices, renames and deactivates them, and keeps the inactive ones listed", async () => {
    const { org, owner } = await ownerOf("10.21.0.1");
    const url = `/api/v1/clinics/${org.clinicId}/resources`;
    const device = await owner.request({
      method: "POST",
      url,
      payload: { name: "Cryotone", kind: "device", deviceKind: "cryotone" },
    });
    expect(device.statusCode).toBe(201);
    expect(device.json()).toMatchObject({
      kind: "device",
      deviceKind: "cryotone",
      type: "device:cryotone",
      active: true,
    });
    const room = (
      await owner.request({ method: "POST", url, payload: { name: "Room 1", kind: "room" } })
    ).json();
    expect(room).toMatchObject({ type: "room", deviceKind: null });

    const renamed = await owner.request({
      method: "PATCH",
      url: `${url}/${device.json().id}`,
      payload: { name: "Cryotone 2", active: false },
    });
    expect(renamed.json()).toMatchObject({ name: "Cryotone 2", active: false, type: "device:cryotone" });

    const list = (await owner.request({ method: "GET", url })).json().items;
    expect(list.map((r: { name: string; active: boolean }) => [r.name, r.active])).toEqual([
      ["Cryotone 2", false],
      ["Room 1", true],
    ]);
    expect((await auditOf(owner, device.json().id)).map((e) => e.action)).toEqual([
      "resource.deactivate",
      "resource.create",
    ]);
  });

  it("names the failing fields of a new resource", async () => {
    const { org, owner } = await ownerOf("10.21.0.2");
    const url = `/api/v1/clinics/${org.clinicId}/resources`;
    const noKind = await owner.request({
      method: "POST",
      url,
      payload: { name: "Apparatus", kind: "device" },
    });
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().errors).toEqual([
      {
        field: "deviceKind",
        message: "Name the kind of device, e.g. cryolipolysis-apparatus.",
        code: "required",
      },
    ]);
    const badKind = await owner.request({ method: "POST", url, payload: { name: "", kind: "garage" } });
    expect(badKind.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ["name", "required"],
      ["kind", "invalid-choice"],
    ]);
  });

  it("lets the front desk read resources but not change them", async () => {
    const { org } = await ownerOf("10.21.0.3");
    const member = await addMember(server.deps, org.organisationId, ["receptionist"]);
    const receptionist = await loginAs(server, member.email, undefined, "10.21.0.3");
    const url = `/api/v1/clinics/${org.clinicId}/resources`;
    expect((await receptionist.request({ method: "GET", url })).statusCode).toBe(200);
    const denied = await receptionist.request({
      method: "POST",
      url,
      payload: { name: "Mine", kind: "room" },
    });
    expect(denied.statusCode).toBe(403);
  });

  it("hides another organisation's clinic and resources behind 404", async () => {
    const { org, owner } = await ownerOf("10.21.0.4");
    const room = (
      await owner.request({
        method: "POST",
        url: `/api/v1/clinics/${org.clinicId}/resources`,
        payload: { name: "Room", kind: "room" },
      })
    ).json();
    const other = await ownerOf("10.21.0.5");
    const stranger = other.owner;
    const foreign = `/api/v1/clinics/${org.clinicId}/resources/${room.id}`;
    expect(
      (await stranger.request({ method: "PATCH", url: foreign, payload: { name: "Taken" } })).statusCode,
    ).toBe(404);
    expect(
      (await stranger.request({ method: "GET", url: `/api/v1/clinics/${org.clinicId}/resources` }))
        .statusCode,
    ).toBe(404);
    // Their own clinic in the path does not open someone else's resource either.
    const viaOwnClinic = await stranger.request({
      method: "POST",
      url: `/api/v1/clinics/${other.org.clinicId}/resources/${room.id}/outages`,
      payload: { start: "2026-12-01T09:00:00+03:00", end: "2026-12-01T10:00:00+03:00" },
    });
    expect(viaOwnClinic.statusCode).toBe(404);
    expect(viaOwnClinic.json().code).toBe("resource-not-found");
  });
});

describe("outages", () => {
  async function roomOf(owner: Session, clinicId: string) {
    return (
      await owner.request({
        method: "POST",
        url: `/api/v1/clinics/${clinicId}/resources`,
        payload: { name: "Room", kind: "room" },
      })
    ).json() as { id: string };
  }

  it("records an outage in the clinic's offset and lists it by the clinic's local days", async () => {
    const { org, owner } = await ownerOf("10.21.1.1");
    const room = await roomOf(owner, org.clinicId);
    const created = await owner.request({
      method: "POST",
      url: `/api/v1/clinics/${org.clinicId}/resources/${room.id}/outages`,
      // 01:00 on 2 December in Moscow is still 1 December in UTC.
      payload: { start: "2026-12-01T22:00:00Z", end: "2026-12-02T06:00:00Z", reason: "Compressor service" },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      resourceId: room.id,
      resourceName: "Room",
      start: "2026-12-02T01:00:00+03:00",
      end: "2026-12-02T09:00:00+03:00",
      reason: "Compressor service",
    });
    const list = async (query: string) =>
      (await owner.request({ method: "GET", url: `/api/v1/clinics/${org.clinicId}/outages${query}` })).json()
        .items;
    expect(await list("?from=2026-12-01&to=2026-12-02")).toEqual([]);
    expect((await list("?from=2026-12-02&to=2026-12-03")).map((o: { id: string }) => o.id)).toEqual([
      created.json().id,
    ]);
    expect(await list("")).toHaveLength(1);
  });

  it("keeps the outages of a deactivated resource, and deletes one on request", async () => {
    const { org, owner } = await ownerOf("10.21.1.2");
    const room = await roomOf(owner, org.clinicId);
    const outage = (
      await owner.request({
        method: "POST",
        url: `/api/v1/clinics/${org.clinicId}/resources/${room.id}/outages`,
        payload: { start: "2026-12-01T09:00:00+03:00", end: "2026-12-01T12:00:00+03:00" },
      })
    ).json();
    await owner.request({
      method: "PATCH",
      url: `/api/v1/clinics/${org.clinicId}/resources/${room.id}`,
      payload: { active: false },
    });
    const url = `/api/v1/clinics/${org.clinicId}/outages`;
    expect((await owner.request({ method: "GET", url })).json().items).toHaveLength(1);
    const removed = await owner.request({ method: "DELETE", url: `${url}/${outage.id}` });
    expect(removed.statusCode).toBe(204);
    expect((await owner.request({ method: "GET", url })).json().items).toEqual([]);
    expect((await owner.request({ method: "DELETE", url: `${url}/${outage.id}` })).statusCode).toBe(404);
    const audit = await auditOf(owner, room.id);
    expect(audit.map((e) => e.action)).toEqual([
      "resource.outage.remove",
      "resource.deactivate",
      "resource.outage.add",
      "resource.create",
    ]);
    expect(audit[0]?.details).toMatchObject({ outageId: outage.id, start: "2026-12-01T09:00:00+03:00" });
  });

  it("refuses times without an offset, reversed ranges and ranges over 366 days", async () => {
    const { org, owner } = await ownerOf("10.21.1.3");
    const room = await roomOf(owner, org.clinicId);
    const post = (payload: Record<string, string>) =>
      owner.request({
        method: "POST",
        url: `/api/v1/clinics/${org.clinicId}/resources/${room.id}/outages`,
        payload,
      });
    const codes = async (payload: Record<string, string>) => {
      const response = await post(payload);
      expect(response.statusCode).toBe(400);
      return response.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]);
    };
    expect(await codes({ start: "2026-12-01T09:00:00", end: "2026-12-01T10:00:00+03:00" })).toEqual([
      ["start", "invalid-format"],
    ]);
    expect(await codes({ start: "2026-12-01T10:00:00+03:00", end: "2026-12-01T09:00:00+03:00" })).toEqual([
      ["end", "end-before-start"],
    ]);
    expect(await codes({ start: "2026-01-01T00:00:00Z", end: "2027-06-01T00:00:00Z" })).toEqual([
      ["end", "too-long"],
    ]);
    expect(
      await codes({ start: "2026-01-01T00:00:00Z", end: "2026-01-02T00:00:00Z", reason: "x".repeat(301) }),
    ).toEqual([["reason", "too-big"]]);
  });
});
