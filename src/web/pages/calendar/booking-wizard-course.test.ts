import { describe, expect, test } from "vitest";
import type { CoursePlan, PlannedCourseSession } from "../../api/courses-types.ts";
import {
  bookRequest,
  type CourseDraft,
  courseReady,
  courseReducer,
  initialCourse,
  planRequest,
} from "./booking-wizard-course.ts";

const session = (number: number, date: string, practitioner = "p1"): PlannedCourseSession => ({
  number,
  date,
  start: `${date}T10:00:00+03:00`,
  end: `${date}T10:20:00+03:00`,
  practitioner: { id: practitioner, name: practitioner },
  resourceIds: ["room-1"],
});

const rules = { sessions: 3, minDaysBetween: 2, maxDaysBetween: 7 } as CoursePlan["rules"];

function plan(overrides: Partial<CoursePlan> = {}): CoursePlan {
  return {
    timeZone: "Europe/Moscow",
    rules,
    complete: true,
    sessions: [session(1, "2026-11-23"), session(2, "2026-11-25"), session(3, "2026-11-27")],
    problem: null,
    alternatives: {},
    ...overrides,
  };
}

function planned(draft: CourseDraft, answer = plan()): CourseDraft {
  return courseReducer(draft, {
    type: "planned",
    plan: answer,
    request: planRequest("c1", "o1", draft),
  });
}

describe("a course in the booking wizard", () => {
  test("fills sessions and spacing from the rules, and sends only what the user changed", () => {
    const first = planned(initialCourse("2026-11-23"));
    expect(first.form).toMatchObject({ sessions: "3", minDays: "2", maxDays: "7" });
    expect(planRequest("c1", "o1", first)).not.toHaveProperty("sessions");
    expect(planRequest("c1", "o1", first)).not.toHaveProperty("minDaysBetween");

    const edited = courseReducer(first, { type: "form", patch: { sessions: "8", maxDays: "3" } });
    expect(planRequest("c1", "o1", edited)).toMatchObject({ sessions: 8, maxDaysBetween: 3 });
    expect(planRequest("c1", "o1", edited)).not.toHaveProperty("minDaysBetween");
    // Back to the rules' own value: the rules decide again.
    const back = courseReducer(edited, { type: "form", patch: { sessions: "3" } });
    expect(planRequest("c1", "o1", back)).not.toHaveProperty("sessions");
  });

  test("makes the time window binding only when asked and a window is given", () => {
    const strict = courseReducer(initialCourse("2026-11-23"), {
      type: "form",
      patch: { strictTime: true, onePractitioner: true, weekdays: [5, 1], timeFrom: "10:00" },
    });
    expect(planRequest("c1", "o1", strict)).toMatchObject({
      preferences: { weekdays: [1, 5], timeFrom: "10:00" },
      require: { practitioner: true, timeOfDay: true, firstDate: false },
    });
    const noWindow = courseReducer(strict, { type: "form", patch: { timeFrom: "" } });
    expect(planRequest("c1", "o1", noWindow).require?.timeOfDay).toBe(false);
  });

  test("books only a whole course planned for the current wishes", () => {
    const partial = planned(
      initialCourse("2026-11-23"),
      plan({
        complete: false,
        sessions: [session(1, "2026-11-23")],
        problem: {
          number: 2,
          rule: "no-slot-in-spacing",
          searched: { from: "2026-11-25", to: "2026-11-30" },
        },
        alternatives: {
          laterStart: {
            complete: true,
            sessions: [session(1, "2026-12-07"), session(2, "2026-12-09"), session(3, "2026-12-11")],
            problem: null,
          },
        },
      }),
    );
    expect(courseReady(partial)).toBe(false);
    const later = courseReducer(partial, { type: "take-alternative", kind: "laterStart" });
    expect(courseReady(later)).toBe(true);
    expect(later.sessions[0]?.date).toBe("2026-12-07");
    expect(courseReady(courseReducer(later, { type: "form", patch: { timeTo: "12:00" } }))).toBe(false);
  });

  test("sends a moved session without its room, and a new key once anything moved", () => {
    const sent = courseReducer(planned(initialCourse("2026-11-23")), {
      type: "submit",
      idempotencyKey: "k1",
    });
    expect(bookRequest(sent)?.sessions[1]).toEqual({
      number: 2,
      start: "2026-11-25T10:00:00+03:00",
      practitionerId: "p1",
      resourceIds: ["room-1"],
    });
    const moved = courseReducer(sent, {
      type: "edit-session",
      number: 2,
      date: "2026-11-24",
      start: "2026-11-24T12:00:00+03:00",
      end: "2026-11-24T12:20:00+03:00",
    });
    expect(moved.idempotencyKey).toBeNull();
    expect(bookRequest(moved)?.sessions[1]).toEqual({
      number: 2,
      start: "2026-11-24T12:00:00+03:00",
      practitionerId: "p1",
    });
    const undone = courseReducer(moved, { type: "undo-edit", number: 2 });
    expect(undone.sessions[1]).toMatchObject({ date: "2026-11-25", edited: false });
  });
});
