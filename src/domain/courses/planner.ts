import { dayNumber, fromDayNumber } from "../../screening/dates.ts";
import { normalise } from "../booking/intervals.ts";
import type { Interval } from "../booking/types.ts";
import type {
  CandidateSlot,
  CourseAlternatives,
  CoursePlan,
  CoursePlanInput,
  FullCoursePlan,
  PlannedSession,
  PlanProblem,
  RuleBreak,
} from "./types.ts";

// Dates and times for every session of a course.
//
// Rules (hard): session 1 on or after firstDate and rules.earliestStart; each next session
// minDaysBetween..maxDaysBetween local days after the one before; every session on or
// before horizonEnd; a slot the client is busy during, a day the client already has a cold
// procedure (every cryo procedure is one, a whole-body one too; no catalog combination
// pairs two cryo procedures on one day: their `combinations` name only other treatments
// and activities), and for a whole-body course a day with another whole-body session (the
// more specific reason) are all refused.
// Whatever input.requirements names is hard as well.
//
// Wishes (soft), in this order: a preferred weekday; the earliest day, so the course keeps
// its rhythm; the course practitioner (the one preferences name, or else session 1's); a
// start inside the preferred time of day; the start nearest session 1's time of day (for
// session 1: nearest the preferred window); the earlier start.
//
// Whether a day can take a session never depends on the other sessions, so instead of
// trying choices and undoing them, the planner first works backwards once: for every day
// and every count r, can r sessions starting that day still fit before the horizon? Then
// it chooses session by session by the wishes above among the days that can still finish
// the course. That is backtracking done in advance: it never misses a course that fits,
// and costs sessions × days steps plus one look at each candidate.

const BLOCK_ORDER: readonly RuleBreak[] = [
  "one-whole-body-session-per-day",
  "one-cold-procedure-per-day",
  "client-busy",
  "practitioner-unavailable",
  "outside-time-of-day",
];

/** ISO weekday 1 (Mon) … 7 (Sun) of a day number; day 0 (1970-01-01) was a Thursday. */
const isoWeekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

interface Prepared {
  input: CoursePlanInput;
  firstDay: number;
  /** Index (days after firstDate) of the first day session 1 may take. */
  startIndex: number;
  /** Days indexed firstDate … horizonEnd. */
  dayCount: number;
  byDay: CandidateSlot[][];
  /** A day-wide refusal: the client's other cold or whole-body procedure. */
  dayBlock: (RuleBreak | null)[];
  busy: Interval[];
  /** One practitioner per track when the practitioner is required; else one track for anyone. */
  tracks: (string | null)[];
}

function prepare(input: CoursePlanInput): Prepared {
  const { rules, preferences, requirements } = input;
  const firstDay = dayNumber(input.firstDate);
  const dayCount = Math.max(0, dayNumber(input.horizonEnd) - firstDay + 1);
  const earliest = rules.earliestStart === null ? firstDay : dayNumber(rules.earliestStart);
  const byDay: CandidateSlot[][] = Array.from({ length: dayCount }, () => []);
  const seen: string[] = [];
  for (const candidate of input.candidates) {
    const index = dayNumber(candidate.date) - firstDay;
    if (index < 0 || index >= dayCount || candidate.practitionerIds.length === 0) continue;
    byDay[index]?.push(candidate);
    for (const id of candidate.practitionerIds) if (!seen.includes(id)) seen.push(id);
  }
  for (const day of byDay) day.sort((a, b) => a.start - b.start);
  const dayBlock: (RuleBreak | null)[] = new Array(dayCount).fill(null);
  for (const day of input.clientDays) {
    const index = dayNumber(day.date) - firstDay;
    if (index < 0 || index >= dayCount) continue;
    if (rules.wholeBody && day.wholeBody) dayBlock[index] = "one-whole-body-session-per-day";
    else if (day.cold || day.wholeBody) dayBlock[index] = "one-cold-procedure-per-day";
  }
  const tracks = !requirements?.practitioner
    ? [null]
    : preferences.practitionerId !== null
      ? [preferences.practitionerId]
      : seen;
  return {
    input,
    firstDay,
    startIndex: Math.max(0, earliest - firstDay),
    dayCount,
    byDay,
    dayBlock,
    busy: normalise(input.clientDays.flatMap((d) => d.busy)),
    tracks,
  };
}

