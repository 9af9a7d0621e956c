import type { Catalog } from "../catalog/catalog.ts";
import { catalog as defaultCatalog } from "../catalog/load.ts";
import type { ProcedureResult, ScreeningRequest, ScreeningResponse } from "./contract.ts";
import { addDays } from "./dates.ts";
import { personLimitReason, recentProcedureReason } from "./reasons.ts";
import { type Presence, recentlyDone, resolveRequest, type ScreeningContext } from "./resolve.ts";
import { collector } from "./result.ts";
import {
  type ClaimRule,
  type CompiledCatalog,
  type CompiledProcedure,
  compiledFor,
  RECENT_AGGRESSIVE,
  type RuleGroup,
  type Slotted,
} from "./rules.ts";
import { severityRank } from "./severity.ts";

// The screening engine: a pure function of the request and the catalog. No clock (the
// date is an input), no I/O. The catalog is compiled once (at import for the default
// one), so a verdict is a few map lookups per condition.

const defaultCompiled = compiledFor(defaultCatalog);

/**
 * Screens a request against every requested procedure (all of them when omitted).
 * Throws a DomainError `screening-input-invalid` naming every unknown id, unknown site
 * and malformed ICD-10 code; well-formed codes the catalog has no rule for come back
 * in `unmatchedConditions`.
 */
export function screen(request: ScreeningRequest, catalog?: Catalog): ScreeningResponse {
  const compiled = catalog ? compiledFor(catalog) : defaultCompiled;
  const ctx = resolveRequest(request, compiled);
  const results: ProcedureResult[] = new Array(ctx.procedures.length);
  for (let i = 0; i < ctx.procedures.length; i++) {
    results[i] = screenProcedure(ctx.procedures[i] as CompiledProcedure, ctx, compiled);
  }
  return { unmatchedConditions: ctx.unmatched, results };
}

/** Whether a contraindication reaches the person: current enough, and where it is treated. */
function reaches(
  rule: { temporary: boolean; atSite: boolean },
  presence: Presence,
  treated: number,
): boolean {
  // A past condition no longer counts when it is temporary (a past infection); a
  // permanent one (epilepsy, stroke, cancer) still does.
  const sites = rule.temporary ? presence.active : presence.active | presence.history;
  return rule.atSite ? (sites & treated) !== 0 : sites !== 0;
}

/**
 * Whether the articles still disagree for this person. A side is silent when it is about
 * something the person does not have (a contraindication for another condition, a
 * combination with a procedure they have not had recently); the dispute is settled when
 * every side that speaks forbids the procedure. Indications and other claims always
 * speak: they say cold is used for the very thing the other side forbids.
 */
function disputed(claims: readonly ClaimRule[], ctx: ScreeningContext, treated: number): boolean {
  for (const claim of claims) {
    if (claim.kind === "contraindication") {
      const presence = ctx.conditions.get(claim.condition);
      if (!presence) continue;
      if (claim.specialist || !reaches(claim, presence, treated)) return true;
    } else if (claim.kind === "combination") {
      if (claim.procedure === undefined) return true;
      if (!recentlyDone(ctx, claim.procedure)) continue;
      if (claim.relation !== "forbidden-before") return true;
    } else return true;
  }
  return false;
}

function relatedNames(compiled: CompiledCatalog, id: string) {
  return compiled.recentProcedureNames.get(id) ?? { id, names: { en: id, ru: id } };
}

function emitOwn(group: RuleGroup, settled: boolean, ctx: ScreeningContext, compiled: CompiledCatalog) {
  const own = settled ? group.settledReason : group.reason;
  if (group.condition === RECENT_AGGRESSIVE && group.temporary) {
    const extra = settled
      ? { conditionId: RECENT_AGGRESSIVE, conflicts: [...group.conflicts] }
      : { conditionId: RECENT_AGGRESSIVE };
    for (const recent of ctx.recentAggressive) {
      const related = relatedNames(compiled, recent.id);
      collector.putBuilt(recentProcedureReason(related, recent.date, recent.until, group.citations, extra));
    }
    if (ctx.explicitRecentAggressive) collector.put(own.slot, own.reason);
  } else if (group.temporary && group.afterDays !== undefined) {
    const until = ctx.date === undefined ? null : addDays(ctx.date, group.afterDays);
    collector.putBuilt({ ...own.reason, until });
  } else collector.put(own.slot, own.reason);
}

