import { beforeAll, describe, expect, it } from "vitest";
import {
  createBookingSetup,
  newClient,
  overlappingPairs,
  screenedClient,
} from "../../../test/support/booking-fixtures.ts";
import { createOrganisation } from "../../../test/support/factories.ts";
import {
  loginAs,
  type Session,
  startTestServer,
  type TestServer,
} from "../../../test/support/test-server.ts";

// The test clock stands at Friday 2026-11-20 12:00 in Moscow; Monday the 23rd is bookable.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

async function clinicWith(options: Parameters<typeof createBookingSetup>[2] = {}) {
  const org = await createOrganisation(server.deps);
  const setup = await createBookingSetup(server.deps, org, options);
  const owner = await loginAs(server, org.ownerEmail);
  return { org, setup, owner };
}

const book = (session: Session, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  session.request({ method: "POST", url: "/api/v1/appointments", payload, headers });

const starts = async (session: Session, clinicId: string, offeringId: string, day: string) => {
  const next = new Date(`${day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const response = await session.request({
    method: "GET",
    url: `/api/v1/clinics/${clinicId}/availability?offering=${offeringId}&from=${day}&to=${next.toISOString().slice(0, 10)}`,
  });
  expect(response.statusCode).toBe(200);
  return response.json().slots.map((slot: { start: string }) => slot.start) as string[];
};

describe("booking an appointment", () => {
  it("books a free slot, shows it in the calendar, and refuses the same slot to the next client", async () => {
    const { org, setup, owner } = await clinicWith({ clients: 2 });
    const before = await starts(owner, org.clinicId, setup.offeringId, "2026-11-23");
    expect(before).toContain("2026-11-23T10:00:00+03:00");
    expect(before[0]).toBe("2026-11-23T09:00:00+03:00");

    const first = await book(owner, {
      clientId: setup.clientIds[0],
      offeringId: setup.offeringId,
      start: "2026-11-23T10:00:00+03:00",
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      start: "2026-11-23T10:00:00+03:00",
      end: "2026-11-23T10:30:00+03:00",
      status: "booked",
      practitioner: { id: setup.practitioners[0]?.userId },
      resources: [{ id: setup.resourceIds[0], type: "room" }],
      priceMinor: 250000,
    });

    const after = await starts(owner, org.clinicId, setup.offeringId, "2026-11-23");
    expect(after).not.toContain("2026-11-23T10:00:00+03:00");
    expect(after).not.toContain("2026-11-23T10:15:00+03:00");
    expect(after).toContain("2026-11-23T10:30:00+03:00");

    const second = await book(owner, {
      clientId: setup.clientIds[1],
      offeringId: setup.offeringId,
      start: "2026-11-23T10:15:00+03:00",
    });
    expect(second.statusCode).toBe(409);
    expect(second.headers["content-type"]).toContain("application/problem+json");
    expect(second.json().code).toBe("slot-taken");
    expect(second.json().alternatives[0]).toMatchObject({ start: "2026-11-23T10:30:00+03:00" });

    const calendar = await owner.request({
      method: "GET",
      url: `/api/v1/clinics/${org.clinicId}/appointments?from=2026-11-23&to=2026-11-24`,
    });
    expect(calendar.json().items.map((a: { id: string }) => a.id)).toEqual([first.json().id]);
    expect(calendar.json().timeZone).toBe("Europe/Moscow");
  });

  it("never books one client into two appointments at once", async () => {
    const { setup, owner } = await clinicWith({ practitioners: 2, resources: ["room", "room"] });
    const payload = { clientId: setup.clientIds[0], offeringId: setup.offeringId };
    expect((await book(owner, { ...payload, start: "2026-11-23T10:00:00+03:00" })).statusCode).toBe(201);
    const overlapping = await book(owner, { ...payload, start: "2026-11-23T10:15:00+03:00" });
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().code).toBe("client-busy");
  });

  it("creates one appointment for retries with the same Idempotency-Key", async () => {
    const { org, setup, owner } = await clinicWith();
    const payload = {
      clientId: setup.clientIds[0],
      offeringId: setup.offeringId,
      start: "2026-11-23T11:00:00+03:00",
    };
    const first = await book(owner, payload, { "idempotency-key": "booking-1" });
    const retry = await book(owner, payload, { "idempotency-key": "booking-1" });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json().id).toBe(first.json().id);
    const rows = await server.deps.db
      .selectFrom("appointments")
      .select("id")
      .where("organisation_id", "=", org.organisationId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("keeps buffers free: the room is held ten minutes after the session", async () => {
    const { org, setup, owner } = await clinicWith({ bufferAfterMinutes: 10, clients: 2 });
    await book(owner, {
      clientId: setup.clientIds[0],
      offeringId: setup.offeringId,
      start: "2026-11-23T10:00:00+03:00",
    });
    const free = await starts(owner, org.clinicId, setup.offeringId, "2026-11-23");
    expect(free).not.toContain("2026-11-23T10:30:00+03:00");
    expect(free).toContain("2026-11-23T10:45:00+03:00");
    // The 09:15 session would end at 09:45 and its buffer at 09:55: free. 09:30 would run into 10:00.
    expect(free).toContain("2026-11-23T09:15:00+03:00");
    expect(free).not.toContain("2026-11-23T09:30:00+03:00");
  });

  it("explains why a time cannot be booked at all", async () => {
    const { setup, owner } = await clinicWith();
    const at = (start: string) =>
      book(owner, { clientId: setup.clientIds[0], offeringId: setup.offeringId, start });
    const late = await at("2026-11-23T20:45:00+03:00");
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ code: "slot-unavailable", reason: "outside-opening-hours" });
    const past = await at("2026-11-19T10:00:00+03:00");
    expect(past.json()).toMatchObject({ code: "slot-unavailable", reason: "in-the-past" });
    const noOffset = await at("2026-11-23T10:00:00");
    expect(noOffset.statusCode).toBe(400);
    expect(noOffset.json().errors[0].field).toBe("start");
  });

  it("respects screening: none yet, or a contraindication, refuses the booking", async () => {
    const { org, setup, owner } = await clinicWith();
    const unscreened = await newClient(server.deps, org, "Unscreened");
    const noScreening = await book(owner, {
      clientId: unscreened,
      offeringId: setup.offeringId,
      start: "2026-11-23T10:00:00+03:00",
    });
    expect(noScreening.statusCode).toBe(422);
    expect(noScreening.json().code).toBe("screening-required");

    // Acute myocardial infarction contraindicates cold procedures.
    const cardiac = await screenedClient(server.deps, org, "Cardiac", [{ icd10: "I21" }]);
    const refused = await book(owner, {
      clientId: cardiac,
      offeringId: setup.offeringId,
      start: "2026-11-23T10:00:00+03:00",
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe("contraindicated");
    expect(await overlappingPairs(server.deps, org.organisationId)).toBe(0);
  });

  it("hides another organisation's appointments", async () => {
    const { setup, owner } = await clinicWith();
    const created = await book(owner, {
      clientId: setup.clientIds[0],
      offeringId: setup.offeringId,
      start: "2026-11-23T10:00:00+03:00",
    });
    const stranger = await loginAs(server, (await createOrganisation(server.deps)).ownerEmail);
    const url = `/api/v1/appointments/${created.json().id}`;
    expect((await stranger.request({ method: "GET", url })).statusCode).toBe(404);
    const cancel = await stranger.request({ method: "POST", url: `${url}/cancel`, payload: {} });
    expect(cancel.statusCode).toBe(404);
    expect((await owner.request({ method: "GET", url })).json().status).toBe("booked");
  });
});

describe("changing an appointment", () => {
  it("moves to a free slot, bumps its sequence, and keeps the old slot when the new one is taken", async () => {
    const { setup, owner } = await clinicWith({ clients: 2 });
    const first = (
      await book(owner, {
        clientId: setup.clientIds[0],
        offeringId: setup.offeringId,
        start: "2026-11-23T10:00:00+03:00",
      })
    ).json();
    await book(owner, {
      clientId: setup.clientIds[1],
      offeringId: setup.offeringId,
      start: "2026-11-23T12:00:00+03:00",
    });
    const moved = await owner.request({
      method: "POST",
      url: `/api/v1/appointments/${first.id}/move`,
      payload: { start: "2026-11-23T11:00:00+03:00" },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ start: "2026-11-23T11:00:00+03:00", sequence: first.sequence + 1 });

    const onto = await owner.request({
      method: "POST",
      url: `/api/v1/appointments/${first.id}/move`,
      payload: { start: "2026-11-23T11:45:00+03:00" },
    });
    expect(onto.statusCode).toBe(409);
    expect(onto.json().code).toBe("slot-taken");
    expect(onto.json().alternatives.length).toBeGreaterThan(0);
    const still = await owner.request({ method: "GET", url: `/api/v1/appointments/${first.id}` });
    expect(still.json().start).toBe("2026-11-23T11:00:00+03:00");

    // Moving within its own time (10 minutes later) is not a clash with itself.
    const nudge = await owner.request({
      method: "POST",
      url: `/api/v1/appointments/${first.id}/move`,
      payload: { start: "2026-11-23T11:15:00+03:00" },
    });
    expect(nudge.statusCode).toBe(200);
  });

  it("cancels to free the slot, and records every change in the audit log", async () => {
    const { setup, owner } = await clinicWith({ clients: 2 });
    const first = (
      await book(owner, {
        clientId: setup.clientIds[0],
        offeringId: setup.offeringId,
        start: "2026-11-23T10:00:00+03:00",
      })
    ).json();
    const cancelled = await owner.request({
      method: "POST",
      url: `/api/v1/appointments/${first.id}/cancel`,
      payload: { reason: "Client is ill" },
    });
    expect(cancelled.json()).toMatchObject({ status: "cancelled", cancelReason: "Client is ill" });
    const again = await book(owner, {
      clientId: setup.clientIds[1],
      offeringId: setup.offeringId,
      start: "2026-11-23T10:00:00+03:00",
    });
    expect(again.statusCode).toBe(201);
    const moveCancelled = await owner.request({
      method: "POST",
      url: `/api/v1/appointments/${first.id}/move`,
      payload: { start: "2026-11-23T15:00:00+03:00" },
    });
    expect(moveCancelled.statusCode).toBe(409);
    expect(moveCancelled.json().code).toBe("invalid-status");
    const audit = await owner.request({
      method: "GET",
      url: `/api/v1/audit?entityType=appointment&entityId=${first.id}`,
    });
    expect(
      audit
        .json()
        .items.map((entry: { action: string }) => entry.action)
        .sort(),
    ).toEqual(["appointment.book", "appointment.cancel"]);
  });

  it("checks a client in around the session's time, and records a no-show only once it has started", async () => {
    const { org, setup, owner } = await clinicWith({ clients: 2 });
    const one = (
      await book(owner, {
        clientId: setup.clientIds[0],
        offeringId: setup.offeringId,
        start: "2026-11-23T10:00:00+03:00",
      })
    ).json();
    const two = (
      await book(owner, {
        clientId: setup.clientIds[1],
        offeringId: setup.offeringId,
        start: "2026-11-23T11:00:00+03:00",
      })
    ).json();
    let session = owner;
    const act = (id: string, action: string) =>
      session.request({ method: "POST", url: `/api/v1/appointments/${id}/${action}` });
    expect((await act(one.id, "check-in")).json().code).toBe("check-in-too-early");
    server.clock.now = new Date("2026-11-23T07:10:00Z"); // 10:10 in Moscow
    try {
      // Three days later the front desk logs in again.
      session = await loginAs(server, org.ownerEmail);
      expect((await act(one.id, "check-in")).json().status).toBe("checked-in");
      expect((await act(one.id, "no-show")).json().code).toBe("invalid-status");
      expect((await act(two.id, "no-show")).json().code).toBe("no-show-too-early");
      server.clock.now = new Date("2026-11-23T08:05:00Z"); // 11:05
      expect((await act(two.id, "no-show")).json().status).toBe("no-show");
    } finally {
      server.clock.now = new Date("2026-11-20T09:00:00Z");
    }
  });
});

describe("choices the front desk makes", () => {
  it("keeps the chosen room when an appointment moves, also after its offering is withdrawn", async () => {
    const { setup, owner } = await clinicWith({ resources: ["room", "room"] });
    const roomTwo = setup.resourceIds[1] as string;
    const booked = (
      await book(owner, {
        clientId: setup.clientIds[0],
        offeringId: setup.offeringId,
        start: "2026-11-23T10:00:00+03:00",
        resourceIds: [roomTwo],
      })
    ).json();
    expect(booked.resources.map((r: { id: string }) => r.id)).toEqual([roomTwo]);
    await server.deps.db
      .updateTable("offerings")
      .set({ active: false })
      .where("id", "=", setup.offeringId)
      .execute();
    const moved = await owner.request({
      method: "POST",
      url: `/api/v1/appointments/${booked.id}/move`,
      payload: { start: "2026-11-23T10:15:00+03:00" },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().resources.map((r: { id: string }) => r.id)).toEqual([roomTwo]);
  });

  it("answers 422, not slot-taken, for a choice that could never work", async () => {
    const { org, setup, owner } = await clinicWith({
      workingHours: {
        mon: [{ open: "12:00", close: "18:00" }],
        tue: [],
        wed: [],
        thu: [],
        fri: [],
        sat: [],
        sun: [],
      },
    });
    const base = { clientId: setup.clientIds[0], offeringId: setup.offeringId };
    const nobodyWorks = await book(owner, { ...base, start: "2026-11-23T10:00:00+03:00" });
    expect(nobodyWorks.statusCode).toBe(422);
    expect(nobodyWorks.json()).toMatchObject({ code: "slot-unavailable", reason: "no-practitioner" });
    const receptionist = (
      await createBookingSetup(server.deps, org, { clients: 0, qualifications: ["nurse"] })
    ).practitioners[0]?.userId;
    const unqualified = await book(owner, {
      ...base,
      start: "2026-11-23T13:00:00+03:00",
      practitionerId: receptionist,
    });
    expect(unqualified.json()).toMatchObject({ code: "slot-unavailable", reason: "no-practitioner" });
    const foreignRoom = await book(owner, {
      ...base,
      start: "2026-11-23T13:00:00+03:00",
      resourceIds: [crypto.randomUUID()],
    });
    expect(foreignRoom.json()).toMatchObject({ code: "slot-unavailable", reason: "resource-unavailable" });
  });
});

describe("availability across time zones", () => {
  it("keeps 10:00 at 10:00 local on both sides of Berlin's spring change", async () => {
    const { org, setup, owner } = await clinicWith({ timeZone: "Europe/Berlin" });
    server.clock.now = new Date("2026-03-20T09:00:00Z");
    try {
      expect(await starts(owner, org.clinicId, setup.offeringId, "2026-03-28")).toContain(
        "2026-03-28T10:00:00+01:00",
      );
      expect(await starts(owner, org.clinicId, setup.offeringId, "2026-03-29")).toContain(
        "2026-03-29T10:00:00+02:00",
      );
      const booked = await book(owner, {
        clientId: setup.clientIds[0],
        offeringId: setup.offeringId,
        start: "2026-03-29T10:00:00+02:00",
      });
      expect(booked.json().end).toBe("2026-03-29T10:30:00+02:00");
    } finally {
      server.clock.now = new Date("2026-11-20T09:00:00Z");
    }
  });
});
