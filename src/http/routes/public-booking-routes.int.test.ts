import { beforeAll, describe, expect, it } from "vitest";
import { createBookingSetup } from "../../../test/support/booking-fixtures.ts";
import { createOrganisation } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";

// A visitor books one session without logging in. The clock stands at Friday
// 2026-11-20 12:00 in Moscow.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

async function onlineClinic() {
  const org = await createOrganisation(server.deps);
  const setup = await createBookingSetup(server.deps, org, { clients: 0 });
  return { org, setup };
}

const visitor = {
  firstName: "Анна",
  lastName: "Петрова",
  phone: "+7 (916) 123-45-67",
  email: "anna@example.ru",
  language: "ru",
};

const bookPublic = (clinicId: string, payload: Record<string, unknown>) =>
  server.app.inject({ method: "POST", url: `/api/v1/public/clinics/${clinicId}/appointments`, payload });

async function countOf(table: "clients" | "appointments" | "screenings", organisationId: string) {
  const row = await server.deps.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("organisation_id", "=", organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("public self-booking", () => {
  it("shows the clinic's online offerings and free times, never who works when", async () => {
    const { org, setup } = await onlineClinic();
    const clinic = await server.app.inject({ method: "GET", url: `/api/v1/public/clinics/${org.clinicId}` });
    expect(clinic.statusCode).toBe(200);
    expect(clinic.json()).toMatchObject({
      timeZone: "Europe/Moscow",
      offerings: [{ id: setup.offeringId, durationMinutes: 30, priceMinor: 250000, currency: "RUB" }],
    });
    const free = await server.app.inject({
      method: "GET",
      url: `/api/v1/public/clinics/${org.clinicId}/availability?offering=${setup.offeringId}&from=2026-11-23&to=2026-11-24`,
    });
    expect(free.json().slots[0]).toEqual({
      start: "2026-11-23T09:00:00+03:00",
      end: "2026-11-23T09:30:00+03:00",
    });
    const tooLong = await server.app.inject({
      method: "GET",
      url: `/api/v1/public/clinics/${org.clinicId}/availability?offering=${setup.offeringId}&from=2026-11-23&to=2027-02-01`,
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0]).toMatchObject({ field: "to", code: "too-big" });
  });

  it("books a visitor: a client with an intake screening and an online appointment; a second booking gets its own record", async () => {
    const { org, setup } = await onlineClinic();
    const booked = await bookPublic(org.clinicId, {
      offeringId: setup.offeringId,
      start: "2026-11-23T10:00:00+03:00",
      client: visitor,
      screening: { conditions: [] },
      consentDataProcessing: true,
    });
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({
      start: "2026-11-23T10:00:00+03:00",
      offering: { name: "Ice cryomassage" },
      clinic: { address: "Test street 1", timeZone: "Europe/Moscow" },
    });
    const stored = await server.deps.db
      .selectFrom("appointments")
      .select(["source", "client_id"])
      .where("id", "=", booked.json().appointmentId)
      .executeTakeFirstOrThrow();
    expect(stored.source).toBe("online");
    expect(await countOf("screenings", org.organisationId)).toBe(1);

    const again = await bookPublic(org.clinicId, {
      offeringId: setup.offeringId,
      start: "2026-11-24T10:00:00+03:00",
      client: { ...visitor, phone: "+79161234567" },
      screening: { conditions: [] },
      consentDataProcessing: true,
    });
    expect(again.statusCode).toBe(201);
    // Never matched to an existing record: knowing someone's name and phone must not open it.
    expect(await countOf("clients", org.organisationId)).toBe(2);
  });

  it("refuses a visitor whose answers contraindicate the procedure, and stores nothing about them", async () => {
    const { org, setup } = await onlineClinic();
    const refused = await bookPublic(org.clinicId, {
      offeringId: setup.offeringId,
      start: "2026-11-23T10:00:00+03:00",
      client: visitor,
      screening: { conditions: [{ icd10: "I21" }] },
      consentDataProcessing: true,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe("contraindicated");
    expect(await countOf("clients", org.organisationId)).toBe(0);
    expect(await countOf("appointments", org.organisationId)).toBe(0);
  });

  it("stores nothing for a time that cannot be booked, and replays a retried request", async () => {
    const { org, setup } = await onlineClinic();
    const payload = {
      offeringId: setup.offeringId,
      client: visitor,
      screening: { conditions: [] },
      consentDataProcessing: true,
    };
    const night = await bookPublic(org.clinicId, { ...payload, start: "2026-11-23T03:00:00+03:00" });
    expect(night.json()).toMatchObject({ code: "slot-unavailable", reason: "outside-opening-hours" });
    expect(await countOf("clients", org.organisationId)).toBe(0);
    expect(await countOf("screenings", org.organisationId)).toBe(0);

    const retry = () =>
      server.app.inject({
        method: "POST",
        url: `/api/v1/public/clinics/${org.clinicId}/appointments`,
        payload: { ...payload, start: "2026-11-23T10:00:00+03:00" },
        headers: { "idempotency-key": "visitor-retry-1" },
      });
    const first = await retry();
    const second = await retry();
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().appointmentId).toBe(first.json().appointmentId);
    expect(await countOf("appointments", org.organisationId)).toBe(1);
  });

  it("tells a visitor a taken time is gone and offers the next ones", async () => {
    const { org, setup } = await onlineClinic();
    const payload = {
      offeringId: setup.offeringId,
      start: "2026-11-23T10:00:00+03:00",
      screening: { conditions: [] },
      consentDataProcessing: true,
    };
    expect((await bookPublic(org.clinicId, { ...payload, client: visitor })).statusCode).toBe(201);
    const late = await bookPublic(org.clinicId, {
      ...payload,
      client: { ...visitor, firstName: "Ольга", phone: "+7 916 000-00-01" },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe("slot-taken");
    // Visitors see times only, never who works when.
    expect(late.json().alternatives[0]).toEqual({
      start: "2026-11-23T10:30:00+03:00",
      end: "2026-11-23T11:00:00+03:00",
    });
  });

  it("names every missing field, requires consent, and answers 404 for unknown clinics and staff-only offerings", async () => {
    const { org, setup } = await onlineClinic();
    const empty = await bookPublic(org.clinicId, { offeringId: setup.offeringId, start: "tomorrow" });
    expect(empty.statusCode).toBe(400);
    expect(
      empty
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["client", "consentDataProcessing", "screening", "start"]);
    const unknown = await bookPublic(crypto.randomUUID(), {});
    expect(unknown.statusCode).toBe(404);
    await server.deps.db
      .updateTable("offerings")
      .set({ bookable_online: false })
      .where("id", "=", setup.offeringId)
      .execute();
    const staffOnly = await server.app.inject({
      method: "GET",
      url: `/api/v1/public/clinics/${org.clinicId}/availability?offering=${setup.offeringId}`,
    });
    expect(staffOnly.statusCode).toBe(404);
  });
});
