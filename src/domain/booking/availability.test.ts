import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import type { OpeningHours } from "../clinics.ts";
import { findSlots, slotAt } from "./availability.ts";
import { formatInstant, localDateRange } from "./local-time.ts";
import type { AvailabilityQuery, PractitionerCalendar, ResourceCalendar } from "./types.ts";

const BERLIN = "Europe/Berlin";
const at = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;
const span = (from: string, to: string) => ({ start: at(from), end: at(to) });

const everyDay = (...intervals: [string, string][]): OpeningHours => {
  const day = intervals.map(([open, close]) => ({ open, close }));
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day };
};
const nurse = (id: string, busy: { start: number; end: number }[] = []): PractitionerCalendar => ({
  id,
  qualifications: ["nurse"],
  workingHours: everyDay(["00:00", "24:00"]),
  busy,
});
const resource = (
  id: string,
  type: string,
  busy: { start: number; end: number }[] = [],
): ResourceCalendar => ({
  id,
  type,
  busy,
});

interface Setup {
  timeZone?: string;
  openingHours?: OpeningHours;
  closures?: { startsOn: string; endsOn: string }[];
  days: [string, string];
  durationMinutes?: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  resourceTypes?: string[];
  practitioners?: PractitionerCalendar[];
  resources?: ResourceCalendar[];
  stepMinutes?: number;
  notBefore?: number;
}

/** A clinic open 10:00–12:00 daily with one free nurse, hour-long sessions on an hourly grid. */
function query(setup: Setup): AvailabilityQuery {
  const timeZone = setup.timeZone ?? BERLIN;
  return {
    clinic: {
      timeZone,
      openingHours: setup.openingHours ?? everyDay(["10:00", "12:00"]),
      closures: setup.closures ?? [],
    },
    offering: {
      durationMinutes: setup.durationMinutes ?? 60,
      bufferBeforeMinutes: setup.bufferBeforeMinutes ?? 0,
      bufferAfterMinutes: setup.bufferAfterMinutes ?? 0,
      resourceTypes: setup.resourceTypes ?? [],
      qualifications: ["nurse"],
    },
    practitioners: setup.practitioners ?? [nurse("anna")],
    resources: setup.resources ?? [],
    window: localDateRange(setup.days[0], setup.days[1], timeZone),
    stepMinutes: setup.stepMinutes ?? 60,
    notBefore: setup.notBefore ?? 0,
  };
}
const starts = (q: AvailabilityQuery) =>
  findSlots(q).map((slot) => formatInstant(slot.start, q.clinic.timeZone));

describe("slots across daylight-saving changes", () => {
  it("keeps the same local times on both sides of spring forward and fall back", () => {
    expect(starts(query({ days: ["2026-03-28", "2026-03-30"] }))).toEqual([
      "2026-03-28T10:00:00+01:00",
      "2026-03-28T11:00:00+01:00",
      "2026-03-29T10:00:00+02:00",
      "2026-03-29T11:00:00+02:00",
    ]);
    expect(starts(query({ days: ["2026-10-24", "2026-10-26"] }))).toEqual([
      "2026-10-24T10:00:00+02:00",
      "2026-10-24T11:00:00+02:00",
      "2026-10-25T10:00:00+01:00",
      "2026-10-25T11:00:00+01:00",
    ]);
  });

  it("does not offer 02:00 or 02:30 on the night the clocks skip them", () => {
    const night = query({
      openingHours: everyDay(["01:00", "04:00"]),
      days: ["2026-03-29", "2026-03-30"],
      durationMinutes: 30,
      stepMinutes: 30,
    });
    expect(starts(night)).toEqual([
      "2026-03-29T01:00:00+01:00",
      "2026-03-29T01:30:00+01:00",
      "2026-03-29T03:00:00+02:00",
      "2026-03-29T03:30:00+02:00",
    ]);
  });

  it("offers the repeated hour of fall back once, at its first occurrence", () => {
    const night = query({
      openingHours: everyDay(["01:00", "04:00"]),
      days: ["2026-10-25", "2026-10-26"],
      durationMinutes: 30,
      stepMinutes: 30,
    });
    expect(starts(night)).toEqual([
      "2026-10-25T01:00:00+02:00",
      "2026-10-25T01:30:00+02:00",
      "2026-10-25T02:00:00+02:00",
      "2026-10-25T02:30:00+02:00",
      "2026-10-25T03:00:00+01:00",
      "2026-10-25T03:30:00+01:00",
    ]);
  });

  it("places Moscow's 01:00 on the previous UTC day (UTC+3, no DST)", () => {
    const early = query({
      timeZone: "Europe/Moscow",
      openingHours: everyDay(["00:00", "03:00"]),
      days: ["2026-03-10", "2026-03-11"],
    });
    expect(findSlots(early).map((slot) => new Date(slot.start).toISOString())).toEqual([
      "2026-03-09T21:00:00.000Z",
      "2026-03-09T22:00:00.000Z",
      "2026-03-09T23:00:00.000Z",
    ]);
  });
});

