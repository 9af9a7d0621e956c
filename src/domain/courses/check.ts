import { daysBetween } from "../booking/local-time.ts";
import type { CourseRules } from "./types.ts";

// Checks sessions someone chose (or adjusted) against the course's rules before they are
// booked: the planner's proposals keep them by construction, a person's edits may not.

export type SessionRuleBreak =
  | { number: number; rule: "numbering" }
  | { number: number; rule: "too-many-sessions" }
  | { number: number; rule: "repeat-too-soon"; earliest: string }
  | {
      number: number;
      rule: "spacing-too-short" | "spacing-too-long";
      days: number;
      min: number;
      max: number;
    };

/**
 * The first rule the sessions break, or null. `sessions` are in number order with their
 * local dates; `previousDate` is the date of a held session before them (a re-plan).
 */
export function firstRuleBreak(
  rules: CourseRules,
  sessions: readonly { number: number; date: string }[],
  options: { firstNumber?: number; previousDate?: string | null } = {},
): SessionRuleBreak | null {
  const firstNumber = options.firstNumber ?? 1;
  let previous = options.previousDate ?? null;
  for (const [index, session] of sessions.entries()) {
    if (session.number !== firstNumber + index) return { number: session.number, rule: "numbering" };
    if (session.number > rules.sessions) return { number: session.number, rule: "too-many-sessions" };
    if (index === 0 && rules.earliestStart && session.date < rules.earliestStart && firstNumber === 1) {
      return { number: session.number, rule: "repeat-too-soon", earliest: rules.earliestStart };
    }
    if (previous !== null) {
      const days = daysBetween(previous, session.date);
      const limits = { days, min: rules.minDaysBetween, max: rules.maxDaysBetween };
      if (days < rules.minDaysBetween)
        return { number: session.number, rule: "spacing-too-short", ...limits };
      // After a gap in a re-plan the rhythm restarts: only sessions within the new plan keep the maximum.
      if (days > rules.maxDaysBetween && index > 0)
        return { number: session.number, rule: "spacing-too-long", ...limits };
    }
    previous = session.date;
  }
  return null;
}
