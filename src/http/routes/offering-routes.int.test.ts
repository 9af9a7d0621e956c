import { beforeAll, describe, expect, it } from "vitest";
import { addMember, createOrganisation, type TestOrganisation } from "../../../test/support/factories.ts";
import {
  loginAs,
  type Session,
  startTestServer,
  type TestServer,
} from "../../../test/support/test-server.ts";
import { articlePriceMedian } from "../../domain/booking/offering-defaults.ts";
import { DEMO_LOGIN, DEMO_PASSWORD } from "../../seed/demo-data.ts";
import { seedDemo } from "../../seed/seed-demo.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

async function ownerOf(ip: string): Promise<{ org: TestOrganisation; owner: Session }> {
  const org = await createOrganisation(server.deps);
  return { org, owner: await loginAs(server, org.ownerEmail, undefined, ip) };
}

const cryolipolysis = {
  procedureId: "cryolipolysis",
  durationMinutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  resourceTypes: ["room", "device:cryolipolysis-apparatus"],
  priceMinor: 1_200_000,
};

describe("offering defaults", () => {
  it("suggests the catalog's values with the clinic's currency", async () => {
    const { org, owner } = await ownerOf("10.22.0.1");
    const response = await owner.request({
      method: "GET",
      url: `/api/v1/clinics/${org.clinicId}/offerings/defaults?procedure=nitrogen-cryomassage`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      procedureId: "nitrogen-cryomassage",
      names: { ru: "Криомассаж жидким азотом (криолифтинг)" },
      durationMinutes: 20,
      durationBasis: "catalog",
      resourceTypes: ["room"],
      qualifications: ["cosmetologist"],
      priceMinor: articlePriceMedian("nitrogen-cryomassage", "RUB"),
      currency: "RUB",
    });
  });

  it("asks for a catalog procedure", async () => {
    const { org, owner } = await ownerOf("10.22.0.2");
    const url = `/api/v1/clinics/${org.clinicId}/offerings/defaults`;
    const missing = await owner.request({ method: "GET", url });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toMatchObject([{ field: "procedure", code: "required" }]);
    const unknown = await owner.request({ method: "GET", url: `${url}?procedure=cryo-yoga` });
    expect(unknown.json().errors).toMatchObject([{ field: "procedure", code: "unknown-procedure" }]);
  });
});

