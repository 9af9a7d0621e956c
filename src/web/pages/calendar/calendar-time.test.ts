import { describe, expect, test } from "vitest";
import { addDays, instantAt, isIsoDate, localMoment, todayIn, weekStart } from "./calendar-time.ts";

describe("the clinic's wall clock", () => {
  test("places an instant on the clinic's local day and minute, not the browser's", () => {
    expect(localMoment("2026-05-12T07:30:00Z", "Europe/Moscow")).toEqual({
      date: "2026-05-12",
      minutes: 630,
    });
    // 23:30 in UTC is already the next morning in Moscow.
    expect(localMoment("2026-05-11T23:30:00Z", "Europe/Moscow")).toEqual({
      date: "2026-05-12",
      minutes: 150,
    });
  });

  test("writes a local day and minute as an instant with the offset of that day, across a DST change", () => {
    expect(instantAt("2026-03-28", 600, "Europe/Berlin")).toBe("2026-03-28T10:00:00+01:00");
    expect(instantAt("2026-03-29", 600, "Europe/Berlin")).toBe("2026-03-29T10:00:00+02:00");
    expect(instantAt("2026-05-12", 12 * 60 + 15, "Europe/Moscow")).toBe("2026-05-12T12:15:00+03:00");
  });

  test("takes a time the clock skips as the one just after it", () => {
    expect(instantAt("2026-03-29", 150, "Europe/Berlin")).toBe("2026-03-29T03:30:00+02:00");
  });

  test("knows the clinic's today and its weeks from Monday", () => {
    expect(todayIn("Europe/Moscow", new Date("2026-05-11T22:00:00Z"))).toBe("2026-05-12");
    expect(weekStart("2026-05-17")).toBe("2026-05-11");
    expect(weekStart("2026-05-11")).toBe("2026-05-11");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  test("accepts only real dates from an address", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("12.05.2026")).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});
