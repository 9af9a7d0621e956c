import { describe, expect, test } from "vitest";
import type { Appointment, PractitionerHours } from "../../api/booking-types.ts";
import type { OpeningHours, Resource } from "../../api/types.ts";
import { calendarColumns, lanesOf, NO_RESOURCE, placeInCells, visibleHours } from "./calendar-layout.ts";

const NONE: OpeningHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

function appointment(id: string, start: string, end: string, extra: Partial<Appointment> = {}): Appointment {
  return {
    id,
    clinicId: "clinic",
    timeZone: "Europe/Moscow",
    client: { id: `client-${id}`, name: `Client ${id}` },
    offering: { id: "o1", name: "Cryosauna", procedureId: "cryosauna" },
    practitioner: { id: "p1", name: "Anna" },
    resources: [],
    start,
    end,
    blockedStart: start,
    blockedEnd: end,
    status: "booked",
    source: "staff",
    notes: "",
    cancelReason: null,
    priceMinor: 0,
    currency: "RUB",
    sequence: 0,
    createdAt: start,
    updatedAt: start,
    ...extra,
  };
}

const practitioner = (userId: string, name: string, hoursSet = true): PractitionerHours => ({
  userId,
  name,
  qualifications: ["nurse"],
  hours: NONE,
  hoursSet,
});

const resource = (
  id: string,
  name: string,
  kind: Resource["kind"],
  deviceKind: string | null = null,
): Resource => ({
  id,
  name,
  kind,
  deviceKind,
  active: true,
});

describe("side-by-side lanes", () => {
  test("split only overlapping appointments; one alone takes the whole width", () => {
    const lanes = lanesOf([
      { id: "a", start: 600, end: 660 },
      { id: "b", start: 630, end: 690 },
      { id: "c", start: 700, end: 720 },
    ]);
    expect(lanes.get("a")).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get("b")).toEqual({ lane: 1, lanes: 2 });
    expect(lanes.get("c")).toEqual({ lane: 0, lanes: 1 });
  });

  test("reuse a lane once it is free within a chain of overlaps", () => {
    const lanes = lanesOf([
      { id: "a", start: 600, end: 630 },
      { id: "b", start: 615, end: 700 },
      { id: "c", start: 640, end: 660 },
    ]);
    expect(lanes.get("c")).toEqual({ lane: 0, lanes: 2 });
  });
});

describe("the hours shown", () => {
  test("run from the earliest opening to the latest closing of the days shown", () => {
    const hours = {
      ...NONE,
      mon: [{ open: "09:00", close: "21:00" }],
      sat: [{ open: "10:00", close: "18:00" }],
    };
    expect(visibleHours(["2026-05-11"], hours, [])).toEqual({ start: 540, end: 1260 });
    expect(visibleHours(["2026-05-16"], hours, [])).toEqual({ start: 600, end: 1080 });
  });

  test("stretch to whole hours around an appointment outside them", () => {
    const hours = { ...NONE, mon: [{ open: "09:00", close: "18:00" }] };
    expect(visibleHours(["2026-05-11"], hours, [{ start: 8 * 60 + 30, end: 18 * 60 + 20 }])).toEqual({
      start: 480,
      end: 1140,
    });
  });
});

describe("columns", () => {
  test("are the practitioners with hours, then anyone else an appointment names", () => {
    const columns = calendarColumns(
      "practitioners",
      {
        practitioners: [practitioner("p1", "Anna"), practitioner("p2", "Boris", false)],
        resources: [],
        offerings: [],
      },
      [
        appointment("x", "2026-05-11T10:00:00+03:00", "2026-05-11T10:15:00+03:00", {
          practitioner: { id: "p3", name: "Vera" },
        }),
      ],
      "none",
    );
    expect(columns.map((column) => column.label)).toEqual(["Anna", "Vera"]);
  });

  test("are the bookable resources, rooms first, and a column for appointments holding none", () => {
    const columns = calendarColumns(
      "resources",
      {
        practitioners: [],
        resources: [
          resource("s", "Sauna", "cryosauna-cabin"),
          resource("d", "Dewar", "dewar"),
          resource("r2", "Room 2", "room"),
          resource("r1", "Room 1", "room"),
        ],
        offerings: [{ active: true, resourceTypes: ["room", "cryosauna-cabin"] }],
      },
      [appointment("x", "2026-05-11T10:00:00+03:00", "2026-05-11T10:15:00+03:00")],
      "No room",
    );
    expect(columns.map((column) => column.key)).toEqual(["r1", "r2", "s", NO_RESOURCE]);
  });
});

describe("placing appointments", () => {
  test("puts each in the cells of its columns on its local day, at its clinic minutes", () => {
    const held = appointment("x", "2026-05-11T21:30:00Z", "2026-05-11T22:00:00Z", {
      resources: [
        { id: "r1", name: "Room 1", type: "room" },
        { id: "dev", name: "Device", type: "device:cryotone" },
      ],
    });
    const cells = placeInCells([held], "Europe/Moscow", (item) => item.resources.map((r) => r.id));
    expect([...cells.keys()]).toEqual(["r1|2026-05-12", "dev|2026-05-12"]);
    expect(cells.get("r1|2026-05-12")?.[0]?.span).toEqual({ date: "2026-05-12", start: 30, end: 60 });
  });
});
