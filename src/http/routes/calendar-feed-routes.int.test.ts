import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { addMember, createOrganisation, TEST_OPENING_HOURS } from "../../../test/support/factories.ts";
import {
  loginAs,
  type Session,
  startTestServer,
  type TestServer,
} from "../../../test/support/test-server.ts";
import { insertClinic } from "../../store/clinic-store.ts";

// Appointments are inserted as rows: the feed shows whatever the booking tables hold.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // Feeds reach 90 days back: "now" sits before the 2026 DST changes the appointments straddle.
  server.clock.now = new Date("2026-03-01T09:00:00Z");
});

type AppointmentName =
  | "beforeSpring"
  | "afterSpring"
  | "beforeAutumn"
  | "afterAutumn"
  | "cancelled"
  | "recent"
  | "tooOld"
  | "otherClient";

interface Practice {
  organisationId: string;
  owner: Session;
  practitionerId: string;
  practitioner: Session;
  clientId: string;
  otherClientId: string;
  /** Appointment ids by name, with the instants stored. */
  appointments: Record<AppointmentName, { id: string; start: string }>;
}

async function insertClient(organisationId: string, firstName: string, lastName: string) {
  const id = randomUUID();
  await server.deps.db
    .insertInto("clients")
    .values({
      id,
      organisation_id: organisationId,
      first_name: firstName,
      last_name: lastName,
      middle_name: null,
      birth_date: null,
      sex: null,
      phone: null,
      email: null,
      language: "ru",
      notes: "",
      consent_data_processing: true,
      consent_marketing: false,
      consent_photos: false,
      created_at: server.clock.now,
      updated_at: server.clock.now,
    })
    .execute();
  return id;
}

/** An organisation with a Berlin clinic, one practitioner, two clients and their appointments. */
async function practice(ip: string): Promise<Practice> {
  const { deps } = server;
  const org = await createOrganisation(deps, server.clock.now);
  const organisationId = org.organisationId;
  const clinicId = randomUUID();
  await insertClinic(deps.db, {
    id: clinicId,
    organisationId,
    name: "Криоцентр «Шпрее»",
    city: "Berlin",
    address: "Friedrichstraße 1, Berlin",
    timeZone: "Europe/Berlin",
    currency: "EUR",
    openingHours: TEST_OPENING_HOURS,
    now: server.clock.now,
  });
  const offeringId = randomUUID();
  await deps.db
    .insertInto("offerings")
    .values({
      id: offeringId,
      organisation_id: organisationId,
      clinic_id: clinicId,
      procedure_id: "cryosauna",
      name: "Криосауна",
      duration_minutes: 30,
      buffer_before_minutes: 0,
      buffer_after_minutes: 0,
      resource_types: [],
      qualifications: ["cosmetologist"],
      price_minor: 4500,
      currency: "EUR",
    })
    .execute();
  const member = await addMember(deps, organisationId, ["practitioner"], ["cosmetologist"]);
  const clientId = await insertClient(organisationId, "Анна", "Иванова");
  const otherClientId = await insertClient(organisationId, "Пётр", "Смирнов");
  const book = async (client: string, start: string, status = "booked") => {
    const id = randomUUID();
    const end = new Date(new Date(start).getTime() + 30 * 60_000).toISOString();
    await deps.db
      .insertInto("appointments")
      .values({
        id,
        organisation_id: organisationId,
        clinic_id: clinicId,
        client_id: client,
        offering_id: offeringId,
        practitioner_id: member.userId,
        starts_at: start,
        ends_at: end,
        blocked: sql<string>`tstzrange(${start}::timestamptz, ${end}::timestamptz, '[)')`,
        status,
        source: "staff",
        price_minor: 4500,
        currency: "EUR",
        created_at: server.clock.now,
        updated_at: server.clock.now,
      })
      .execute();
    return { id, start };
  };
  const appointments = {
    // 10:00 local every time: +01:00 in winter, +02:00 in summer.
    beforeSpring: await book(clientId, "2026-03-27T09:00:00Z"),
    afterSpring: await book(clientId, "2026-03-30T08:00:00Z"),
    beforeAutumn: await book(clientId, "2026-10-23T08:00:00Z"),
    afterAutumn: await book(clientId, "2026-10-26T09:00:00Z"),
    cancelled: await book(clientId, "2026-04-02T08:00:00Z", "cancelled"),
    recent: await book(clientId, "2026-01-10T09:00:00Z", "completed"),
    tooOld: await book(clientId, "2025-11-20T09:00:00Z", "completed"),
    otherClient: await book(otherClientId, "2026-03-27T12:00:00Z"),
  };
  return {
    organisationId,
    owner: await loginAs(server, org.ownerEmail, undefined, ip),
    practitionerId: member.userId,
    practitioner: await loginAs(server, member.email, undefined, ip),
    clientId,
    otherClientId,
    appointments,
  };
}

