import { isIcd10Code, normalizeIcd10 } from "../catalog/icd10.ts";
import { DomainError, type FieldIssue } from "../domain/errors.ts";
import type { ScreeningCondition, ScreeningRequest } from "./contract.ts";
import { addDays, isIsoDate } from "./dates.ts";
import { anyTestHolds, type PersonValues, personValues } from "./person.ts";
import { type CompiledCatalog, type CompiledProcedure, RECENT_AGGRESSIVE } from "./rules.ts";
import { ALL_SITES, NO_SITES, siteBit } from "./sites.ts";

// Checks a request against the catalog and turns it into what the rules read: the
// conditions present (with their ancestors), where and whether current, person data,
// recent procedures. Every offender is reported at once, each with its path.
// Hot path: no closures, no sets or maps beyond the one of present conditions.

/** Where a condition is, as site bits, separately for current and past (`history`) ones. */
export type Presence = { active: number; history: number };

export type RecentProcedure = { id: string; date: string; until: string; recent: boolean };

export type ScreeningContext = {
  date: string | undefined;
  person: PersonValues;
  /** Present conditions, for lookups… */
  conditions: Map<string, Presence>;
  /** …and the same as parallel arrays, for iterating without allocating. */
  conditionIds: string[];
  presences: Presence[];
  /** The latest date of each recent procedure given. */
  recentProcedures: readonly RecentProcedure[];
  /** Aggressive procedures inside the window: each gives its own `recent-procedure:` reason. */
  recentAggressive: readonly RecentProcedure[];
  /** `recent-aggressive-procedure` given as a condition, without a date to count from. */
  explicitRecentAggressive: boolean;
  requestedSite: number;
  procedures: readonly CompiledProcedure[];
  unmatched: ScreeningCondition[];
};

/** Whether the procedure was done inside the catalog's recent window. */
export function recentlyDone(ctx: ScreeningContext, id: string): boolean {
  for (const recent of ctx.recentProcedures) if (recent.id === id && recent.recent) return true;
  return false;
}

const DATE_MESSAGE = "Use an existing date, YYYY-MM-DD.";

function issue(issues: FieldIssue[], field: string, code: string, message: string): void {
  issues.push({ field, code, message });
}

function invalidInput(issues: FieldIssue[]): DomainError {
  const list = issues.map((i) => `${i.field}: ${i.message}`).join("; ");
  return new DomainError(
    "validation",
    "screening-input-invalid",
    `The screening request is invalid: ${list}`,
    {
      fields: issues,
    },
  );
}

function mark(ctx: ScreeningContext, ids: readonly string[], history: boolean, sites: number): void {
  for (const id of ids) {
    let presence = ctx.conditions.get(id);
    if (!presence) {
      presence = { active: NO_SITES, history: NO_SITES };
      ctx.conditions.set(id, presence);
      ctx.conditionIds.push(id);
      ctx.presences.push(presence);
    }
    if (history) presence.history |= sites;
    else presence.active |= sites;
  }
}

const unmatchedKey = (c: ScreeningCondition) => `${c.icd10}|${c.site ?? ""}|${c.status ?? ""}`;

/** Sorted and without repeats, so the order of the request's conditions never shows. */
function addUnmatched(ctx: ScreeningContext, code: string, condition: ScreeningCondition): void {
  const echo: ScreeningCondition = { icd10: code };
  if (condition.site !== undefined) echo.site = condition.site;
  if (condition.status !== undefined) echo.status = condition.status;
  const key = unmatchedKey(echo);
  let at = 0;
  while (at < ctx.unmatched.length && unmatchedKey(ctx.unmatched[at] as ScreeningCondition) < key) at++;
  const next = ctx.unmatched[at];
  if (next === undefined || unmatchedKey(next) !== key) ctx.unmatched.splice(at, 0, echo);
}

function resolveConditions(
  request: ScreeningRequest,
  compiled: CompiledCatalog,
  ctx: ScreeningContext,
  issues: FieldIssue[],
) {
  const conditions = request.conditions;
  for (let i = 0; i < conditions.length; i++) {
    const condition = conditions[i] as ScreeningCondition;
    let sites = ALL_SITES;
    if (condition.site !== undefined) {
      sites = siteBit(condition.site);
      if (sites === NO_SITES)
        issue(issues, `conditions.${i}.site`, "unknown-site", `Unknown site "${condition.site}".`);
    }
    const status = condition.status ?? "active";
    if (status !== "active" && status !== "history") {
      issue(issues, `conditions.${i}.status`, "invalid-choice", "Use active or history.");
    }
    const history = status === "history";
    if ((condition.icd10 === undefined) === (condition.id === undefined)) {
      issue(issues, `conditions.${i}`, "icd10-or-id", "Give either icd10 or id, not both or neither.");
    } else if (condition.icd10 !== undefined) {
      const code = normalizeIcd10(condition.icd10);
      if (!isIcd10Code(code)) {
        const message = `"${condition.icd10}" is not an ICD-10 code (e.g. G40, I82.9).`;
        issue(issues, `conditions.${i}.icd10`, "invalid-icd10", message);
        continue;
      }
      const ids = compiled.conditionsForIcd10(code);
      if (ids.length > 0) mark(ctx, ids, history, sites);
      else addUnmatched(ctx, code, condition);
    } else if (condition.id !== undefined) {
      const ids = compiled.selfAndAncestors.get(condition.id);
      if (!ids)
        issue(issues, `conditions.${i}.id`, "unknown-condition", `Unknown condition id "${condition.id}".`);
      else {
        mark(ctx, ids, history, sites);
        if (condition.id === RECENT_AGGRESSIVE && !history) ctx.explicitRecentAggressive = true;
      }
    }
  }
}

