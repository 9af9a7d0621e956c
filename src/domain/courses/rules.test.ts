import { describe, expect, it } from "vitest";
import { catalog } from "../../catalog/load.ts";
import type { Procedure } from "../../catalog/schema.ts";
import { DomainError } from "../errors.ts";
import { courseRulesFor } from "./rules.ts";

const procedure = (id: string): Procedure => {
  const found = catalog.getProcedure(id);
  if (!found) throw new Error(`No procedure ${id} in the catalog.`);
  return found;
};

describe("course rules from the catalog", () => {
  it("keeps both sides of the nitrogen cryomassage spacing dispute and plans within their envelope", () => {
    const rules = courseRulesFor(procedure("nitrogen-cryomassage"));
    // Weekly (000:32) versus every 2–3 days (001:105, 004:93): nothing either forbids outright.
    expect([rules.minDaysBetween, rules.maxDaysBetween]).toEqual([2, 7]);
    expect(rules.provenance.spacing).toEqual({
      from: "catalog",
      claims: [
        { value: { min: 7, max: 7, unit: "days" }, sources: ["000_6f82df9865416c89.txt:32"] },
        {
          value: { min: 2, max: 3, unit: "days" },
          sources: ["001_c5f45e6bac8c7cc5.txt:105", "004_0a72f601ed0a09d5.txt:93"],
        },
      ],
      conflicts: ["nitrogen-cryomassage-spacing"],
    });
  });

  it("takes the largest minimum of disputed session counts and names every claim and conflict", () => {
    const rules = courseRulesFor(procedure("nitrogen-cryomassage"));
    expect(rules.sessions).toBe(10);
    expect(rules.provenance.sessions.claims.map((c) => c.sources)).toEqual([
      ["000_6f82df9865416c89.txt:32"],
      ["001_c5f45e6bac8c7cc5.txt:105"],
      ["004_0a72f601ed0a09d5.txt:93"],
    ]);
    expect(rules.provenance.sessions.conflicts).toEqual([
      "nitrogen-cryomassage-course-length",
      "cryotherapy-course-length",
    ]);
  });

  it("plans twenty cryosauna sessions, one whole-body session a day, and flags the course-length conflict", () => {
    const rules = courseRulesFor(procedure("cryosauna"));
    expect(rules).toMatchObject({ sessions: 20, wholeBody: true });
    expect(rules.provenance.sessions).toMatchObject({
      from: "catalog",
      claims: [{ value: { min: 20, unit: "sessions" }, sources: ["002_31ddcc7dff8e2cd4.txt:41"] }],
      conflicts: ["cryotherapy-course-length"],
    });
    // The articles give no cryosauna spacing: the editorial default applies.
    expect([rules.minDaysBetween, rules.maxDaysBetween]).toEqual([2, 7]);
    expect(rules.provenance.spacing.from).toBe("default");
  });

  it("reads 'about once a month' as four to five weeks", () => {
    const rules = courseRulesFor(procedure("cryolipolysis"));
    expect([rules.minDaysBetween, rules.maxDaysBetween]).toEqual([28, 35]);
    expect(rules.provenance.spacing.claims[0]?.sources).toEqual(["000_6f82df9865416c89.txt:36"]);
  });

  it("makes a procedure without course facts one session, unless more are asked for", () => {
    const single = courseRulesFor(procedure("cryodestruction"));
    expect(single).toMatchObject({ sessions: 1, earliestStart: null, wholeBody: false });
    expect(single.provenance.sessions).toEqual({ from: "default", claims: [], conflicts: [] });
    const asked = courseRulesFor(procedure("cryodestruction"), { request: { sessions: 3 } });
    expect(asked).toMatchObject({ sessions: 3, minDaysBetween: 2, maxDaysBetween: 7 });
  });
});

describe("who overrides whom", () => {
  const ice = procedure("ice-cryomassage");

  it("lets the clinic protocol override the catalog, and the request override both", () => {
    const protocol = { sessions: 12, minDaysBetween: 3, maxDaysBetween: 4 };
    const byProtocol = courseRulesFor(ice, { protocol });
    expect(byProtocol).toMatchObject({ sessions: 12, minDaysBetween: 3, maxDaysBetween: 4 });
    expect(byProtocol.provenance.sessions.from).toBe("protocol");
    // The catalog's claims stay on record when overridden.
    expect(byProtocol.provenance.spacing.claims).toHaveLength(1);

    const byRequest = courseRulesFor(ice, {
      protocol,
      request: { sessions: 8, minDaysBetween: 2, maxDaysBetween: 2 },
    });
    expect(byRequest).toMatchObject({ sessions: 8, minDaysBetween: 2, maxDaysBetween: 2 });
    expect(byRequest.provenance.spacing.from).toBe("request");
  });

  it("fills a bound the request leaves out from the protocol, and stretches it when they clash", () => {
    const protocol = { minDaysBetween: 3, maxDaysBetween: 4 };
    expect(courseRulesFor(ice, { protocol, request: { maxDaysBetween: 6 } })).toMatchObject({
      minDaysBetween: 3,
      maxDaysBetween: 6,
    });
    expect(courseRulesFor(ice, { protocol, request: { minDaysBetween: 5 } })).toMatchObject({
      minDaysBetween: 5,
      maxDaysBetween: 5,
    });
  });

  it("never plans two sessions of a course on one day, even when a protocol allows 0 days", () => {
    expect(courseRulesFor(ice, { protocol: { minDaysBetween: 0, maxDaysBetween: 2 } })).toMatchObject({
      minDaysBetween: 1,
      maxDaysBetween: 2,
    });
  });

  it("refuses impossible values with a field error instead of planning nonsense", () => {
    const attempt = () =>
      courseRulesFor(ice, {
        request: { sessions: 0, minDaysBetween: 4, maxDaysBetween: 2 },
        lastCourseEnd: "soon",
      });
    expect(attempt).toThrow(DomainError);
    try {
      attempt();
    } catch (error) {
      expect((error as DomainError).details.fields?.map((f) => [f.field, f.code])).toEqual([
        ["request.sessions", "too-small"],
        ["request.maxDaysBetween", "spacing-min-exceeds-max"],
        ["lastCourseEnd", "invalid-format"],
      ]);
    }
  });
});

describe("repeat courses", () => {
  it("starts a repeat course six calendar months after the previous course's last session", () => {
    const rules = courseRulesFor(procedure("device-cryomassage"), { lastCourseEnd: "2026-03-31" });
    // 31 September does not exist: the month's last day.
    expect(rules.earliestStart).toBe("2026-09-30");
    expect(rules.provenance.repeatAfter).toEqual({
      from: "catalog",
      claims: [{ value: { min: 6, max: 6, unit: "months" }, sources: ["001_c5f45e6bac8c7cc5.txt:107"] }],
      conflicts: [],
    });
  });

  it("sets no earliest start without a previous course or without a repeat rule", () => {
    expect(courseRulesFor(procedure("nitrogen-cryomassage")).earliestStart).toBeNull();
    expect(
      courseRulesFor(procedure("cryolipolysis"), { lastCourseEnd: "2026-03-31" }).earliestStart,
    ).toBeNull();
  });
});
