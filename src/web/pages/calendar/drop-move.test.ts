import { describe, expect, test } from "vitest";
import type { Appointment } from "../../api/booking-types.ts";
import { moveForDrop } from "./drop-move.ts";

const appointment = {
  id: "a1",
  start: "2026-05-12T10:00:00+03:00",
  end: "2026-05-12T10:20:00+03:00",
  practitioner: { id: "p1", name: "Anna" },
  resources: [
    { id: "room-1", name: "Room 1", type: "room" },
    { id: "spray", name: "Spray", type: "device:nitrogen-spray-unit" },
  ],
} as Appointment;

const entityColumns = [
  { key: "p1", label: "Anna" },
  { key: "p2", label: "Boris" },
  { key: "room-1", label: "Room 1", resourceType: "room" },
  { key: "room-2", label: "Room 2", resourceType: "room" },
];
const view = { week: false, entityColumns, timeZone: "Europe/Moscow" };

describe("a drop", () => {
  test("on another practitioner's column at another time asks for that person at that clinic time", () => {
    const { body, shownMeanwhile } = moveForDrop(
      appointment,
      { columnKey: "p1", date: "2026-05-12", minutes: 600 },
      { columnKey: "p2", date: "2026-05-12", minutes: 13 * 60 },
      { ...view, columns: "practitioners" },
    );
    expect(body).toEqual({ start: "2026-05-12T13:00:00+03:00", practitionerId: "p2" });
    expect(shownMeanwhile.practitioner.name).toBe("Boris");
    expect(Date.parse(shownMeanwhile.end) - Date.parse(shownMeanwhile.start)).toBe(20 * 60_000);
  });

  test("on another room swaps that room only, and keeps the practitioner", () => {
    const { body } = moveForDrop(
      appointment,
      { columnKey: "room-1", date: "2026-05-12", minutes: 600 },
      { columnKey: "room-2", date: "2026-05-12", minutes: 600 },
      { ...view, columns: "resources" },
    );
    expect(body).toEqual({
      start: "2026-05-12T10:00:00+03:00",
      practitionerId: "p1",
      resourceIds: ["spray", "room-2"],
    });
  });

  test("on another day of the week changes the time only", () => {
    const { body } = moveForDrop(
      appointment,
      { columnKey: "day", date: "2026-05-12", minutes: 600 },
      { columnKey: "day", date: "2026-05-14", minutes: 9 * 60 + 45 },
      { ...view, week: true, columns: "resources" },
    );
    expect(body).toEqual({ start: "2026-05-14T09:45:00+03:00", practitionerId: "p1" });
  });
});
