import { describe, expect, it } from "vitest";
import { firstRuleBreak } from "./check.ts";
import type { CourseRules } from "./types.ts";

const rules = (over: Partial<CourseRules> = {}): CourseRules => ({
  procedureId: "ice-cryomassage",
  sessions: 4,
  minDaysBetween: 2,
  maxDaysBetween: 3,
  wholeBody: false,
  earliestStart: null,
  provenance: {} as CourseRules["provenance"],
  ...over,
});

const at = (...dates: string[]) => dates.map((date, i) => ({ number: i + 1, date }));

describe("checking chosen course sessions against the rules", () => {
  it("accepts sessions two to three days apart", () => {
    expect(firstRuleBreak(rules(), at("2026-11-23", "2026-11-25", "2026-11-28", "2026-11-30"))).toBeNull();
  });

  it("names the session that comes too soon or too late after the one before", () => {
    expect(firstRuleBreak(rules(), at("2026-11-23", "2026-11-24"))).toMatchObject({
      number: 2,
      rule: "spacing-too-short",
      days: 1,
    });
    expect(firstRuleBreak(rules(), at("2026-11-23", "2026-11-25", "2026-11-30"))).toMatchObject({
      number: 3,
      rule: "spacing-too-long",
      days: 5,
    });
  });

  it("refuses a repeat course before its earliest date, extra sessions and gaps in numbering", () => {
    expect(firstRuleBreak(rules({ earliestStart: "2027-05-01" }), at("2027-04-20"))).toMatchObject({
      rule: "repeat-too-soon",
      earliest: "2027-05-01",
    });
    expect(firstRuleBreak(rules({ sessions: 1 }), at("2026-11-23", "2026-11-25"))).toMatchObject({
      number: 2,
      rule: "too-many-sessions",
    });
    expect(firstRuleBreak(rules(), [{ number: 2, date: "2026-11-23" }])).toMatchObject({ rule: "numbering" });
  });

  it("counts days by the local calendar, so a DST change does not shorten a gap", () => {
    expect(firstRuleBreak(rules(), at("2026-03-27", "2026-03-29", "2026-03-31"))).toBeNull();
  });
});
