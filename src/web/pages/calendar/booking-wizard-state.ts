import type { AvailableSlot, Offering } from "../../api/booking-types.ts";
import {
  type CourseAction,
  type CourseDraft,
  courseReady,
  courseReducer,
  forgetPlan,
  initialCourse,
} from "./booking-wizard-course.ts";

// The booking wizard's choices and where it stands. A later step opens only once the
// earlier ones are chosen; changing an earlier choice clears what depended on it. The
// idempotency key belongs to one confirmed booking: a retry of it sends the same key,
// any changed choice makes the next confirmation a new booking with a new key. A course
// (many sessions under spacing rules) takes the place of the single time from step 3 on.

export const WIZARD_STEPS = ["client", "offering", "slot", "confirm"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** One appointment, or a course of them planned together. */
export type BookingKind = "single" | "course";

export interface WizardState {
  step: WizardStep;
  client: { id: string; name: string } | null;
  offering: Offering | null;
  /** First local day the slot step searches. */
  searchFrom: string;
  /** Only this practitioner's free times; "" for anyone qualified. */
  practitionerFilter: string;
  slot: AvailableSlot | null;
  /** Who performs it; "" lets the server pick whoever is free. */
  practitionerId: string;
  notes: string;
  idempotencyKey: string | null;
  kind: BookingKind;
  course: CourseDraft;
}

export type WizardAction =
  | { type: "choose-client"; client: { id: string; name: string } }
  | { type: "choose-offering"; offering: Offering }
  | { type: "search-from"; date: string }
  | { type: "filter-practitioner"; practitionerId: string }
  | { type: "choose-slot"; slot: AvailableSlot }
  | { type: "choose-practitioner"; practitionerId: string }
  | { type: "notes"; notes: string }
  | { type: "go"; step: WizardStep }
  | { type: "submit"; idempotencyKey: string }
  | { type: "choose-kind"; kind: BookingKind }
  | { type: "course"; action: CourseAction };

/** `courseFrom` is the first date a course is planned from (the day after today unless a later day was asked for). */
export function initialWizard(searchFrom: string, courseFrom: string = searchFrom): WizardState {
  return {
    step: "client",
    client: null,
    offering: null,
    searchFrom,
    practitionerFilter: "",
    slot: null,
    practitionerId: "",
    notes: "",
    idempotencyKey: null,
    kind: "single",
    course: initialCourse(courseFrom),
  };
}

/** Whether a step can be shown: everything before it is chosen. */
export function canEnter(state: WizardState, step: WizardStep): boolean {
  switch (step) {
    case "client":
      return true;
    case "offering":
      return state.client !== null;
    case "slot":
      return state.client !== null && state.offering !== null;
    case "confirm":
      return (
        state.client !== null &&
        state.offering !== null &&
        (state.kind === "course" ? courseReady(state.course) : state.slot !== null)
      );
  }
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  // Every change of a choice makes the next confirmation a booking of its own.
  const fresh = { ...state, idempotencyKey: null };
  switch (action.type) {
    case "choose-client":
      return {
        ...fresh,
        client: action.client,
        course: action.client.id === state.client?.id ? state.course : forgetPlan(state.course),
      };
    case "choose-offering":
      return action.offering.id === state.offering?.id
        ? state
        : {
            ...fresh,
            offering: action.offering,
            slot: null,
            practitionerFilter: "",
            practitionerId: "",
            // Another procedure has its own rules and its own qualified practitioners.
            course: forgetPlan(state.course, { keepPractitioner: false }),
          };
    case "search-from":
      return { ...state, searchFrom: action.date };
    case "filter-practitioner":
      return {
        ...fresh,
        practitionerFilter: action.practitionerId,
        slot: null,
        practitionerId: action.practitionerId,
      };
    case "choose-slot": {
      // A filtered search names its practitioner; otherwise keep a choice the new slot allows.
      const keep = action.slot.practitionerIds.includes(state.practitionerId) ? state.practitionerId : "";
      return { ...fresh, slot: action.slot, practitionerId: state.practitionerFilter || keep };
    }
    case "choose-practitioner":
      return { ...fresh, practitionerId: action.practitionerId };
    case "notes":
      return { ...fresh, notes: action.notes };
    case "go":
      return canEnter(state, action.step) ? { ...state, step: action.step } : state;
    case "submit":
      return { ...state, idempotencyKey: action.idempotencyKey };
    case "choose-kind":
      return { ...fresh, kind: action.kind };
    case "course":
      return { ...state, course: courseReducer(state.course, action.action) };
  }
}

/** The key for confirming now: the one already sent for these choices, or a new one. */
export function idempotencyKeyFor(state: WizardState, newKey: () => string): string {
  return state.idempotencyKey ?? newKey();
}