/** Whether [start, end) overlaps a normalised list: only the first interval ending after start can. */
function overlapsBusy(busy: readonly Interval[], start: number, end: number): boolean {
  let low = 0;
  let high = busy.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((busy[middle] as Interval).end <= start) low = middle + 1;
    else high = middle;
  }
  const first = busy[low];
  return first !== undefined && first.start < end;
}

const inWindow = (minute: number, window: { from: number; to: number }) =>
  window.from <= minute && minute < window.to;

/** Why a candidate cannot take a session of this track, or null when it can. */
function refusal(
  p: Prepared,
  index: number,
  candidate: CandidateSlot,
  track: string | null,
): RuleBreak | null {
  const block = p.dayBlock[index];
  if (block) return block;
  if (overlapsBusy(p.busy, candidate.start, candidate.end)) return "client-busy";
  if (track !== null && !candidate.practitionerIds.includes(track)) return "practitioner-unavailable";
  const { timeOfDay } = p.input.preferences;
  if (p.input.requirements?.timeOfDay && timeOfDay && !inWindow(candidate.minuteOfDay, timeOfDay))
    return "outside-time-of-day";
  return null;
}

/** fits[r][i]: r more sessions fit with the first of them on day i (fits[0] is all true). */
function fitTable(p: Prepared, track: string | null, sessions: number): Uint8Array[] {
  const { dayCount } = p;
  const { minDaysBetween: min, maxDaysBetween: max } = p.input.rules;
  const open = new Uint8Array(dayCount);
  for (let i = 0; i < dayCount; i++) {
    open[i] = p.byDay[i]?.some((c) => refusal(p, i, c, track) === null) ? 1 : 0;
  }
  const table = [new Uint8Array(dayCount).fill(1), open];
  for (let r = 2; r <= sessions; r++) {
    const previous = table[r - 1] as Uint8Array;
    // suffix[i]: how many days from i on can start r - 1 sessions.
    const suffix = new Int32Array(dayCount + 1);
    for (let i = dayCount - 1; i >= 0; i--) suffix[i] = (suffix[i + 1] as number) + (previous[i] as number);
    const row = new Uint8Array(dayCount);
    for (let i = 0; i < dayCount; i++) {
      const from = i + min;
      const to = Math.min(i + max, dayCount - 1);
      row[i] = open[i] && from <= to && (suffix[from] as number) > (suffix[to + 1] as number) ? 1 : 0;
    }
    table.push(row);
  }
  return table;
}

interface Choice {
  index: number;
  candidate: CandidateSlot;
  practitionerId: string;
  trackOrder: number;
  key: number[];
}

const better = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
  return false;
};

/** The best candidate on days [from, to] for the track, on days from which the rest still fits (track.fits). */
function choose(
  p: Prepared,
  range: { from: number; to: number },
  track: { id: string | null; order: number; fits: Uint8Array },
  context: { practitioner: string | null; anchorMinute: number | null },
): Choice | undefined {
  const { weekdays, timeOfDay } = p.input.preferences;
  let best: Choice | undefined;
  for (let index = range.from; index <= Math.min(range.to, p.dayCount - 1); index++) {
    if (!track.fits[index]) continue;
    const weekdayMiss = weekdays.length > 0 && !weekdays.includes(isoWeekday(p.firstDay + index)) ? 1 : 0;
    for (const candidate of p.byDay[index] ?? []) {
      if (refusal(p, index, candidate, track.id) !== null) continue;
      const practitionerId =
        track.id ??
        (context.practitioner !== null && candidate.practitionerIds.includes(context.practitioner)
          ? context.practitioner
          : (candidate.practitionerIds[0] as string));
      const minute = candidate.minuteOfDay;
      const timeMiss = timeOfDay && !inWindow(minute, timeOfDay) ? 1 : 0;
      const distance =
        context.anchorMinute !== null
          ? Math.abs(minute - context.anchorMinute)
          : timeOfDay
            ? Math.max(0, timeOfDay.from - minute, minute - (timeOfDay.to - 1))
            : 0;
      const key = [
        weekdayMiss,
        index,
        context.practitioner !== null && practitionerId !== context.practitioner ? 1 : 0,
        timeMiss,
        distance,
        candidate.start,
        track.order,
      ];
      if (!best || better(key, best.key))
        best = { index, candidate, practitionerId, trackOrder: track.order, key };
    }
  }
  return best;
}

