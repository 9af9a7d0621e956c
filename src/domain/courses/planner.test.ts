import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { catalog } from "../../catalog/load.ts";
import { findSlots } from "../booking/availability.ts";
import { formatInstant, localDateRange } from "../booking/local-time.ts";
import type { Interval, PractitionerCalendar } from "../booking/types.ts";
import type { OpeningHours } from "../clinics.ts";
import { alternativesFor, planCourse } from "./planner.ts";
import { courseRulesFor } from "./rules.ts";
import type {
  CandidateSlot,
  ClientDay,
  ClientPreferences,
  CoursePlan,
  CoursePlanInput,
  CourseRules,
  PlannedSession,
} from "./types.ts";

// Courses planned over a small clinic whose bookable starts come from findSlots, so dates
// and times of day are real Europe/Berlin local time, daylight-saving change included.

const BERLIN = "Europe/Berlin";
const at = (local: string) => Temporal.PlainDateTime.from(local).toZonedDateTime(BERLIN).epochMilliseconds;
const span = (from: string, to: string): Interval => ({ start: at(from), end: at(to) });
const nextDay = (date: string) => Temporal.PlainDate.from(date).add({ days: 1 }).toString();

const hours = (days: (keyof OpeningHours)[], open = "09:00", close = "18:00"): OpeningHours => {
  const week: OpeningHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
  for (const day of days) week[day] = [{ open, close }];
  return week;
};
const DAILY = hours(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
const WEEKDAYS = hours(["mon", "tue", "wed", "thu", "fri"]);

const nurse = (id: string, busy: Interval[] = []): PractitionerCalendar => ({
  id,
  qualifications: ["nurse"],
  workingHours: hours(["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "00:00", "24:00"),
  busy,
});

/** Hourly 30-minute sessions in one room, read back as local dates and minutes like the app does. */
function candidates(setup: {
  from: string;
  to: string;
  openingHours?: OpeningHours;
  closures?: { startsOn: string; endsOn: string }[];
  practitioners?: PractitionerCalendar[];
}): CandidateSlot[] {
  const slots = findSlots({
    clinic: { timeZone: BERLIN, openingHours: setup.openingHours ?? DAILY, closures: setup.closures ?? [] },
    offering: {
      durationMinutes: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      resourceTypes: ["room"],
      qualifications: ["nurse"],
    },
    practitioners: setup.practitioners ?? [nurse("a")],
    resources: [{ id: "room-1", type: "room", busy: [] }],
    window: localDateRange(setup.from, nextDay(setup.to), BERLIN),
    stepMinutes: 60,
    notBefore: 0,
  });
  return slots.map((slot) => {
    const local = formatInstant(slot.start, BERLIN);
    return {
      start: slot.start,
      end: slot.end,
      date: local.slice(0, 10),
      minuteOfDay: Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16)),
      practitionerIds: slot.practitionerIds,
      resourceIds: slot.resourceIds,
    };
  });
}

const rules = (over: Partial<CourseRules> = {}): CourseRules => ({
  ...courseRulesFor(
    catalog.getProcedure("ice-cryomassage") as NonNullable<ReturnType<typeof catalog.getProcedure>>,
  ),
  ...over,
});
const anyTime: ClientPreferences = { weekdays: [], timeOfDay: null, practitionerId: null };

function input(
  over: Partial<CoursePlanInput> & Pick<CoursePlanInput, "firstDate" | "horizonEnd">,
): CoursePlanInput {
  return {
    rules: rules(),
    candidates: candidates({ from: over.firstDate, to: over.horizonEnd }),
    clientDays: [],
    preferences: anyTime,
    ...over,
  };
}

const dates = (plan: CoursePlan) => plan.sessions.map((s) => s.date);
const localTimes = (sessions: readonly PlannedSession[]) =>
  sessions.map((s) => formatInstant(s.start, BERLIN).slice(11, 16));
const gaps = (plan: CoursePlan) =>
  plan.sessions.slice(1).map((s, i) => {
    const previous = plan.sessions[i] as PlannedSession;
    return Temporal.PlainDate.from(previous.date).until(Temporal.PlainDate.from(s.date)).days;
  });

describe("spacing", () => {
  it("plans ten ice cryomassage sessions every two to three days, keeping to the shorter rhythm", () => {
    const plan = planCourse(input({ firstDate: "2026-05-04", horizonEnd: "2026-06-10" }));
    expect(plan.ok).toBe(true);
    expect(plan.sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(gaps(plan)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it("keeps a weekly course on one weekday", () => {
    const plan = planCourse(
      input({
        rules: rules({ sessions: 5, minDaysBetween: 7, maxDaysBetween: 7 }),
        firstDate: "2026-05-06",
        horizonEnd: "2026-06-30",
      }),
    );
    expect(plan.ok).toBe(true);
    expect(gaps(plan)).toEqual([7, 7, 7, 7]);
    expect(new Set(plan.sessions.map((s) => Temporal.PlainDate.from(s.date).dayOfWeek))).toEqual(
      new Set([3]),
    );
  });

  it("keeps a monthly cryolipolysis course within four to five weeks when a closure moves a session", () => {
    const cryolipolysis = courseRulesFor(
      catalog.getProcedure("cryolipolysis") as NonNullable<ReturnType<typeof catalog.getProcedure>>,
      { request: { sessions: 3 } },
    );
    const plan = planCourse(
      input({
        rules: cryolipolysis,
        firstDate: "2026-01-05",
        horizonEnd: "2026-04-30",
        candidates: candidates({
          from: "2026-01-05",
          to: "2026-04-30",
          closures: [{ startsOn: "2026-02-02", endsOn: "2026-02-03" }],
        }),
      }),
    );
    expect(dates(plan)).toEqual(["2026-01-05", "2026-02-04", "2026-03-04"]);
    for (const gap of gaps(plan)) expect(gap >= 28 && gap <= 35).toBe(true);
  });

  it("keeps spacing and the time of day across the spring DST change and around a closure", () => {
    // Clocks go forward on Sunday 29 March 2026. Sessions on the 29th would leave the next
    // one on closed days, so the course steps over it with a three-day gap.
    const plan = planCourse(
      input({
        firstDate: "2026-03-21",
        horizonEnd: "2026-04-20",
        candidates: candidates({
          from: "2026-03-21",
          to: "2026-04-20",
          closures: [{ startsOn: "2026-03-31", endsOn: "2026-04-01" }],
        }),
        preferences: { ...anyTime, timeOfDay: { from: 600, to: 780 } },
      }),
    );
    expect(plan.ok).toBe(true);
    expect(dates(plan)).toEqual([
      "2026-03-21",
      "2026-03-23",
      "2026-03-25",
      "2026-03-27",
      "2026-03-30",
      "2026-04-02",
      "2026-04-04",
      "2026-04-06",
      "2026-04-08",
      "2026-04-10",
    ]);
    expect(plan.sessions.map((s) => formatInstant(s.start, BERLIN).slice(11))).toEqual([
      ...Array(4).fill("10:00:00+01:00"),
      ...Array(6).fill("10:00:00+02:00"),
    ]);
  });
});

describe("a course that does not fit", () => {
  // Three sessions exactly two days apart in a clinic shut at weekends: only Mon–Wed–Fri works.
  const week = {
    rules: rules({ sessions: 3, minDaysBetween: 2, maxDaysBetween: 2 }),
    firstDate: "2026-03-02",
    horizonEnd: "2026-03-08",
  };
  const openOnWeekdays = (closures: { startsOn: string; endsOn: string }[] = []) =>
    candidates({ from: week.firstDate, to: week.horizonEnd, openingHours: WEEKDAYS, closures });
  const friday = (over: Partial<ClientDay>): ClientDay[] => [
    { date: "2026-03-06", busy: [], cold: false, wholeBody: false, ...over },
  ];

  it.each([
    {
      why: "the client has another cold procedure that Friday",
      clientDays: friday({ cold: true, busy: [span("2026-03-06T08:00", "2026-03-06T08:30")] }),
      rule: "one-cold-procedure-per-day",
    },
    {
      why: "the client is busy all Friday",
      clientDays: friday({ busy: [span("2026-03-06T09:00", "2026-03-06T18:00")] }),
      rule: "client-busy",
    },
    {
      why: "the client has another whole-body session that Friday",
      clientDays: friday({ cold: true, wholeBody: true }),
      wholeBody: true,
      rule: "one-whole-body-session-per-day",
    },
    { why: "the clinic is closed on Friday", closed: true, rule: "no-slot-in-spacing" },
  ])("says session 3 breaks $rule when $why", ({ clientDays, closed, wholeBody, rule }) => {
    const plan = planCourse(
      input({
        ...week,
        rules: { ...week.rules, wholeBody: wholeBody ?? false },
        candidates: openOnWeekdays(closed ? [{ startsOn: "2026-03-06", endsOn: "2026-03-06" }] : []),
        clientDays: clientDays ?? [],
      }),
    );
    expect(plan).toMatchObject({
      ok: false,
      problem: { number: 3, rule, searched: { from: "2026-03-06", to: "2026-03-06" } },
    });
    expect(dates(plan)).toEqual(["2026-03-02", "2026-03-04"]);
  });

  it("says the course runs past the horizon", () => {
    const plan = planCourse(input({ ...week, horizonEnd: "2026-03-05", candidates: openOnWeekdays() }));
    expect(plan).toMatchObject({
      ok: false,
      problem: {
        number: 3,
        rule: "no-slot-before-horizon",
        searched: { from: "2026-03-06", to: "2026-03-06" },
      },
    });
  });

  it("says a repeat course may not start yet", () => {
    const plan = planCourse(
      input({ ...week, rules: { ...week.rules, earliestStart: "2026-04-01" }, candidates: openOnWeekdays() }),
    );
    expect(plan).toEqual({
      ok: false,
      sessions: [],
      problem: { number: 1, rule: "repeat-too-soon", searched: { from: "2026-03-02", to: "2026-03-08" } },
    });
  });

  it("calls a re-plan with no sessions left complete", () => {
    expect(planCourse(input({ ...week, rules: { ...week.rules, sessions: 0 }, candidates: [] }))).toEqual({
      ok: true,
      sessions: [],
    });
  });

  it("starts a repeat course on its earliest date", () => {
    const plan = planCourse(
      input({
        ...week,
        rules: { ...week.rules, sessions: 1, earliestStart: "2026-03-04" },
        candidates: openOnWeekdays(),
      }),
    );
    expect(dates(plan)).toEqual(["2026-03-04"]);
  });
});

describe("preferences", () => {
  const may = { firstDate: "2026-05-04", horizonEnd: "2026-06-10" };

  it("books preferred weekdays while the rhythm allows", () => {
    const plan = planCourse(
      input({ ...may, rules: rules({ sessions: 6 }), preferences: { ...anyTime, weekdays: [1, 3, 5] } }),
    );
    expect(plan.sessions.map((s) => Temporal.PlainDate.from(s.date).dayOfWeek)).toEqual([1, 3, 5, 1, 3, 5]);
  });

  it("falls back to other days rather than failing when the preferred weekday cannot keep the spacing", () => {
    const plan = planCourse(
      input({
        ...may,
        firstDate: "2026-05-07",
        rules: rules({ sessions: 4 }),
        preferences: { ...anyTime, weekdays: [1] },
      }),
    );
    expect(plan.ok).toBe(true);
    // Starts on the preferred Monday, keeps two days apart, and takes Monday again when in reach.
    expect(dates(plan)).toEqual(["2026-05-11", "2026-05-13", "2026-05-15", "2026-05-18"]);
  });

  it("keeps the preferred time of day, and takes the nearest free time when it is gone", () => {
    const a = nurse("a", [span("2026-05-08T13:00", "2026-05-08T18:00")]);
    const plan = planCourse(
      input({
        ...may,
        rules: rules({ sessions: 4, minDaysBetween: 2, maxDaysBetween: 2 }),
        candidates: candidates({ from: may.firstDate, to: may.horizonEnd, practitioners: [a] }),
        preferences: { ...anyTime, timeOfDay: { from: 900, to: 1020 } },
      }),
    );
    expect(plan.ok).toBe(true);
    expect(localTimes(plan.sessions)).toEqual(["15:00", "15:00", "12:00", "15:00"]);
  });

  it("books the practitioner the client asks for, and someone else only on a day they are away", () => {
    const b = nurse("b", [span("2026-05-06T00:00", "2026-05-07T00:00")]);
    const plan = planCourse(
      input({
        ...may,
        rules: rules({ sessions: 4, minDaysBetween: 2, maxDaysBetween: 2 }),
        candidates: candidates({ from: may.firstDate, to: may.horizonEnd, practitioners: [nurse("a"), b] }),
        preferences: { ...anyTime, practitionerId: "b" },
      }),
    );
    expect(plan.sessions.map((s) => s.practitionerId)).toEqual(["b", "a", "b", "b"]);
  });

  it("keeps the first session's practitioner for the whole course", () => {
    // a, listed first, is away on the first day; the course then stays with b.
    const a = nurse("a", [span("2026-05-04T00:00", "2026-05-05T00:00")]);
    const plan = planCourse(
      input({
        ...may,
        rules: rules({ sessions: 5 }),
        candidates: candidates({ from: may.firstDate, to: may.horizonEnd, practitioners: [a, nurse("b")] }),
      }),
    );
    expect(plan.ok).toBe(true);
    expect(plan.sessions.map((s) => s.practitionerId)).toEqual(["b", "b", "b", "b", "b"]);
  });
});

describe("required wishes and alternatives", () => {
  const four = rules({ sessions: 4, minDaysBetween: 2, maxDaysBetween: 2 });

  it("explains a required practitioner's absence and offers a later start or another practitioner", () => {
    const b = nurse("b", [span("2026-05-06T00:00", "2026-05-07T00:00")]);
    const course = input({
      rules: four,
      firstDate: "2026-05-04",
      horizonEnd: "2026-05-11",
      candidates: candidates({ from: "2026-05-04", to: "2026-05-11", practitioners: [nurse("a"), b] }),
      preferences: { ...anyTime, practitionerId: "b" },
      requirements: { practitioner: true, startOnFirstDate: true },
    });
    const plan = planCourse(course);
    expect(plan).toMatchObject({
      ok: false,
      problem: {
        number: 2,
        rule: "practitioner-unavailable",
        searched: { from: "2026-05-06", to: "2026-05-06" },
      },
    });
    expect(plan.sessions.map((s) => [s.date, s.practitionerId])).toEqual([["2026-05-04", "b"]]);

    const alternatives = alternativesFor(course, plan.ok ? undefined : plan.problem);
    expect(alternatives.laterStart && dates(alternatives.laterStart)).toEqual([
      "2026-05-05",
      "2026-05-07",
      "2026-05-09",
      "2026-05-11",
    ]);
    expect(alternatives.laterStart?.sessions.every((s) => s.practitionerId === "b")).toBe(true);
    expect(alternatives.otherPractitioner?.sessions.map((s) => [s.date, s.practitionerId])).toEqual([
      ["2026-05-04", "a"],
      ["2026-05-06", "a"],
      ["2026-05-08", "a"],
      ["2026-05-10", "a"],
    ]);
    expect(alternatives.otherTimes).toBeUndefined();
  });

  it("explains a required time of day that is gone and offers other times", () => {
    const afternoonOff = span("2026-05-06T14:00", "2026-05-06T18:00");
    const course = input({
      rules: four,
      firstDate: "2026-05-04",
      horizonEnd: "2026-05-10",
      candidates: candidates({
        from: "2026-05-04",
        to: "2026-05-10",
        practitioners: [nurse("a", [afternoonOff]), nurse("b", [afternoonOff])],
      }),
      preferences: { ...anyTime, timeOfDay: { from: 900, to: 960 } },
      requirements: { timeOfDay: true, startOnFirstDate: true },
    });
    const plan = planCourse(course);
    expect(plan).toMatchObject({ ok: false, problem: { number: 2, rule: "outside-time-of-day" } });

    const alternatives = alternativesFor(course);
    expect(alternatives.laterStart).toBeUndefined();
    expect(alternatives.otherPractitioner).toBeUndefined();
    expect(alternatives.otherTimes && localTimes(alternatives.otherTimes.sessions)).toEqual([
      "15:00",
      "13:00",
      "15:00",
      "15:00",
    ]);
  });

  it("offers nothing when the client's own days leave no room, since no relaxation would help", () => {
    const course = input({
      rules: four,
      firstDate: "2026-05-04",
      horizonEnd: "2026-05-10",
      clientDays: [{ date: "2026-05-06", busy: [], cold: true, wholeBody: false }],
    });
    expect(planCourse(course).ok).toBe(false);
    expect(alternativesFor(course)).toEqual({});
  });
});
