import { beforeAll, describe, expect, it } from "vitest";
import { addMember, createOrganisation, TEST_OPENING_HOURS } from "../../../test/support/factories.ts";
import { loginAs, startTestServer, type TestServer } from "../../../test/support/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

describe("clinic settings", () => {
  it("updates details and opening hours, and records who changed what", async () => {
    const org = await createOrganisation(server.deps);
    const owner = await loginAs(server, org.ownerEmail, undefined, "10.3.0.1");
    const hours = {
      ...TEST_OPENING_HOURS,
      sat: [
        { open: "10:00", close: "14:00" },
        { open: "15:00", close: "18:00" },
      ],
    };
    const response = await owner.request({
      method: "PATCH",
      url: `/api/v1/clinics/${org.clinicId}`,
      payload: { name: "Криоцентр", timeZone: "Europe/Berlin", currency: "EUR", openingHours: hours },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: "Криоцентр",
      timeZone: "Europe/Berlin",
      currency: "EUR",
      openingHours: hours,
    });
    const audit = (
      await owner.request({ method: "GET", url: `/api/v1/audit?entityType=clinic&entityId=${org.clinicId}` })
    ).json();
    expect(audit.items[0]).toMatchObject({ action: "clinic.update", actor: org.ownerEmail, ip: "10.3.0.1" });
  });

  it("names the failing fields of bad opening hours, zone and currency", async () => {
    const org = await createOrganisation(server.deps);
    const owner = await loginAs(server, org.ownerEmail, undefined, "10.3.0.2");
    const response = await owner.request({
      method: "PATCH",
      url: `/api/v1/clinics/${org.clinicId}`,
      payload: {
        timeZone: "Mars/Olympus",
        currency: "RUR",
        openingHours: {
          ...TEST_OPENING_HOURS,
          mon: [{ open: "18:00", close: "09:00" }],
          tue: [{ open: "9am", close: "17:00" }],
        },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["currency", "openingHours.mon.0.close", "openingHours.tue.0.open", "timeZone"]);
  });

  it("adds and removes closures; the last day cannot precede the first", async () => {
    const org = await createOrganisation(server.deps);
    const owner = await loginAs(server, org.ownerEmail, undefined, "10.3.0.3");
    const url = `/api/v1/clinics/${org.clinicId}/closures`;
    const bad = await owner.request({
      method: "POST",
      url,
      payload: { startsOn: "2026-12-31", endsOn: "2026-12-30" },
    });
    expect(bad.json().errors).toEqual([
      { field: "endsOn", message: "The last day cannot come before the first.", code: "invalid" },
    ]);
    const added = await owner.request({
      method: "POST",
      url,
      payload: { startsOn: "2026-12-31", endsOn: "2027-01-08", reason: "New Year" },
    });
    expect(added.statusCode).toBe(201);
    const closure = added.json().closures[0];
    expect(closure).toMatchObject({ startsOn: "2026-12-31", endsOn: "2027-01-08", reason: "New Year" });
    const removed = await owner.request({ method: "DELETE", url: `${url}/${closure.id}` });
    expect(removed.json().closures).toEqual([]);
    expect((await owner.request({ method: "DELETE", url: `${url}/${closure.id}` })).statusCode).toBe(404);
  });

  it("is readable but not editable by a receptionist", async () => {
    const org = await createOrganisation(server.deps);
    const receptionist = await loginAs(
      server,
      (await addMember(server.deps, org.organisationId, ["receptionist"])).email,
      undefined,
      "10.3.0.4",
    );
    expect(
      (await receptionist.request({ method: "GET", url: `/api/v1/clinics/${org.clinicId}` })).statusCode,
    ).toBe(200);
    const denied = await receptionist.request({
      method: "PATCH",
      url: `/api/v1/clinics/${org.clinicId}`,
      payload: { name: "Mine" },
    });
    expect(denied.statusCode).toBe(403);
    expect((await receptionist.request({ method: "GET", url: "/api/v1/audit" })).statusCode).toBe(403);
  });
});
