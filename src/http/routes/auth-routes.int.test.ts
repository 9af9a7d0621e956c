import { beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, TEST_PASSWORD } from "../../../test/support/factories.ts";
import { loginAs, startTestServer, type TestServer } from "../../../test/support/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

const attempt = (email: string, password: string, ip: string) =>
  server.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password },
    remoteAddress: ip,
  });

describe("login", () => {
  it("sets an HttpOnly SameSite session cookie and returns the user", async () => {
    const org = await createOrganisation(server.deps);
    const response = await attempt(org.ownerEmail.toUpperCase(), TEST_PASSWORD, "10.1.0.1");
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers["set-cookie"]);
    expect(cookie).toMatch(/^cryodesk_session=[\w-]{40,};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(response.json()).toMatchObject({
      user: { email: org.ownerEmail },
      roles: ["owner"],
      organisation: { id: org.organisationId },
    });
  });

  it("gives the same answer for an unknown e-mail and a wrong password", async () => {
    const org = await createOrganisation(server.deps);
    const wrongPassword = await attempt(org.ownerEmail, "not the password", "10.1.0.2");
    const unknownEmail = await attempt("nobody@nowhere.test", "not the password", "10.1.0.2");
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
    expect(wrongPassword.json().code).toBe("invalid-credentials");
  });

  it("throttles an account after five failures from one address, then recovers after the window", async () => {
    const org = await createOrganisation(server.deps);
    for (let i = 0; i < 5; i++)
      expect((await attempt(org.ownerEmail, "wrong", "10.1.0.3")).statusCode).toBe(401);
    const blocked = await attempt(org.ownerEmail, TEST_PASSWORD, "10.1.0.3");
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe("too-many-login-attempts");
    expect(blocked.headers["retry-after"]).toBe("900");
    // Another address is not blocked by this one's failures.
    expect((await attempt(org.ownerEmail, TEST_PASSWORD, "10.1.0.4")).statusCode).toBe(200);
    const before = server.clock.now;
    server.clock.now = new Date(before.getTime() + 16 * 60 * 1000);
    try {
      expect((await attempt(org.ownerEmail, TEST_PASSWORD, "10.1.0.3")).statusCode).toBe(200);
    } finally {
      server.clock.now = before;
    }
  });

  it("validates the login body", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: 5 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(["email", "password"]);
  });
});

describe("sessions", () => {
  it("reports the current user with a CSRF token, and ends at logout", async () => {
    const org = await createOrganisation(server.deps);
    const session = await loginAs(server, org.ownerEmail, undefined, "10.1.1.1");
    const me = await session.request({ method: "GET", url: "/api/v1/me" });
    expect(me.json()).toMatchObject({ user: { email: org.ownerEmail }, csrfToken: session.csrfToken });
    const logout = await session.request({ method: "POST", url: "/api/v1/auth/logout" });
    expect(logout.statusCode).toBe(204);
    expect(String(logout.headers["set-cookie"])).toContain("cryodesk_session=;");
    expect((await session.request({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
  });

  it("expires after twelve hours", async () => {
    const org = await createOrganisation(server.deps);
    const session = await loginAs(server, org.ownerEmail, undefined, "10.1.1.2");
    const before = server.clock.now;
    server.clock.now = new Date(before.getTime() + 12 * 60 * 60 * 1000 + 1000);
    try {
      expect((await session.request({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    } finally {
      server.clock.now = before;
    }
  });
});