async function fetchFeed(path: string) {
  const response = await server.app.inject({ method: "GET", url: path });
  return {
    response,
    calendar: response.statusCode === 200 ? new ICAL.Component(ICAL.parse(response.body)) : null,
  };
}

function eventsByUid(calendar: ICAL.Component) {
  return new Map(
    calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [event.uid, { event, vevent }] as const;
    }),
  );
}

const uidOf = (appointment: { id: string }) => `${appointment.id}@cryodesk`;

describe("calendar feeds", () => {
  it("gives a practitioner's appointments at their stored instants on both sides of both DST changes", async () => {
    const p = await practice("10.21.0.1");
    const created = await p.practitioner.request({
      method: "POST",
      url: `/api/v1/staff/${p.practitionerId}/calendar-feeds`,
    });
    expect(created.statusCode).toBe(201);
    const { feed, token, path } = created.json();
    expect(path).toBe(`/ical/${token}.ics`);
    expect(feed).toMatchObject({ ownerKind: "practitioner", userId: p.practitionerId, revokedAt: null });

    const { response, calendar } = await fetchFeed(path);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    const events = eventsByUid(calendar as ICAL.Component);
    for (const name of ["beforeSpring", "afterSpring", "beforeAutumn", "afterAutumn"] as const) {
      const appointment = p.appointments[name];
      const found = events.get(uidOf(appointment));
      expect(found?.event.startDate.toJSDate().toISOString(), name).toBe(
        new Date(appointment.start).toISOString(),
      );
      expect(found?.vevent.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Berlin");
      // 10:00 on the clinic's wall clock, whatever the offset.
      expect(found?.event.startDate.hour, name).toBe(10);
    }
    // The practitioner sees both clients, and the client's name in the title.
    expect(events.get(uidOf(p.appointments.otherClient))?.event.summary).toBe("Криосауна — Смирнов Пётр");
    expect(events.get(uidOf(p.appointments.beforeSpring))?.event.location).toBe(
      "Криоцентр «Шпрее», Friedrichstraße 1, Berlin",
    );
    // 90 days back, not more.
    expect(events.has(uidOf(p.appointments.recent))).toBe(true);
    expect(events.has(uidOf(p.appointments.tooOld))).toBe(false);

    const vtimezone = (calendar as ICAL.Component).getFirstSubcomponent("vtimezone") as ICAL.Component;
    const zone = new ICAL.Timezone(vtimezone);
    expect(zone.tzid).toBe("Europe/Berlin");
    const offsetAt = (local: string) => zone.utcOffset(ICAL.Time.fromDateTimeString(local));
    expect(offsetAt("2026-03-29T01:30:00")).toBe(3600);
    expect(offsetAt("2026-03-29T03:30:00")).toBe(7200);
    expect(offsetAt("2026-10-25T04:00:00")).toBe(3600);
    expect(offsetAt("2026-12-01T10:00:00")).toBe(3600);

    const cancelled = events.get(uidOf(p.appointments.cancelled));
    expect(cancelled?.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(events.get(uidOf(p.appointments.afterSpring))?.vevent.getFirstPropertyValue("status")).toBe(
      "CONFIRMED",
    );
  });

  it("keeps UIDs between fetches, with or without .ics, and bumps SEQUENCE when the appointment changes", async () => {
    const p = await practice("10.21.0.2");
    const { token } = (
      await p.owner.request({ method: "POST", url: `/api/v1/staff/${p.practitionerId}/calendar-feeds` })
    ).json();
    const first = eventsByUid((await fetchFeed(`/ical/${token}.ics`)).calendar as ICAL.Component);
    const sequenceOf = (events: typeof first) =>
      events.get(uidOf(p.appointments.afterSpring))?.vevent.getFirstPropertyValue("sequence");
    expect(sequenceOf(first)).toBe(0);

    await server.deps.db
      .updateTable("appointments")
      .set({ sequence: sql`sequence + 1`, updated_at: new Date("2026-03-02T10:00:00Z") })
      .where("id", "=", p.appointments.afterSpring.id)
      .execute();
    const second = eventsByUid((await fetchFeed(`/ical/${token}`)).calendar as ICAL.Component);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect(sequenceOf(second)).toBe(1);
  });

  it("shows a client only their own appointments, titled with the clinic", async () => {
    const p = await practice("10.21.0.3");
    const receptionist = await loginAs(
      server,
      (await addMember(server.deps, p.organisationId, ["receptionist"])).email,
      undefined,
      "10.21.0.3",
    );
    const created = await receptionist.request({
      method: "POST",
      url: `/api/v1/clients/${p.clientId}/calendar-feeds`,
    });
    expect(created.statusCode).toBe(201);
    const events = eventsByUid((await fetchFeed(created.json().path)).calendar as ICAL.Component);
    expect(events.has(uidOf(p.appointments.otherClient))).toBe(false);
    expect(events.has(uidOf(p.appointments.beforeSpring))).toBe(true);
    expect(events.get(uidOf(p.appointments.beforeSpring))?.event.summary).toBe(
      "Криосауна — Криоцентр «Шпрее»",
    );

    const listed = await receptionist.request({
      method: "GET",
      url: `/api/v1/clients/${p.clientId}/calendar-feeds`,
    });
    expect(listed.json().items.map((f: { id: string }) => f.id)).toEqual([created.json().feed.id]);
    const others = await receptionist.request({
      method: "GET",
      url: `/api/v1/clients/${p.otherClientId}/calendar-feeds`,
    });
    expect(others.json().items).toEqual([]);
  });

  it("stops answering once revoked, audits create and revoke, and never writes the token down", async () => {
    const p = await practice("10.21.0.4");
    const created = (
      await p.practitioner.request({
        method: "POST",
        url: `/api/v1/staff/${p.practitionerId}/calendar-feeds`,
      })
    ).json();
    expect((await fetchFeed(created.path)).response.statusCode).toBe(200);

    const revoked = await p.practitioner.request({
      method: "DELETE",
      url: `/api/v1/calendar-feeds/${created.feed.id}`,
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).toBe(server.clock.now.toISOString());
    for (const path of [created.path, `/ical/${created.token}`, `/ical/${"x".repeat(43)}.ics`]) {
      const { response } = await fetchFeed(path);
      expect(response.statusCode, path).toBe(404);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json().code).toBe("calendar-feed-not-found");
    }
    expect((await fetchFeed("/ical/not-a-token!.ics")).response.statusCode).toBe(404);

    const audit = (
      await p.owner.request({
        method: "GET",
        url: `/api/v1/audit?entityType=calendar-feed&entityId=${created.feed.id}`,
      })
    ).json();
    expect(audit.items.map((entry: { action: string }) => entry.action)).toEqual([
      "calendar-feed.revoke",
      "calendar-feed.create",
    ]);
    expect(JSON.stringify(audit)).not.toContain(created.token);
    expect(server.logs.join("")).not.toContain(created.token);
    const stored = await server.deps.db
      .selectFrom("calendar_feeds")
      .select("token_hash")
      .where("id", "=", created.feed.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(created.token);
  });

  it("lets a practitioner manage only their own feed", async () => {
    const p = await practice("10.21.0.5");
    const colleague = await addMember(server.deps, p.organisationId, ["practitioner"], ["nurse"]);
    const own = (
      await p.practitioner.request({
        method: "POST",
        url: `/api/v1/staff/${p.practitionerId}/calendar-feeds`,
      })
    ).json();
    const theirs = (
      await p.owner.request({ method: "POST", url: `/api/v1/staff/${colleague.userId}/calendar-feeds` })
    ).json();
    for (const request of [
      { method: "POST" as const, url: `/api/v1/staff/${colleague.userId}/calendar-feeds` },
      { method: "GET" as const, url: `/api/v1/staff/${colleague.userId}/calendar-feeds` },
      { method: "POST" as const, url: `/api/v1/clients/${p.clientId}/calendar-feeds` },
      { method: "DELETE" as const, url: `/api/v1/calendar-feeds/${theirs.feed.id}` },
    ]) {
      expect((await p.practitioner.request(request)).statusCode, `${request.method} ${request.url}`).toBe(
        403,
      );
    }
    const mine = await p.practitioner.request({
      method: "GET",
      url: `/api/v1/staff/${p.practitionerId}/calendar-feeds`,
    });
    expect(mine.json().items.map((f: { id: string }) => f.id)).toEqual([own.feed.id]);
  });

  it("hides a feed from another organisation: it can neither list nor revoke it", async () => {
    const p = await practice("10.21.0.6");
    const created = (
      await p.owner.request({ method: "POST", url: `/api/v1/staff/${p.practitionerId}/calendar-feeds` })
    ).json();
    const other = await createOrganisation(server.deps, server.clock.now);
    const stranger = await loginAs(server, other.ownerEmail, undefined, "10.21.0.7");
    for (const request of [
      { method: "GET" as const, url: `/api/v1/staff/${p.practitionerId}/calendar-feeds` },
      { method: "GET" as const, url: `/api/v1/clients/${p.clientId}/calendar-feeds` },
      { method: "DELETE" as const, url: `/api/v1/calendar-feeds/${created.feed.id}` },
    ]) {
      const response = await stranger.request(request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
    }
    expect((await fetchFeed(created.path)).response.statusCode).toBe(200);
  });
});
