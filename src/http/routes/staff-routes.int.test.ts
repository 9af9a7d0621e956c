import { beforeAll, describe, expect, it } from "vitest";
import { addMember, createOrganisation } from "../../../test/support/factories.ts";
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

async function ownerSession(
  ip: string,
): Promise<{ owner: Session; organisationId: string; ownerId: string }> {
  const org = await createOrganisation(server.deps);
  return {
    owner: await loginAs(server, org.ownerEmail, undefined, ip),
    organisationId: org.organisationId,
    ownerId: org.ownerId,
  };
}

describe("staff management", () => {
  it("creates a practitioner who can log in with their qualifications", async () => {
    const { owner } = await ownerSession("10.2.0.1");
    const email = `derm-${Date.now()}@test.cryodesk.dev`;
    const created = await owner.request({
      method: "POST",
      url: "/api/v1/staff",
      payload: {
        name: "Dr Derm",
        email,
        password: "long-enough-password",
        roles: ["practitioner"],
        qualifications: ["dermatologist"],
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email,
      roles: ["practitioner"],
      qualifications: ["dermatologist"],
      active: true,
      invitationPending: false,
    });
    const practitioner = await loginAs(server, email, "long-enough-password", "10.2.0.1");
    const me = (await practitioner.request({ method: "GET", url: "/api/v1/me" })).json();
    expect(me.qualifications).toEqual(["dermatologist"]);
  });

  it("refuses qualifications without the practitioner role, a short password and a taken e-mail", async () => {
    const { owner } = await ownerSession("10.2.0.2");
    const bad = await owner.request({
      method: "POST",
      url: "/api/v1/staff",
      payload: {
        name: "X",
        email: "x@test.cryodesk.dev",
        password: "short",
        roles: ["receptionist"],
        qualifications: ["nurse"],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["password", "qualifications"]);
    const email = `taken-${Date.now()}@test.cryodesk.dev`;
    const payload = { name: "T", email, password: "long-enough-password", roles: ["receptionist"] };
    expect((await owner.request({ method: "POST", url: "/api/v1/staff", payload })).statusCode).toBe(201);
    const again = await owner.request({ method: "POST", url: "/api/v1/staff", payload });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "email-taken", errors: [{ field: "email" }] });
  });

  it("invites a member who sets a password once and then logs in", async () => {
    const { owner } = await ownerSession("10.2.0.3");
    const email = `invitee-${Date.now()}@test.cryodesk.dev`;
    const invited = await owner.request({
      method: "POST",
      url: "/api/v1/staff/invitations",
      payload: { name: "New Nurse", email, roles: ["practitioner"], qualifications: ["nurse"] },
    });
    expect(invited.statusCode).toBe(201);
    const { invitationToken, member } = invited.json();
    expect(member.invitationPending).toBe(true);
    const accept = (password: string) =>
      server.app.inject({
        method: "POST",
        url: "/api/v1/invitations/accept",
        payload: { token: invitationToken, password },
      });
    expect((await accept("short")).json().errors).toEqual([
      { field: "password", message: "At least 10 characters.", code: "too-small" },
    ]);
    expect((await accept("a-new-password")).json()).toEqual({ email });
    expect((await accept("a-new-password")).json().code).toBe("invitation-not-found");
    await loginAs(server, email, "a-new-password", "10.2.0.3");
  });

  it("lets only owners and admins manage staff", async () => {
    const { owner, organisationId } = await ownerSession("10.2.0.4");
    const receptionist = await loginAs(
      server,
      (await addMember(server.deps, organisationId, ["receptionist"])).email,
      undefined,
      "10.2.0.4",
    );
    expect((await receptionist.request({ method: "GET", url: "/api/v1/staff" })).statusCode).toBe(200);
    const denied = await receptionist.request({
      method: "POST",
      url: "/api/v1/staff",
      payload: {
        name: "X",
        email: "y@test.cryodesk.dev",
        password: "long-enough-password",
        roles: ["owner"],
      },
    });
    expect(denied.statusCode).toBe(403);
    const admin = await loginAs(
      server,
      (await addMember(server.deps, organisationId, ["admin"])).email,
      undefined,
      "10.2.0.4",
    );
    const adminMakesOwner = await admin.request({
      method: "POST",
      url: "/api/v1/staff",
      payload: {
        name: "X",
        email: `z-${Date.now()}@test.cryodesk.dev`,
        password: "long-enough-password",
        roles: ["owner"],
      },
    });
    expect(adminMakesOwner.statusCode).toBe(403);
    expect((await owner.request({ method: "GET", url: "/api/v1/staff" })).json().items).toHaveLength(3);
  });

  it("changes roles, and deactivation ends the member's sessions", async () => {
    const { owner, organisationId } = await ownerSession("10.2.0.5");
    const member = await addMember(server.deps, organisationId, ["receptionist"]);
    const memberSession = await loginAs(server, member.email, undefined, "10.2.0.5");
    const changed = await owner.request({
      method: "PATCH",
      url: `/api/v1/staff/${member.userId}`,
      payload: { roles: ["receptionist", "practitioner"], qualifications: ["physiotherapist"] },
    });
    expect(changed.json()).toMatchObject({
      roles: ["receptionist", "practitioner"],
      qualifications: ["physiotherapist"],
    });
    const deactivated = await owner.request({
      method: "POST",
      url: `/api/v1/staff/${member.userId}/deactivate`,
    });
    expect(deactivated.json().active).toBe(false);
    expect((await memberSession.request({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    const relogin = await server.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: member.email, password: "correct horse battery" },
      remoteAddress: "10.2.0.6",
    });
    expect(relogin.statusCode).toBe(401);
  });

  it("keeps at least one active owner", async () => {
    const { owner, ownerId, organisationId } = await ownerSession("10.2.0.7");
    const self = await owner.request({
      method: "PATCH",
      url: `/api/v1/staff/${ownerId}`,
      payload: { roles: ["admin"] },
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().title).toBe("The organisation must keep at least one active owner.");
    const second = await addMember(server.deps, organisationId, ["owner"]);
    const demoted = await owner.request({
      method: "PATCH",
      url: `/api/v1/staff/${second.userId}`,
      payload: { roles: ["admin"] },
    });
    expect(demoted.json().roles).toEqual(["admin"]);
    const deactivateSelf = await owner.request({
      method: "POST",
      url: `/api/v1/staff/${ownerId}/deactivate`,
    });
    expect(deactivateSelf.statusCode).toBe(403);
  });
});
