import type {
  AlternativeKind,
  CourseBookRequest,
  CoursePlan,
  CoursePlanRequest,
  CourseProposal,
  PlannedCourseSession,
} from "../../api/courses-types.ts";

// A course in the booking wizard: the wishes it is planned with, the planner's answer,
// which proposal is taken (the plan or one of its alternatives) and the sessions as the
// user adjusted them. Sessions and spacing start empty and are filled from the rules the
// first answer names; only a value the user changed is sent, so the catalog and the
// clinic's protocol keep deciding the rest.

export interface CourseForm {
  sessions: string;
  minDays: string;
  maxDays: string;
  firstDate: string;
  /** ISO weekdays, 1 (Mon) … 7 (Sun); none means any day. */
  weekdays: number[];
  timeFrom: string;
  timeTo: string;
  /** Only inside the time window, not merely preferably. */
  strictTime: boolean;
  /** One practitioner for every session (require.practitioner). */
  onePractitioner: boolean;
  /** The preferred practitioner; "" for anyone qualified. */
  practitionerId: string;
}

type RuleValues = { sessions?: number; minDays?: number; maxDays?: number };

export interface DraftSession extends PlannedCourseSession {
  /** Moved by hand: the server checks it again when the course is booked. */
  edited: boolean;
}

export interface CourseDraft {
  form: CourseForm;
  /** The rules' own values for what the user left alone; a field that differs is sent. */
  defaults: RuleValues;
  /** The planner's last answer and the request that produced it. */
  plan: CoursePlan | null;
  request: CoursePlanRequest | null;
  /** The wishes changed since the last plan: plan again before booking. */
  stale: boolean;
  shown: "plan" | AlternativeKind;
  sessions: DraftSession[];
  idempotencyKey: string | null;
}

export type CourseAction =
  | { type: "form"; patch: Partial<CourseForm> }
  | { type: "planned"; plan: CoursePlan; request: CoursePlanRequest }
  | { type: "take-alternative"; kind: AlternativeKind }
  | { type: "edit-session"; number: number; date: string; start: string; end: string }
  | { type: "undo-edit"; number: number }
  | { type: "submit"; idempotencyKey: string };

export function initialCourse(firstDate: string): CourseDraft {
  return {
    form: {
      sessions: "",
      minDays: "",
      maxDays: "",
      firstDate,
      weekdays: [],
      timeFrom: "",
      timeTo: "",
      strictTime: false,
      onePractitioner: false,
      practitionerId: "",
    },
    defaults: {},
    plan: null,
    request: null,
    stale: false,
    shown: "plan",
    sessions: [],
    idempotencyKey: null,
  };
}

/** A new client or procedure: the wishes stay, what was planned for the old choice goes. */
export function forgetPlan(draft: CourseDraft, options = { keepPractitioner: true }): CourseDraft {
  const fresh = initialCourse(draft.form.firstDate);
  const form = { ...draft.form, sessions: "", minDays: "", maxDays: "" };
  return { ...fresh, form: options.keepPractitioner ? form : { ...form, practitionerId: "" } };
}

const whole = (text: string): number | undefined => {
  const value = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(value) ? value : undefined;
};

/** What planning sends for the current wishes. */
export function planRequest(clientId: string, offeringId: string, draft: CourseDraft): CoursePlanRequest {
  const { form, defaults } = draft;
  const changed = (text: string, rule: number | undefined) => {
    const value = whole(text);
    return value !== undefined && value !== rule ? value : undefined;
  };
  const sessions = changed(form.sessions, defaults.sessions);
  const minDaysBetween = changed(form.minDays, defaults.minDays);
  const maxDaysBetween = changed(form.maxDays, defaults.maxDays);
  return {
    clientId,
    offeringId,
    ...(form.firstDate && { firstDate: form.firstDate }),
    ...(sessions !== undefined && { sessions }),
    ...(minDaysBetween !== undefined && { minDaysBetween }),
    ...(maxDaysBetween !== undefined && { maxDaysBetween }),
    preferences: {
      weekdays: [...form.weekdays].sort(),
      ...(form.timeFrom && { timeFrom: form.timeFrom }),
      ...(form.timeTo && { timeTo: form.timeTo }),
      ...(form.practitionerId && { practitionerId: form.practitionerId }),
    },
    require: {
      practitioner: form.onePractitioner,
      timeOfDay: form.strictTime && Boolean(form.timeFrom || form.timeTo),
      firstDate: false,
    },
  };
}

/** The proposal being shown: the plan's own or the alternative taken. */
export function shownProposal(draft: CourseDraft): CourseProposal | null {
  if (!draft.plan) return null;
  return draft.shown === "plan" ? draft.plan : (draft.plan.alternatives[draft.shown] ?? draft.plan);
}

/** Booking is open once a whole course is shown for the current wishes. */
export function courseReady(draft: CourseDraft): boolean {
  const proposal = shownProposal(draft);
  return !draft.stale && proposal !== null && proposal.complete && draft.sessions.length > 0;
}

/** What booking sends: the plan's request and every session; a moved one lets the server pick its room. */
export function bookRequest(draft: CourseDraft): CourseBookRequest | null {
  if (!draft.request || draft.sessions.length === 0) return null;
  return {
    plan: draft.request,
    sessions: draft.sessions.map((session) => ({
      number: session.number,
      start: session.start,
      practitionerId: session.practitioner.id,
      ...(!session.edited && { resourceIds: session.resourceIds }),
    })),
  };
}

const asDraft = (sessions: readonly PlannedCourseSession[]): DraftSession[] =>
  sessions.map((session) => ({ ...session, edited: false }));

export function courseReducer(draft: CourseDraft, action: CourseAction): CourseDraft {
  switch (action.type) {
    case "form":
      return { ...draft, form: { ...draft.form, ...action.patch }, stale: draft.plan !== null };
    case "planned": {
      const { rules } = action.plan;
      const { request } = action;
      const defaults = {
        sessions: request.sessions === undefined ? rules.sessions : draft.defaults.sessions,
        minDays: request.minDaysBetween === undefined ? rules.minDaysBetween : draft.defaults.minDays,
        maxDays: request.maxDaysBetween === undefined ? rules.maxDaysBetween : draft.defaults.maxDays,
      };
      return {
        ...draft,
        form: {
          ...draft.form,
          sessions: String(rules.sessions),
          minDays: String(rules.minDaysBetween),
          maxDays: String(rules.maxDaysBetween),
        },
        defaults,
        plan: action.plan,
        request,
        stale: false,
        shown: "plan",
        sessions: asDraft(action.plan.sessions),
        idempotencyKey: null,
      };
    }
    case "take-alternative": {
      const alternative = draft.plan?.alternatives[action.kind];
      if (!alternative) return draft;
      return { ...draft, shown: action.kind, sessions: asDraft(alternative.sessions), idempotencyKey: null };
    }
    case "edit-session":
      return {
        ...draft,
        sessions: draft.sessions.map((session) =>
          session.number === action.number
            ? { ...session, date: action.date, start: action.start, end: action.end, edited: true }
            : session,
        ),
        idempotencyKey: null,
      };
    case "undo-edit": {
      const original = shownProposal(draft)?.sessions.find((s) => s.number === action.number);
      if (!original) return draft;
      return {
        ...draft,
        sessions: draft.sessions.map((session) =>
          session.number === action.number ? { ...original, edited: false } : session,
        ),
        idempotencyKey: null,
      };
    }
    case "submit":
      return { ...draft, idempotencyKey: action.idempotencyKey };
  }
}
