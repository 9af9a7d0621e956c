import { describe, expect, it } from "vitest";
import { DEMO_OPENING_HOURS } from "./demo-data.ts";
import { demoDays, localInstant } from "./demo-days.ts";

const ZONE = "Europe/Moscow";
const clinic = { timeZone: ZONE, openingHours: DEMO_OPENING_HOURS, closures: [] };
const at = (iso: string) => Date.parse(iso);

describe("the days the demo schedule fills", () => {
  it("is the rest of an open day and the day after", () => {
    expect(demoDays(clinic, at("2026-12-01T11:00:00+03:00"))).toEqual({
      today: "2026-12-01",
      next: "2026-12-02",
    });
  });

  it("is today before opening too, when the whole day is still ahead", () => {
    expect(demoDays(clinic, at("2026-12-01T07:00:00+03:00")).today).toBe("2026-12-01");
  });

  it("is only the next working day once the clinic has closed", () => {
    expect(demoDays(clinic, at("2026-12-01T23:00:00+03:00"))).toEqual({ today: null, next: "2026-12-02" });
  });

  it("skips a day without opening hours: after Saturday evening comes Monday", () => {
    expect(demoDays(clinic, at("2026-12-05T19:00:00+03:00"))).toEqual({ today: null, next: "2026-12-07" });
    expect(demoDays(clinic, at("2026-12-06T12:00:00+03:00"))).toEqual({ today: null, next: "2026-12-07" });
  });

  it("skips the clinic's closures", () => {
    const closed = { ...clinic, closures: [{ startsOn: "2026-12-02", endsOn: "2026-12-03" }] };
    expect(demoDays(closed, at("2026-12-01T23:00:00+03:00")).next).toBe("2026-12-04");
  });

  it("reads wall-clock times in the clinic's zone", () => {
    expect(new Date(localInstant("2026-12-01", "09:30", ZONE)).toISOString()).toBe(
      "2026-12-01T06:30:00.000Z",
    );
  });
});