const session = (number: number, choice: Choice): PlannedSession => ({
  number,
  start: choice.candidate.start,
  end: choice.candidate.end,
  date: choice.candidate.date,
  practitionerId: choice.practitionerId,
  resourceIds: [...choice.candidate.resourceIds],
});

/** Session 1's days: firstDate alone when the start is pinned (none if the repeat rule forbids it), else from the earliest allowed day on. */
function firstRange(p: Prepared): { from: number; to: number } {
  if (!p.input.requirements?.startOnFirstDate) return { from: p.startIndex, to: p.dayCount - 1 };
  return p.startIndex === 0 ? { from: 0, to: 0 } : { from: 1, to: 0 };
}

/** The best course of `count` sessions, which the tables say fits. */
function build(
  p: Prepared,
  tables: Uint8Array[][],
  count: number,
): { sessions: PlannedSession[]; last: Choice } {
  const { rules, preferences } = p.input;
  let first: Choice | undefined;
  p.tracks.forEach((id, order) => {
    const fits = tables[order]?.[count] as Uint8Array;
    const choice = choose(
      p,
      firstRange(p),
      { id, order, fits },
      {
        practitioner: preferences.practitionerId,
        anchorMinute: null,
      },
    );
    if (choice && (!first || better(choice.key, first.key))) first = choice;
  });
  if (!first) throw new Error("The fit table promised a first session that is not there.");
  const order = first.trackOrder;
  const id = p.tracks[order] ?? null;
  const context = {
    practitioner: preferences.practitionerId ?? first.practitionerId,
    anchorMinute: first.candidate.minuteOfDay,
  };
  const sessions = [session(1, first)];
  let last = first;
  for (let number = 2; number <= count; number++) {
    const fits = tables[order]?.[count - number + 1] as Uint8Array;
    const range = { from: last.index + rules.minDaysBetween, to: last.index + rules.maxDaysBetween };
    const next = choose(p, range, { id, order, fits }, context);
    if (!next) throw new Error("The fit table promised a session that is not there.");
    sessions.push(session(number, next));
    last = next;
  }
  return { sessions, last };
}

/** The most specific reason no candidate on days [from, to] could take the session. */
function reasonWithin(
  p: Prepared,
  from: number,
  to: number,
  tracks: readonly (string | null)[],
): RuleBreak | null {
  const found = new Set<RuleBreak>();
  for (let index = Math.max(0, from); index <= Math.min(to, p.dayCount - 1); index++) {
    for (const candidate of p.byDay[index] ?? []) {
      // Refusals are checked in BLOCK_ORDER, so the track that came closest refused last.
      const reasons = tracks.map((track) => refusal(p, index, candidate, track));
      const reason = [...BLOCK_ORDER].reverse().find((r) => reasons.includes(r));
      if (reason) found.add(reason);
    }
  }
  return BLOCK_ORDER.find((r) => found.has(r)) ?? null;
}

const dateAt = (p: Prepared, index: number) => fromDayNumber(p.firstDay + index);

function firstSessionProblem(p: Prepared): PlanProblem {
  const pinned = p.input.requirements?.startOnFirstDate === true;
  const searched = { from: p.input.firstDate, to: pinned ? p.input.firstDate : p.input.horizonEnd };
  // The repeat rule is the reason when it alone keeps session 1 off days that could take it.
  if (p.startIndex > 0 && (pinned || p.startIndex >= p.dayCount || anyOpen(p, 0, p.startIndex - 1))) {
    return { number: 1, rule: "repeat-too-soon", searched };
  }
  const range = firstRange(p);
  const reason = reasonWithin(p, range.from, range.to, p.tracks);
  return {
    number: 1,
    rule: reason ?? (pinned ? "no-slot-on-first-date" : "no-slot-before-horizon"),
    searched,
  };
}

/** Whether some candidate on days [from, to] could take a session of some track. */
function anyOpen(p: Prepared, from: number, to: number): boolean {
  for (let index = from; index <= to; index++) {
    for (const candidate of p.byDay[index] ?? []) {
      if (p.tracks.some((track) => refusal(p, index, candidate, track) === null)) return true;
    }
  }
  return false;
}

