import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, ageInYears, dayNumber, fromDayNumber, isIsoDate } from "./dates.ts";

describe("ISO date arithmetic", () => {
  it("knows which days exist", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2026-04-31")).toBe(false);
    expect(isIsoDate("2026-1-01")).toBe(false);
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-11-15", 14)).toBe("2026-11-29");
    expect(addDays("2026-12-25", 14)).toBe("2027-01-08");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(dayNumber("1970-01-01")).toBe(0);
  });

  it("agrees with the UTC calendar for any day", () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (days) => {
        const iso = fromDayNumber(days);
        expect(iso).toBe(new Date(days * 86_400_000).toISOString().slice(0, 10));
        expect(dayNumber(iso)).toBe(days);
      }),
    );
  });

  it("counts completed years of age", () => {
    expect(ageInYears("1990-05-01", "2026-04-30")).toBe(35);
    expect(ageInYears("1990-05-01", "2026-05-01")).toBe(36);
    expect(ageInYears("2004-02-29", "2025-02-28")).toBe(20);
    expect(ageInYears("2004-02-29", "2025-03-01")).toBe(21);
  });
});