describe("offerings", () => {
  it("sells a procedure in the clinic's currency, named and staffed from the catalog unless told", async () => {
    const { org, owner } = await ownerOf("10.22.1.1");
    const url = `/api/v1/clinics/${org.clinicId}/offerings`;
    const created = await owner.request({ method: "POST", url, payload: cryolipolysis });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      ...cryolipolysis,
      clinicId: org.clinicId,
      name: "Криолиполиз",
      qualifications: ["cosmetologist"],
      currency: "RUB",
      bookableOnline: true,
      active: true,
    });
    const named = (
      await owner.request({
        method: "POST",
        url,
        payload: { ...cryolipolysis, name: "Body contouring", qualifications: ["cosmetologist", "nurse"] },
      })
    ).json();
    expect(named).toMatchObject({ name: "Body contouring", qualifications: ["cosmetologist", "nurse"] });

    const changed = await owner.request({
      method: "PATCH",
      url: `${url}/${created.json().id}`,
      payload: { priceMinor: 1_500_000, bufferAfterMinutes: 15, active: false },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ priceMinor: 1_500_000, bufferAfterMinutes: 15, active: false });

    const list = (await owner.request({ method: "GET", url })).json().items;
    expect(list.map((o: { name: string; active: boolean }) => [o.name, o.active])).toEqual([
      ["Body contouring", true],
      ["Криолиполиз", false],
    ]);
    const audit = (
      await owner.request({
        method: "GET",
        url: `/api/v1/audit?entityType=offering&entityId=${created.json().id}`,
      })
    ).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      "offering.deactivate",
      "offering.create",
    ]);
    expect(audit[0].details.changes).toEqual({
      priceMinor: 1_500_000,
      bufferAfterMinutes: 15,
      active: false,
    });
  });

  it("refuses a procedure the catalog does not know with 422 on procedureId", async () => {
    const { org, owner } = await ownerOf("10.22.1.2");
    const url = `/api/v1/clinics/${org.clinicId}/offerings`;
    const created = await owner.request({
      method: "POST",
      url,
      payload: { ...cryolipolysis, procedureId: "cryo-yoga" },
    });
    expect(created.statusCode).toBe(422);
    expect(created.json()).toMatchObject({
      code: "unknown-procedure",
      errors: [{ field: "procedureId", code: "unknown-procedure" }],
    });
    const offering = (await owner.request({ method: "POST", url, payload: cryolipolysis })).json();
    const patched = await owner.request({
      method: "PATCH",
      url: `${url}/${offering.id}`,
      payload: { procedureId: "cryo-yoga" },
    });
    expect(patched.statusCode).toBe(422);
    expect((await owner.request({ method: "GET", url })).json().items[0].procedureId).toBe("cryolipolysis");
  });

  it("names unknown resource types and qualifications and bad numbers", async () => {
    const { org, owner } = await ownerOf("10.22.1.3");
    const response = await owner.request({
      method: "POST",
      url: `/api/v1/clinics/${org.clinicId}/offerings`,
      payload: {
        ...cryolipolysis,
        resourceTypes: ["room", "device"],
        qualifications: ["surgeon"],
        priceMinor: 99.5,
        bufferAfterMinutes: 121,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ["bufferAfterMinutes", "too-big"],
      ["resourceTypes.1", "unknown-resource-type"],
      ["qualifications.0", "invalid-choice"],
      ["priceMinor", "invalid-type"],
    ]);
  });

  it("creates once per Idempotency-Key", async () => {
    const { org, owner } = await ownerOf("10.22.1.4");
    const url = `/api/v1/clinics/${org.clinicId}/offerings`;
    const send = () =>
      owner.request({
        method: "POST",
        url,
        payload: cryolipolysis,
        headers: { "idempotency-key": "offer-1" },
      });
    const first = await send();
    const again = await send();
    expect(again.json().id).toBe(first.json().id);
    expect((await owner.request({ method: "GET", url })).json().items).toHaveLength(1);
  });

  it("is read by all staff and set up only by owners and admins", async () => {
    const { org, owner } = await ownerOf("10.22.1.5");
    const url = `/api/v1/clinics/${org.clinicId}/offerings`;
    const offering = (await owner.request({ method: "POST", url, payload: cryolipolysis })).json();
    const receptionist = await loginAs(
      server,
      (await addMember(server.deps, org.organisationId, ["receptionist"])).email,
      undefined,
      "10.22.1.5",
    );
    expect((await receptionist.request({ method: "GET", url })).json().items).toHaveLength(1);
    expect((await receptionist.request({ method: "POST", url, payload: cryolipolysis })).statusCode).toBe(
      403,
    );
    const practitioner = await loginAs(
      server,
      (await addMember(server.deps, org.organisationId, ["practitioner"], ["cosmetologist"])).email,
      undefined,
      "10.22.1.5",
    );
    const patch = await practitioner.request({
      method: "PATCH",
      url: `${url}/${offering.id}`,
      payload: { priceMinor: 1 },
    });
    expect(patch.statusCode).toBe(403);
    const admin = await loginAs(
      server,
      (await addMember(server.deps, org.organisationId, ["admin"])).email,
      undefined,
      "10.22.1.5",
    );
    expect((await admin.request({ method: "POST", url, payload: cryolipolysis })).statusCode).toBe(201);
  });

  it("hides another organisation's clinic and offerings behind 404", async () => {
    const { org, owner } = await ownerOf("10.22.1.6");
    const offering = (
      await owner.request({
        method: "POST",
        url: `/api/v1/clinics/${org.clinicId}/offerings`,
        payload: cryolipolysis,
      })
    ).json();
    const other = await ownerOf("10.22.1.7");
    const stranger = other.owner;
    expect(
      (await stranger.request({ method: "GET", url: `/api/v1/clinics/${org.clinicId}/offerings` }))
        .statusCode,
    ).toBe(404);
    const viaOwnClinic = await stranger.request({
      method: "PATCH",
      url: `/api/v1/clinics/${other.org.clinicId}/offerings/${offering.id}`,
      payload: { priceMinor: 1 },
    });
    expect(viaOwnClinic.statusCode).toBe(404);
    expect(viaOwnClinic.json().code).toBe("offering-not-found");
  });
});

describe("the demo clinic", () => {
  it("sells what its resources can serve and has every practitioner's hours", async () => {
    await seedDemo(server.deps, server.clock.now);
    const owner = await loginAs(server, DEMO_LOGIN, DEMO_PASSWORD, "10.22.2.1");
    const [clinic] = (await owner.request({ method: "GET", url: "/api/v1/clinics" })).json().items;
    const offerings = (
      await owner.request({ method: "GET", url: `/api/v1/clinics/${clinic.id}/offerings` })
    ).json().items as {
      procedureId: string;
      resourceTypes: string[];
      priceMinor: number;
      currency: string;
    }[];
    expect(offerings.map((o) => o.procedureId).sort()).toEqual([
      "cryodestruction",
      "cryolipolysis",
      "cryosauna",
      "ent-cryotherapy",
      "ice-cryomassage",
      "local-cold-therapy",
      "nitrogen-cryomassage",
    ]);
    const types = new Set(
      (await owner.request({ method: "GET", url: `/api/v1/clinics/${clinic.id}/resources` }))
        .json()
        .items.map((r: { type: string }) => r.type),
    );
    for (const offering of offerings) {
      expect(offering.resourceTypes.every((type) => types.has(type))).toBe(true);
      expect(offering.currency).toBe("RUB");
    }
    expect(offerings.find((o) => o.procedureId === "nitrogen-cryomassage")?.priceMinor).toBe(
      articlePriceMedian("nitrogen-cryomassage", "RUB"),
    );
    const hours = (
      await owner.request({ method: "GET", url: `/api/v1/clinics/${clinic.id}/working-hours` })
    ).json().items as { hoursSet: boolean; hours: { mon: unknown[] } }[];
    expect(hours).toHaveLength(5);
    expect(hours.every((item) => item.hoursSet && item.hours.mon.length > 0)).toBe(true);
  });
});
