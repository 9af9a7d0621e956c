import { describe, expect, test } from "vitest";
import { ApiError } from "../../api/api-error.ts";
import type { RuleBreak } from "../../api/courses-types.ts";
import { en, type MessageKey } from "../../i18n/en.ts";
import { ru } from "../../i18n/ru.ts";
import { courseProblemMessage, planProblemMessage, sessionRefusal } from "./course-problem.ts";

const texts = (dictionary: Record<MessageKey, string>) => ({
  t: (key: MessageKey, params?: Record<string, string | number>) =>
    dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`)),
  serverMessage: (message: string) => message,
  formatDate: (date: string) => date,
});
const english = texts(en);

const RULES: RuleBreak[] = [
  "no-slot-in-spacing",
  "no-slot-before-horizon",
  "repeat-too-soon",
  "client-busy",
  "one-cold-procedure-per-day",
  "one-whole-body-session-per-day",
  "practitioner-unavailable",
  "outside-time-of-day",
  "no-slot-on-first-date",
];

describe("a course that does not fit", () => {
  test("says which session breaks which rule, in plain words and the dates searched", () => {
    const problem = {
      number: 4,
      rule: "no-slot-in-spacing" as const,
      searched: { from: "2026-12-01", to: "2026-12-06" },
    };
    expect(planProblemMessage(problem, english)).toBe(
      "Session 4 does not fit: no free time from 2026-12-01 to 2026-12-06, the days the spacing allows after session 3.",
    );
  });

  test("has its own sentence for every rule the planner names, in both languages", () => {
    for (const dictionary of [en, ru]) {
      const sentences = RULES.map((rule) =>
        planProblemMessage({ number: 2, rule, searched: { from: "A", to: "B" } }, texts(dictionary)),
      );
      expect(new Set(sentences).size).toBe(RULES.length);
      for (const sentence of sentences) expect(sentence).not.toMatch(/\{\w+\}/);
    }
  });
});

describe("a refused course booking", () => {
  test("names the session and the broken rule with its numbers", () => {
    const refused = new ApiError(
      422,
      "course-rule-broken",
      "Session 2 breaks the course's rules.",
      [],
      null,
      {
        number: 2,
        rule: "spacing-too-short",
        days: 1,
        min: 2,
        max: 3,
      },
    );
    expect(sessionRefusal(refused, english)).toEqual({
      number: 2,
      message: "Only 1 days after the previous session; the course needs at least 2.",
    });
    expect(sessionRefusal(refused, texts(ru))?.message).toBe(
      "Всего 1 дн. после предыдущего сеанса; курсу нужно не меньше 2.",
    );
  });

  test("puts a time that cannot be booked next to its session too", () => {
    const closed = new ApiError(422, "slot-unavailable", "The clinic is closed that day.", [], null, {
      reason: "clinic-closed",
      session: 3,
    });
    expect(sessionRefusal(closed, english)?.number).toBe(3);
  });

  test("says which session was taken meanwhile", () => {
    const taken = new ApiError(409, "course-slot-taken", "Session 5 has just been taken.", [], null, {
      session: 5,
    });
    expect(courseProblemMessage(taken, english)).toBe("Session 5 has just been taken.");
    const race = new ApiError(409, "course-slot-taken", "One of the sessions…", [], null, { session: null });
    expect(courseProblemMessage(race, english)).toBe("One of the sessions has just been taken.");
  });
});
