import { beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  createOrganisation,
  TEST_OPENING_HOURS,
  type TestOrganisation,
} from "../../../test/support/factories.ts";
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

const auditOf = async (session: Session, userId: string) =>
  (await session.request({ method: "GET", url: `/api/v1/audit?entityType=user&entityId=${userId}` })).json()
    .items as { action: string; details: Record<string, unknown> }[];

const hours = { ...TEST_OPENING_HOURS, sat: [{ open: "10:00", close: "14:00" }] };

describe("working hours", () => {
  it("lists every active practitioner, and sets one's weekly hours at the clinic", async () => {
    const { org, owner } = await ownerOf("10.23.0.1");
    const practitioner = await addMember(server.deps, org.organisationId, ["practitioner"], ["nurse"]);
    await addMember(server.deps, org.organisationId, ["receptionist"]);
    const url = `/api/v1/clinics/${org.clinicId}/working-hours`;
    const before = (await owner.request({ method: "GET", url })).json().items;
    expect(before).toEqual([
      {
        userId: practitioner.userId,
        name: expect.any(String),
        qualifications: ["nurse"],
        hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
        hoursSet: false,
      },
    ]);
    const set = await owner.request({
      method: "PUT",
      url: `${url}/${practitioner.userId}`,
      payload: { hours },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ userId: practitioner.userId, hours, hoursSet: true });
    expect((await owner.request({ method: "GET", url })).json().items[0]).toMatchObject({
      hours,
      hoursSet: true,
    });
    const [entry] = await auditOf(owner, practitioner.userId);
    expect(entry).toMatchObject({ action: "working-hours.set", details: { clinicId: org.clinicId, hours } });
  });

  it("are only for practitioners, in the opening-hours shape", async () => {
    const { org, owner } = await ownerOf("10.23.0.2");
    const receptionist = await addMember(server.deps, org.organisationId, ["receptionist"]);
    const practitioner = await addMember(
      server.deps,
      org.organisationId,
      ["practitioner"],
      ["cosmetologist"],
    );
    const url = `/api/v1/clinics/${org.clinicId}/working-hours`;
    const notPractitioner = await owner.request({
      method: "PUT",
      url: `${url}/${receptionist.userId}`,
      payload: { hours },
    });
    expect(notPractitioner.statusCode).toBe(422);
    expect(notPractitioner.json().code).toBe("not-a-practitioner");
    const bad = await owner.request({
      method: "PUT",
      url: `${url}/${practitioner.userId}`,
      payload: {
        hours: { ...hours, mon: [{ open: "18:00", close: "09:00" }], tue: [{ open: "9am", close: "17:00" }] },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual([
      "hours.mon.0.close",
      "hours.tue.0.open",
    ]);
  });

  it("are set by owners and admins only, and another organisation's members are 404", async () => {
    const { org } = await ownerOf("10.23.0.3");
    const practitioner = await addMember(
      server.deps,
      org.organisationId,
      ["practitioner"],
      ["cosmetologist"],
    );
    const receptionist = await loginAs(
      server,
      (await addMember(server.deps, org.organisationId, ["receptionist"])).email,
      undefined,
      "10.23.0.3",
    );
    const url = `/api/v1/clinics/${org.clinicId}/working-hours/${practitioner.userId}`;
    expect((await receptionist.request({ method: "PUT", url, payload: { hours } })).statusCode).toBe(403);
    const other = await ownerOf("10.23.0.4");
    const foreign = await other.owner.request({
      method: "PUT",
      url: `/api/v1/clinics/${other.org.clinicId}/working-hours/${practitioner.userId}`,
      payload: { hours },
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe("staff-member-not-found");
    const foreignClinic = await other.owner.request({
      method: "GET",
      url: `/api/v1/clinics/${org.clinicId}/working-hours`,
    });
    expect(foreignClinic.statusCode).toBe(404);
  });
});

describe("time off", () => {
  it("is added by the front desk, listed by start in UTC and removed", async () => {
    const { org, owner } = await ownerOf("10.23.1.1");
    const practitioner = await addMember(server.deps, org.organisationId, ["practitioner"], ["nurse"]);
    const receptionist = await loginAs(
      server,
      (await addMember(server.deps, org.organisationId, ["receptionist"])).email,
      undefined,
      "10.23.1.1",
    );
    const url = `/api/v1/staff/${practitioner.userId}/time-off`;
    const later = await receptionist.request({
      method: "POST",
      url,
      payload: { start: "2026-12-28T00:00:00+03:00", end: "2027-01-09T00:00:00+03:00", reason: "Holiday" },
    });
    expect(later.statusCode).toBe(201);
    expect(later.json()).toMatchObject({
      userId: practitioner.userId,
      start: "2026-12-27T21:00:00+00:00",
      end: "2027-01-08T21:00:00+00:00",
      reason: "Holiday",
    });
    const sooner = (
      await receptionist.request({
        method: "POST",
        url,
        payload: { start: "2026-12-01T09:00:00+03:00", end: "2026-12-01T13:00:00+03:00" },
      })
    ).json();
    const list = (await owner.request({ method: "GET", url })).json().items;
    expect(list.map((t: { id: string }) => t.id)).toEqual([sooner.id, later.json().id]);

    const removed = await receptionist.request({ method: "DELETE", url: `${url}/${sooner.id}` });
    expect(removed.statusCode).toBe(204);
    expect((await owner.request({ method: "GET", url })).json().items).toHaveLength(1);
    expect((await receptionist.request({ method: "DELETE", url: `${url}/${sooner.id}` })).statusCode).toBe(
      404,
    );
    expect((await auditOf(owner, practitioner.userId)).map((e) => e.action)).toEqual([
      "time-off.remove",
      "time-off.add",
      "time-off.add",
    ]);
  });

  it("names bad instants and refuses practitioners managing the schedule", async () => {
    const { org, owner } = await ownerOf("10.23.1.2");
    const member = await addMember(server.deps, org.organisationId, ["practitioner"], ["nurse"]);
    const url = `/api/v1/staff/${member.userId}/time-off`;
    const bad = await owner.request({
      method: "POST",
      url,
      payload: { start: "2026-12-01T13:00:00+03:00", end: "2026-12-01T09:00:00+03:00" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toMatchObject([{ field: "end", code: "end-before-start" }]);
    const local = await owner.request({
      method: "POST",
      url,
      payload: { start: "2026-12-01", end: "2026-12-02" },
    });
    expect(local.json().errors.map((e: { field: string }) => e.field)).toEqual(["start", "end"]);
    const practitioner = await loginAs(server, member.email, undefined, "10.23.1.2");
    const own = await practitioner.request({
      method: "POST",
      url,
      payload: { start: "2026-12-01T09:00:00+03:00", end: "2026-12-01T13:00:00+03:00" },
    });
    expect(own.statusCode).toBe(403);
    expect((await practitioner.request({ method: "GET", url })).statusCode).toBe(200);
  });

  it("of another organisation's member is 404", async () => {
    const { org, owner } = await ownerOf("10.23.1.3");
    const member = await addMember(server.deps, org.organisationId, ["practitioner"], ["nurse"]);
    const url = `/api/v1/staff/${member.userId}/time-off`;
    const timeOff = (
      await owner.request({
        method: "POST",
        url,
        payload: { start: "2026-12-01T09:00:00+03:00", end: "2026-12-01T13:00:00+03:00" },
      })
    ).json();
    const { owner: stranger } = await ownerOf("10.23.1.4");
    expect((await stranger.request({ method: "GET", url })).statusCode).toBe(404);
    expect((await stranger.request({ method: "DELETE", url: `${url}/${timeOff.id}` })).statusCode).toBe(404);
    expect((await owner.request({ method: "GET", url })).json().items).toHaveLength(1);
  });
});