describe("slots across midnight", () => {
  const lateClinic = { openingHours: everyDay(["00:00", "02:00"], ["20:00", "24:00"]), stepMinutes: 30 };

  it("allows a session from 23:30 into the next day when both days are open across midnight", () => {
    expect(
      starts(query({ ...lateClinic, days: ["2026-05-11", "2026-05-12"] })).map((s) => s.slice(11, 16)),
    ).toEqual([
      "00:00",
      "00:30",
      "01:00",
      "20:00",
      "20:30",
      "21:00",
      "21:30",
      "22:00",
      "22:30",
      "23:00",
      "23:30",
    ]);
    const late = slotAt(
      query({ ...lateClinic, days: ["2026-05-11", "2026-05-12"] }),
      at("2026-05-11T23:30:00+02:00"),
    );
    expect(late.ok && formatInstant(late.slot.end, BERLIN)).toBe("2026-05-12T00:30:00+02:00");
  });

  it("stops at 24:00 when the next day is closed", () => {
    const closedNextDay = query({
      ...lateClinic,
      closures: [{ startsOn: "2026-05-12", endsOn: "2026-05-12" }],
      days: ["2026-05-11", "2026-05-12"],
    });
    expect(starts(closedNextDay).at(-1)).toBe("2026-05-11T23:00:00+02:00");
    expect(slotAt(closedNextDay, at("2026-05-11T23:30:00+02:00"))).toEqual({
      ok: false,
      reason: "outside-opening-hours",
    });
  });
});