function resolveRecent(
  request: ScreeningRequest,
  compiled: CompiledCatalog,
  date: string | undefined,
  issues: FieldIssue[],
) {
  const given = request.recentProcedures;
  if (!given || given.length === 0) return [];
  const latest: RecentProcedure[] = [];
  for (let i = 0; i < given.length; i++) {
    const recent = given[i] as { id: string; date: string };
    const known = compiled.recentProcedureNames.has(recent.id);
    if (!known)
      issue(issues, `recentProcedures.${i}.id`, "unknown-procedure", `Unknown procedure id "${recent.id}".`);
    if (!isIsoDate(recent.date)) {
      issue(issues, `recentProcedures.${i}.date`, "invalid-format", DATE_MESSAGE);
      continue;
    }
    if (date !== undefined && recent.date > date) {
      const message = "A recent procedure cannot be after the screening date.";
      issue(issues, `recentProcedures.${i}.date`, "after-screening-date", message);
      continue;
    }
    const previous = latest.findIndex((r) => r.id === recent.id);
    if (!known || (previous >= 0 && (latest[previous] as RecentProcedure).date >= recent.date)) continue;
    const until = addDays(recent.date, compiled.recentWindowDays);
    // Without a screening date nothing shows the window has passed: count it as recent.
    const entry = { id: recent.id, date: recent.date, until, recent: date === undefined || date < until };
    if (previous >= 0) latest[previous] = entry;
    else latest.push(entry);
  }
  return latest;
}

function resolveProcedures(request: ScreeningRequest, compiled: CompiledCatalog, issues: FieldIssue[]) {
  if (request.procedures === undefined) return compiled.procedureOrder;
  const procedures: CompiledProcedure[] = [];
  for (let i = 0; i < request.procedures.length; i++) {
    const id = request.procedures[i] as string;
    const procedure = compiled.procedures.get(id);
    if (!procedure) issue(issues, `procedures.${i}`, "unknown-procedure", `Unknown procedure id "${id}".`);
    else if (!procedures.includes(procedure)) procedures.push(procedure);
  }
  return procedures;
}

export function resolveRequest(request: ScreeningRequest, compiled: CompiledCatalog): ScreeningContext {
  const issues: FieldIssue[] = [];
  const date = request.date;
  const dateValid = date === undefined || isIsoDate(date);
  if (!dateValid) issue(issues, "date", "invalid-format", DATE_MESSAGE);
  const checkedDate = dateValid ? date : undefined;
  const birthDate = request.subject?.birthDate;
  if (birthDate !== undefined && !isIsoDate(birthDate)) {
    issue(issues, "subject.birthDate", "invalid-format", DATE_MESSAGE);
  } else if (birthDate !== undefined && checkedDate !== undefined && birthDate > checkedDate) {
    issue(issues, "subject.birthDate", "after-screening-date", "The birth date is after the screening date.");
  }
  const ctx: ScreeningContext = {
    date: checkedDate,
    person: personValues(request.subject),
    conditions: new Map(),
    conditionIds: [],
    presences: [],
    recentProcedures: [],
    recentAggressive: [],
    explicitRecentAggressive: false,
    requestedSite: NO_SITES,
    procedures: [],
    unmatched: [],
  };
  resolveConditions(request, compiled, ctx, issues);
  ctx.recentProcedures = resolveRecent(request, compiled, checkedDate, issues);
  ctx.procedures = resolveProcedures(request, compiled, issues);
  if (request.site !== undefined) {
    ctx.requestedSite = siteBit(request.site);
    if (ctx.requestedSite === NO_SITES)
      issue(issues, "site", "unknown-site", `Unknown site "${request.site}".`);
  }
  if (issues.length > 0) throw invalidInput(issues);

  for (const { id, tests } of compiled.personConditions) {
    if (anyTestHolds(tests, ctx.person))
      mark(ctx, compiled.selfAndAncestors.get(id) ?? [id], false, ALL_SITES);
  }
  if (ctx.recentProcedures.length > 0) {
    ctx.recentAggressive = ctx.recentProcedures.filter((r) => r.recent && compiled.aggressive.has(r.id));
    if (ctx.recentAggressive.length > 0) mark(ctx, [RECENT_AGGRESSIVE], false, ALL_SITES);
  }
  return ctx;
}
