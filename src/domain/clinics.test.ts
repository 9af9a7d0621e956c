import { describe, expect, it } from "vitest";
import { clinicUpdateSchema, closureCreateSchema } from "./clinics.ts";
import { fieldIssues } from "./validation.ts";

const issuesOf = (input: unknown) => {
  const result = clinicUpdateSchema.safeParse(input);
  return result.success ? [] : fieldIssues(result.error).map(({ field, message }) => ({ field, message }));
};

describe("clinic settings validation", () => {
  it("accepts IANA zones, including old aliases, and ISO currencies", () => {
    expect(issuesOf({ timeZone: "Europe/Moscow", currency: "RUB" })).toEqual([]);
    expect(issuesOf({ timeZone: "Europe/Kiev" })).toEqual([]);
    expect(issuesOf({ timeZone: "Moscow" }).map((i) => i.field)).toEqual(["timeZone"]);
    expect(issuesOf({ currency: "rub" }).map((i) => i.field)).toEqual(["currency"]);
  });

  it("allows split days and closing at midnight, refuses overlaps and reversed hours", () => {
    const day = (intervals: { open: string; close: string }[]) => ({
      openingHours: { mon: intervals, tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    });
    expect(
      issuesOf(
        day([
          { open: "08:00", close: "12:00" },
          { open: "13:00", close: "24:00" },
        ]),
      ),
    ).toEqual([]);
    expect(
      issuesOf(
        day([
          { open: "08:00", close: "12:00" },
          { open: "11:00", close: "14:00" },
        ]),
      ),
    ).toEqual([{ field: "openingHours.mon", message: "Opening intervals of one day must not overlap." }]);
    expect(issuesOf(day([{ open: "12:00", close: "12:00" }]))).toEqual([
      { field: "openingHours.mon.0.close", message: "Closing must come after opening." },
    ]);
    expect(issuesOf(day([{ open: "25:00", close: "26:00" }])).map((i) => i.field)).toEqual([
      "openingHours.mon.0.open",
      "openingHours.mon.0.close",
    ]);
  });

  it("requires every weekday in opening hours", () => {
    expect(issuesOf({ openingHours: { mon: [] } }).map((i) => i.field)).toContain("openingHours.sun");
  });

  it("refuses a closure ending before it starts and a date that does not exist", () => {
    expect(closureCreateSchema.safeParse({ startsOn: "2026-02-29", endsOn: "2026-03-01" }).success).toBe(
      false,
    );
    expect(closureCreateSchema.parse({ startsOn: "2028-02-29", endsOn: "2028-03-01" }).reason).toBe("");
  });
});
