import { ApiError } from "../../api/api-error.ts";
import type { PlanProblem, RuleBreak, SessionRuleBreak } from "../../api/courses-types.ts";
import type { MessageKey } from "../../i18n/en.ts";
import type { I18n } from "../../i18n/i18n.tsx";
import { bookingProblemMessage } from "../calendar/booking-problem.ts";

// Plain words for what the course planner and the course booking refuse: which session
// breaks which rule, in the interface's language. The server names the rule by a stable
// code; every code has its own sentence here.

type Texts = Pick<I18n, "t" | "serverMessage" | "formatDate">;

const PLAN_RULES: Record<RuleBreak, MessageKey> = {
  "no-slot-in-spacing": "course.rule.noSlotInSpacing",
  "no-slot-before-horizon": "course.rule.noSlotBeforeHorizon",
  "repeat-too-soon": "course.rule.repeatTooSoon",
  "client-busy": "course.rule.clientBusy",
  "one-cold-procedure-per-day": "course.rule.oneColdProcedurePerDay",
  "one-whole-body-session-per-day": "course.rule.oneWholeBodySessionPerDay",
  "practitioner-unavailable": "course.rule.practitionerUnavailable",
  "outside-time-of-day": "course.rule.outsideTimeOfDay",
  "no-slot-on-first-date": "course.rule.noSlotOnFirstDate",
};

const SESSION_RULES: Record<SessionRuleBreak["rule"], MessageKey> = {
  "spacing-too-short": "course.check.spacingTooShort",
  "spacing-too-long": "course.check.spacingTooLong",
  "repeat-too-soon": "course.check.repeatTooSoon",
  numbering: "course.check.numbering",
  "too-many-sessions": "course.check.tooManySessions",
};

/** "Session 4 does not fit: …" for a proposal that is not whole. */
export function planProblemMessage(problem: PlanProblem, i18n: Pick<Texts, "t" | "formatDate">): string {
  const key = PLAN_RULES[problem.rule] ?? "course.rule.unknown";
  return i18n.t(key, {
    number: problem.number,
    previous: problem.number - 1,
    from: i18n.formatDate(problem.searched.from),
    to: i18n.formatDate(problem.searched.to),
  });
}

const extension = (error: unknown, name: string): unknown =>
  error instanceof ApiError ? error.extensions[name] : undefined;

const numberOf = (value: unknown): number | null => (typeof value === "number" ? value : null);

/** What went wrong with one session, from a booking refusal; null when the refusal names none. */
export interface SessionRefusal {
  number: number;
  message: string;
}

/** The session a refusal of a course booking names, with the reason in plain words. */
export function sessionRefusal(error: unknown, i18n: Texts): SessionRefusal | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === "course-rule-broken") {
    const number = numberOf(extension(error, "number"));
    if (number === null) return null;
    const rule = extension(error, "rule") as SessionRuleBreak["rule"];
    const key = SESSION_RULES[rule] ?? "course.check.unknown";
    const earliest = extension(error, "earliest");
    return {
      number,
      message: i18n.t(key, {
        days: numberOf(extension(error, "days")) ?? "",
        min: numberOf(extension(error, "min")) ?? "",
        max: numberOf(extension(error, "max")) ?? "",
        earliest: typeof earliest === "string" ? i18n.formatDate(earliest) : "",
      }),
    };
  }
  // A time that cannot be booked at all (closed, no practitioner…): the calendar's words for it.
  const session = numberOf(extension(error, "session"));
  if (error.code === "slot-unavailable" && session !== null) {
    return { number: session, message: bookingProblemMessage(error, i18n) };
  }
  return null;
}

/** The course booking's or change's refusal as one sentence. */
export function courseProblemMessage(error: unknown, i18n: Texts): string {
  const code = error instanceof ApiError ? error.code : null;
  const refusal = sessionRefusal(error, i18n);
  if (refusal) return i18n.t("course.refused.session", { number: refusal.number, message: refusal.message });
  if (code === "course-slot-taken") {
    const session = numberOf(extension(error, "session"));
    return session === null
      ? i18n.t("course.refused.slotTaken")
      : i18n.t("course.refused.sessionTaken", { number: session });
  }
  if (code === "course-not-active") return i18n.t("course.refused.notActive");
  if (code === "course-not-paused") return i18n.t("course.refused.notPaused");
  if (code === "course-not-cancellable") return i18n.t("course.refused.notCancellable");
  if (code === "course-does-not-fit") return i18n.t("course.refused.doesNotFit");
  return bookingProblemMessage(error, i18n);
}