describe("what holds a slot", () => {
  it("keeps buffers inside opening hours and clear of busy time", () => {
    const buffered = {
      durationMinutes: 30,
      bufferBeforeMinutes: 15,
      bufferAfterMinutes: 15,
      stepMinutes: 15,
    };
    const days: [string, string] = ["2026-05-11", "2026-05-12"];
    expect(starts(query({ ...buffered, days })).map((s) => s.slice(11, 16))).toEqual([
      "10:15",
      "10:30",
      "10:45",
      "11:00",
      "11:15",
    ]);
    // 10:45 would end at 11:15, but its after-buffer runs into the busy time.
    const busy = [span("2026-05-11T11:15:00+02:00", "2026-05-11T11:30:00+02:00")];
    const slots = findSlots(query({ ...buffered, days, practitioners: [nurse("anna", busy)] }));
    expect(slots.map((s) => formatInstant(s.start, BERLIN).slice(11, 16))).toEqual(["10:15", "10:30"]);
    expect(slots[0]?.blocked).toEqual(span("2026-05-11T10:00:00+02:00", "2026-05-11T11:00:00+02:00"));
    expect(slots[0]?.end).toBe(at("2026-05-11T10:45:00+02:00"));
  });

  it("offers nothing on closure days", () => {
    const closed = query({
      closures: [{ startsOn: "2026-05-12", endsOn: "2026-05-13" }],
      days: ["2026-05-11", "2026-05-15"],
    });
    expect(starts(closed).map((s) => s.slice(0, 10))).toEqual([
      "2026-05-11",
      "2026-05-11",
      "2026-05-14",
      "2026-05-14",
    ]);
    expect(slotAt(closed, at("2026-05-12T10:00:00+02:00"))).toEqual({ ok: false, reason: "clinic-closed" });
  });

  it("lists every free qualified practitioner in query order, leaving out time off and other qualifications", () => {
    const physio: PractitionerCalendar = { ...nurse("boris"), qualifications: ["physiotherapist"] };
    const timeOff = [span("2026-05-11T09:00:00+02:00", "2026-05-11T11:00:00+02:00")];
    const slots = findSlots(
      query({
        days: ["2026-05-11", "2026-05-12"],
        practitioners: [physio, nurse("cara"), nurse("anna", timeOff)],
      }),
    );
    expect(slots.map((s) => s.practitionerIds)).toEqual([["cara"], ["cara", "anna"]]);
  });

  it("only offers a practitioner's working hours", () => {
    const mornings: PractitionerCalendar = { ...nurse("anna"), workingHours: everyDay(["08:00", "11:00"]) };
    expect(starts(query({ days: ["2026-05-11", "2026-05-12"], practitioners: [mornings] }))).toEqual([
      "2026-05-11T10:00:00+02:00",
    ]);
  });

  it("picks the first free resource of each type and skips times when a type has none", () => {
    const slots = findSlots(
      query({
        days: ["2026-05-11", "2026-05-12"],
        resourceTypes: ["room", "device:cryotone"],
        resources: [
          resource("room-1", "room", [span("2026-05-11T09:30:00+02:00", "2026-05-11T10:30:00+02:00")]),
          resource("room-2", "room"),
          resource("tone-1", "device:cryotone", [
            span("2026-05-11T11:30:00+02:00", "2026-05-11T13:00:00+02:00"),
          ]),
        ],
      }),
    );
    expect(slots.map((s) => s.resourceIds)).toEqual([["room-2", "tone-1"]]);
  });

  it("needs two distinct free resources when a type is required twice", () => {
    const twoRooms = (busy: { start: number; end: number }[]) =>
      query({
        days: ["2026-05-11", "2026-05-12"],
        resourceTypes: ["room", "room"],
        resources: [
          resource("room-1", "room", busy),
          resource("room-2", "room"),
          resource("cabin", "cryosauna-cabin"),
        ],
      });
    expect(findSlots(twoRooms([])).map((s) => s.resourceIds)).toEqual([
      ["room-1", "room-2"],
      ["room-1", "room-2"],
    ]);
    const outage = [span("2026-05-11T10:00:00+02:00", "2026-05-11T10:05:00+02:00")];
    expect(starts(twoRooms(outage))).toEqual(["2026-05-11T11:00:00+02:00"]);
  });

  it("offers nothing before notBefore", () => {
    const now = query({ days: ["2026-05-11", "2026-05-12"], notBefore: at("2026-05-11T10:30:00+02:00") });
    expect(starts(now)).toEqual(["2026-05-11T11:00:00+02:00"]);
    expect(slotAt(now, at("2026-05-11T10:00:00+02:00"))).toEqual({ ok: false, reason: "in-the-past" });
  });
});

