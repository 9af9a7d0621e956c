import { describe, expect, test } from "vitest";
import { addDays, formatClinicTime, localDateIn, slotsByDay, zoneName } from "./clinic-time.ts";

describe("clinic-local dates and times", () => {
  test("a late evening slot in Vladivostok is on the clinic's next day, whatever the visitor's zone", () => {
    expect(localDateIn("2026-03-10T15:30:00Z", "Asia/Vladivostok")).toBe("2026-03-11");
    expect(localDateIn("2026-03-10T15:30:00Z", "Europe/Moscow")).toBe("2026-03-10");
  });

  test("the time is read on the clinic's clock, across its DST change", () => {
    expect(formatClinicTime("2026-03-28T10:00:00+01:00", "Europe/Berlin", "en-GB")).toBe("10:00");
    expect(formatClinicTime("2026-03-29T10:00:00+02:00", "Europe/Berlin", "en-GB")).toBe("10:00");
  });

  test("adding days crosses months and leap days", () => {
    expect(addDays("2026-03-31", 1)).toBe("2026-04-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });

  test("slots are grouped by the clinic's day, each day in time order", () => {
    const slots = [
      { start: "2026-11-24T11:00:00+03:00" },
      { start: "2026-11-23T10:15:00+03:00" },
      { start: "2026-11-23T10:00:00+03:00" },
    ];
    const days = slotsByDay(slots, "Europe/Moscow");
    expect([...days.keys()]).toEqual(["2026-11-23", "2026-11-24"]);
    expect(days.get("2026-11-23")?.map((slot) => slot.start)).toEqual([
      "2026-11-23T10:00:00+03:00",
      "2026-11-23T10:15:00+03:00",
    ]);
  });

  test("the zone is named with its offset on the day", () => {
    expect(zoneName("Europe/Moscow", "en", new Date("2026-11-23T12:00:00Z"))).toBe(
      "Moscow Standard Time (GMT+3)",
    );
    expect(zoneName("Europe/Berlin", "en", new Date("2026-07-01T12:00:00Z"))).toBe(
      "Central European Summer Time (GMT+2)",
    );
  });
});