/** Where every side of a dispute forbids, the least severe of their verdicts applies (herpes now: postpone). */
function emitSettled(groups: RuleGroup[], ctx: ScreeningContext, compiled: CompiledCatalog) {
  const mildest = new Map<string, number>();
  for (const group of groups) {
    const rank = severityRank(group.reason.reason.verdict);
    for (const id of group.conflicts) mildest.set(id, Math.max(mildest.get(id) ?? rank, rank));
  }
  for (const group of groups) {
    const rank = severityRank(group.reason.reason.verdict);
    if (group.conflicts.every((id) => mildest.get(id) === rank)) emitOwn(group, true, ctx, compiled);
  }
}

function screenProcedure(
  p: CompiledProcedure,
  ctx: ScreeningContext,
  compiled: CompiledCatalog,
): ProcedureResult {
  collector.begin(p.slotCount);
  for (const { slot, reason } of p.staticReasons) collector.put(slot, reason);
  const area = p.treatedBySite.get(ctx.requestedSite);
  const treated = area ? area.mask : p.siteMask;
  if (area?.note) collector.put(area.note.slot, area.note.reason);
  for (const { limit, unknown } of p.limits) {
    const value = ctx.person[limit.field];
    if (value === undefined) collector.put(unknown.slot, unknown.reason);
    else if (limit.min !== undefined && value < limit.min)
      collector.putBuilt(personLimitReason(limit, value, true));
    else if (limit.max !== undefined && value > limit.max)
      collector.putBuilt(personLimitReason(limit, value, false));
  }
  let settled: RuleGroup[] | undefined;
  for (let c = 0; c < ctx.conditionIds.length; c++) {
    const conditionId = ctx.conditionIds[c] as string;
    const presence = ctx.presences[c] as Presence;
    const groups = p.groupsByCondition.get(conditionId);
    if (groups !== undefined) {
      for (const group of groups) {
        if (!reaches(group, presence, treated)) continue;
        if (group.specialist) {
          collector.put(group.reason.slot, group.reason.reason);
          for (const { slot, reason } of group.conflictReasons) collector.put(slot, reason);
        } else if (group.conflicts.length === 0) {
          emitOwn(group, false, ctx, compiled);
        } else {
          let open = false;
          for (let i = 0; i < group.conflicts.length; i++) {
            if (disputed(compiled.conflictClaims.get(group.conflicts[i] as string) ?? [], ctx, treated)) {
              open = true;
              const conflict = group.conflictReasons[i] as Slotted;
              collector.put(conflict.slot, conflict.reason);
            }
          }
          if (!open) {
            if (settled) settled.push(group);
            else settled = [group];
          }
        }
      }
    }
    const indicationConflicts = p.conflictedIndications.get(conditionId);
    if (indicationConflicts !== undefined) {
      for (const { slot, reason } of indicationConflicts) collector.put(slot, reason);
    }
  }
  if (settled) emitSettled(settled, ctx, compiled);
  for (const recent of ctx.recentProcedures) {
    const rule = p.forbiddenBefore.get(recent.id);
    if (!rule) continue;
    const until = rule.minDays === undefined ? recent.until : addDays(recent.date, rule.minDays);
    if (ctx.date !== undefined && ctx.date >= until) continue;
    const related = relatedNames(compiled, recent.id);
    collector.putBuilt(recentProcedureReason(related, recent.date, until, rule.citations, {}));
  }
  return collector.finish(p.id);
}