describe("checking one start", () => {
  const clinic = (practitioners: PractitionerCalendar[], resources: ResourceCalendar[] = []) =>
    query({
      days: ["2026-05-11", "2026-05-12"],
      resourceTypes: ["room", "device:cryotone"],
      practitioners,
      resources: [
        resource("room-1", "room", [span("2026-05-11T10:00:00+02:00", "2026-05-11T10:15:00+02:00")]),
        resource("room-2", "room"),
        resource("tone-1", "device:cryotone"),
        ...resources,
      ],
    });
  const annaBusy = nurse("anna", [span("2026-05-11T10:00:00+02:00", "2026-05-11T10:30:00+02:00")]);
  const ten = at("2026-05-11T10:00:00+02:00");

  it("accepts a start off the grid", () => {
    const check = slotAt(clinic([nurse("anna")]), at("2026-05-11T10:20:00+02:00"));
    expect(check).toEqual({
      ok: true,
      slot: {
        start: at("2026-05-11T10:20:00+02:00"),
        end: at("2026-05-11T11:20:00+02:00"),
        blocked: span("2026-05-11T10:20:00+02:00", "2026-05-11T11:20:00+02:00"),
        practitionerIds: ["anna"],
        resourceIds: ["room-1", "tone-1"],
      },
    });
  });

  it("uses only the requested practitioner", () => {
    const q = clinic([annaBusy, nurse("cara"), { ...nurse("boris"), qualifications: ["physiotherapist"] }]);
    expect(slotAt(q, ten, { practitionerId: "anna" })).toEqual({ ok: false, reason: "no-practitioner" });
    expect(slotAt(q, ten, { practitionerId: "boris" })).toEqual({ ok: false, reason: "no-practitioner" });
    const cara = slotAt(q, ten, { practitionerId: "cara" });
    expect(cara.ok && cara.slot.practitionerIds).toEqual(["cara"]);
    const anyone = slotAt(q, ten);
    expect(anyone.ok && anyone.slot.practitionerIds).toEqual(["cara"]);
  });

  it("holds exactly the requested resources, in the order of the required types", () => {
    const q = clinic([nurse("anna")], [resource("tone-2", "device:cryotone")]);
    const chosen = slotAt(q, ten, { resourceIds: ["tone-2", "room-2"] });
    expect(chosen.ok && chosen.slot.resourceIds).toEqual(["room-2", "tone-2"]);
    const refused = { ok: false, reason: "resource-unavailable" };
    expect(slotAt(q, ten, { resourceIds: ["room-1", "tone-1"] })).toEqual(refused);
    expect(slotAt(q, ten, { resourceIds: ["room-2"] })).toEqual(refused);
    expect(slotAt(q, ten, { resourceIds: ["room-2", "tone-1", "tone-2"] })).toEqual(refused);
    expect(slotAt(q, ten, { resourceIds: ["room-2", "room-1"] })).toEqual(refused);
    expect(slotAt(q, ten, { resourceIds: ["room-2", "unknown"] })).toEqual(refused);
    expect(slotAt(q, ten)).toMatchObject({ ok: true, slot: { resourceIds: ["room-2", "tone-1"] } });
  });

  it("gives the first reason that applies", () => {
    const busyTone = [span("2026-05-11T10:00:00+02:00", "2026-05-11T12:00:00+02:00")];
    const noTone = query({
      days: ["2026-05-11", "2026-05-12"],
      resourceTypes: ["device:cryotone"],
      practitioners: [annaBusy],
      resources: [resource("tone-1", "device:cryotone", busyTone)],
      closures: [{ startsOn: "2026-05-13", endsOn: "2026-05-13" }],
      notBefore: at("2026-05-13T11:00:00+02:00"),
    });
    expect(slotAt(noTone, at("2026-05-13T10:00:00+02:00")).ok).toBe(false);
    expect(slotAt(noTone, at("2026-05-13T10:00:00+02:00"))).toEqual({ ok: false, reason: "in-the-past" });
    const later = { ...noTone, notBefore: 0 };
    expect(slotAt(later, at("2026-05-13T10:00:00+02:00"))).toEqual({ ok: false, reason: "clinic-closed" });
    expect(slotAt(later, at("2026-05-11T11:30:00+02:00"))).toEqual({
      ok: false,
      reason: "outside-opening-hours",
    });
    expect(slotAt(later, ten)).toEqual({ ok: false, reason: "no-practitioner" });
    expect(slotAt(later, at("2026-05-11T10:30:00+02:00"))).toEqual({
      ok: false,
      reason: "resource-unavailable",
    });
  });

  it("calls a weekday without opening hours closed", () => {
    const weekdays: OpeningHours = { ...everyDay(["10:00", "12:00"]), sun: [] };
    const sunday = query({ openingHours: weekdays, days: ["2026-05-10", "2026-05-11"] });
    expect(findSlots(sunday)).toEqual([]);
    expect(slotAt(sunday, at("2026-05-10T10:00:00+02:00"))).toEqual({ ok: false, reason: "clinic-closed" });
  });
});