function nextSessionProblem(p: Prepared, number: number, last: Choice): PlanProblem {
  const { minDaysBetween: min, maxDaysBetween: max } = p.input.rules;
  const from = last.index + min;
  const to = last.index + max;
  const end = Math.min(to, p.dayCount - 1);
  if (from > end)
    return { number, rule: "no-slot-before-horizon", searched: { from: dateAt(p, from), to: dateAt(p, to) } };
  const track = p.tracks[last.trackOrder] ?? null;
  const reason = reasonWithin(p, from, end, [track]);
  return {
    number,
    rule: reason ?? (to > end ? "no-slot-before-horizon" : "no-slot-in-spacing"),
    searched: { from: dateAt(p, from), to: dateAt(p, end) },
  };
}

/** Whether any track can start `count` sessions on a day in [from, to]. */
function startsWithin(p: Prepared, tables: Uint8Array[][], count: number, from: number, to: number): boolean {
  for (let i = from; i <= Math.min(to, p.dayCount - 1); i++) {
    if (tables.some((table) => table[count]?.[i])) return true;
  }
  return false;
}

export function planCourse(input: CoursePlanInput): CoursePlan {
  const n = input.rules.sessions;
  // A re-plan with nothing left to place is complete as it is.
  if (n <= 0) return { ok: true, sessions: [] };
  const p = prepare(input);
  const tables = p.tracks.map((track) => fitTable(p, track, n));
  const range = firstRange(p);
  // The most sessions that fit in a row from an allowed first day, on any track.
  let fitting = n;
  while (fitting > 0 && !startsWithin(p, tables, fitting, range.from, range.to)) fitting--;
  if (fitting === 0) return { ok: false, sessions: [], problem: firstSessionProblem(p) };
  const { sessions, last } = build(p, tables, fitting);
  if (fitting === n) return { ok: true, sessions };
  return { ok: false, sessions, problem: nextSessionProblem(p, fitting + 1, last) };
}

const full = (plan: CoursePlan): FullCoursePlan | undefined => (plan.ok ? plan : undefined);

/**
 * Whole courses for when the requested one does not fit, each giving way on one thing:
 * a later first date; another single practitioner (the best: the one finishing soonest);
 * other times of day (the required time kept as a wish). Every preference is
 * soft unless input.requirements says otherwise, and a course that does not fit from
 * firstDate fits from no later date, so these differ from the plan only when something
 * is required. The planner's problem is accepted for callers that hold it; the
 * alternatives follow from the input alone.
 */
export function alternativesFor(input: CoursePlanInput, _problem?: PlanProblem): CourseAlternatives {
  const alternatives: CourseAlternatives = {};
  const p = prepare(input);
  const tables = p.tracks.map((track) => fitTable(p, track, input.rules.sessions));
  const pinned = input.requirements?.startOnFirstDate === true;
  for (let index = 1; index < p.dayCount; index++) {
    // From a later first date session 1 may fall on that date, or (unpinned) any day after it.
    const from = Math.max(index, p.startIndex);
    if (startsWithin(p, tables, input.rules.sessions, from, pinned ? index : p.dayCount - 1)) {
      const plan = full(planCourse({ ...input, firstDate: dateAt(p, index) }));
      if (plan) alternatives.laterStart = plan;
      break;
    }
    // Unpinned, nothing fits from this date on, so nothing fits from any later one.
    if (!pinned) break;
  }
  const others = [...new Set(input.candidates.flatMap((c) => c.practitionerIds))].filter(
    (id) => id !== input.preferences.practitionerId,
  );
  for (const practitionerId of others) {
    const plan = full(
      planCourse({
        ...input,
        preferences: { ...input.preferences, practitionerId },
        requirements: { ...input.requirements, practitioner: true },
      }),
    );
    const current = alternatives.otherPractitioner;
    const lastDate = (course: FullCoursePlan) => course.sessions.at(-1)?.date ?? "";
    if (plan && (!current || lastDate(plan) < lastDate(current))) alternatives.otherPractitioner = plan;
  }
  if (input.requirements?.timeOfDay && input.preferences.timeOfDay !== null) {
    // The time stays a wish: sessions keep it wherever they still can.
    const plan = full(planCourse({ ...input, requirements: { ...input.requirements, timeOfDay: false } }));
    if (plan) alternatives.otherTimes = plan;
  }
  return alternatives;
}
