import { describe, expect, test } from "vitest";
import type { AvailableSlot, Offering } from "../../api/booking-types.ts";
import type { CoursePlan } from "../../api/courses-types.ts";
import {
  canEnter,
  idempotencyKeyFor,
  initialWizard,
  type WizardState,
  wizardReducer,
} from "./booking-wizard-state.ts";

const offering = (id: string) => ({ id, name: id }) as Offering;
const slot = (start: string, practitionerIds = ["p1", "p2"]): AvailableSlot => ({
  start,
  end: start,
  practitionerIds,
});

function chosen(): WizardState {
  let state = initialWizard("2026-05-12");
  state = wizardReducer(state, { type: "choose-client", client: { id: "c1", name: "Anna" } });
  state = wizardReducer(state, { type: "choose-offering", offering: offering("o1") });
  return wizardReducer(state, { type: "choose-slot", slot: slot("2026-05-12T10:00:00+03:00") });
}

describe("the booking wizard", () => {
  test("opens a step only once everything before it is chosen", () => {
    const fresh = initialWizard("2026-05-12");
    expect(wizardReducer(fresh, { type: "go", step: "confirm" }).step).toBe("client");
    expect(wizardReducer(chosen(), { type: "go", step: "confirm" }).step).toBe("confirm");
  });

  test("sends the same idempotency key when the same booking is confirmed again", () => {
    const first = idempotencyKeyFor(chosen(), () => "key-1");
    const sent = wizardReducer(chosen(), { type: "submit", idempotencyKey: first });
    expect(idempotencyKeyFor(sent, () => "key-2")).toBe("key-1");
  });

  test("makes a new booking, with a new key, once any choice changes", () => {
    const sent = wizardReducer(chosen(), { type: "submit", idempotencyKey: "key-1" });
    for (const change of [
      wizardReducer(sent, { type: "choose-slot", slot: slot("2026-05-12T11:00:00+03:00") }),
      wizardReducer(sent, { type: "choose-practitioner", practitionerId: "p2" }),
      wizardReducer(sent, { type: "notes", notes: "First visit" }),
    ]) {
      expect(idempotencyKeyFor(change, () => "key-2")).toBe("key-2");
    }
  });

  test("forgets the time when the procedure changes, and keeps a filtered practitioner with a new time", () => {
    const other = wizardReducer(chosen(), { type: "choose-offering", offering: offering("o2") });
    expect(other.slot).toBeNull();
    const filtered = wizardReducer(other, { type: "filter-practitioner", practitionerId: "p2" });
    expect(
      wizardReducer(filtered, { type: "choose-slot", slot: slot("2026-05-13T09:00:00+03:00") })
        .practitionerId,
    ).toBe("p2");
  });

  test("plans a course instead of one time: the last step opens only for a whole course", () => {
    const course = wizardReducer(chosen(), { type: "choose-kind", kind: "course" });
    expect(canEnter(course, "slot")).toBe(true);
    expect(canEnter(course, "confirm")).toBe(false);
    const planned = wizardReducer(course, {
      type: "course",
      action: {
        type: "planned",
        request: { clientId: "c1", offeringId: "o1" },
        plan: {
          timeZone: "Europe/Moscow",
          rules: { sessions: 1, minDaysBetween: 2, maxDaysBetween: 3 } as CoursePlan["rules"],
          complete: true,
          sessions: [
            {
              number: 1,
              date: "2026-05-13",
              start: "2026-05-13T10:00:00+03:00",
              end: "2026-05-13T10:20:00+03:00",
              practitioner: { id: "p1", name: "P" },
              resourceIds: [],
            },
          ],
          problem: null,
          alternatives: {},
        },
      },
    });
    expect(canEnter(planned, "confirm")).toBe(true);
    // Another procedure has other rules: its course is planned afresh.
    const other = wizardReducer(planned, { type: "choose-offering", offering: offering("o2") });
    expect(other.course.plan).toBeNull();
    expect(canEnter(other, "confirm")).toBe(false);
  });
});
