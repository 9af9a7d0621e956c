import type { Citation, Condition, Contraindication, Procedure, Site } from "../catalog/schema.ts";
import { SITE_IDS } from "../catalog/schema.ts";
import type { Reason } from "./contract.ts";
import {
  contraindicationReason,
  noContraindicationsReason,
  personUnknownReason,
  prerequisiteReason,
  prescriptionReason,
  siteNotOfferedReason,
  specialistReason,
  temporaryReason,
} from "./reasons.ts";
import { compareReasons } from "./severity.ts";
import { NO_SITES, siteBit, siteMask, treatedArea } from "./sites.ts";

// One procedure compiled for screening: contraindication entries grouped by condition,
// and every reason that does not depend on the request built once. Each such reason
// gets a slot: its place in the procedure's output order (most severe first, then by
// code), so a verdict collects reasons by slot and never sorts objects.

/** A prebuilt reason and its place in the procedure's output order. */
export type Slotted = { readonly slot: number; readonly reason: Reason };

/** Contraindication entries of one procedure that behave alike, merged (sources united). */
export type RuleGroup = {
  readonly condition: string;
  readonly temporary: boolean;
  readonly atSite: boolean;
  readonly specialist: boolean;
  readonly conflicts: readonly string[];
  /** The `conflict:` reason of each of `conflicts`, in the same order. */
  readonly conflictReasons: readonly Slotted[];
  /** Contraindicated, postpone or (specialist) needs-review. */
  readonly reason: Slotted;
  /** The same with `conflicts`, for when every side of the dispute forbids it for this client. */
  readonly settledReason: Slotted;
  readonly afterDays: number | undefined;
  readonly citations: readonly Citation[];
};

export type CompiledProcedure = {
  readonly id: Procedure["id"];
  readonly siteMask: number;
  readonly groupsByCondition: ReadonlyMap<string, readonly RuleGroup[]>;
  /** Indications the articles dispute (rosacea, migraine…): condition id → their `conflict:` reasons. */
  readonly conflictedIndications: ReadonlyMap<string, readonly Slotted[]>;
  /** `forbidden-before` combinations: related procedure id → evidence and minimum gap. */
  readonly forbiddenBefore: ReadonlyMap<
    string,
    { citations: readonly Citation[]; minDays: number | undefined }
  >;
  /** Person limits (the cryosauna's weight), each with its "not measured" reason. */
  readonly limits: readonly { limit: Procedure["limits"]["person"][number]; unknown: Slotted }[];
  /** Prescription, prerequisites, "no contraindications listed": the same for every request. */
  readonly staticReasons: readonly Slotted[];
  /** By requested site bit (0: none): the area treated, and a note when the site is not one it treats. */
  readonly treatedBySite: ReadonlyMap<number, { readonly mask: number; readonly note: Slotted | undefined }>;
  readonly slotCount: number;
};

/** Hands out slot references while compiling; numbers them once every reason is known. */
class SlotTable {
  private readonly refs: { slot: number; reason: Reason }[] = [];
  ref(reason: Reason): Slotted {
    const ref = { slot: -1, reason };
    this.refs.push(ref);
    return ref;
  }
  /**
   * One slot per code, in output order. Returns the number of slots. The reasons are
   * shared by every response from now on, so they are frozen: a caller editing one
   * cannot change the next answer.
   */
  assign(): number {
    const firstByCode = new Map<string, Reason>();
    for (const { reason } of this.refs)
      if (!firstByCode.has(reason.code)) firstByCode.set(reason.code, reason);
    const codes = [...firstByCode.values()].sort(compareReasons).map((r) => r.code);
    const slotOf = new Map(codes.map((code, index) => [code, index]));
    for (const ref of this.refs) {
      ref.slot = slotOf.get(ref.reason.code) as number;
      deepFreeze(ref.reason);
      Object.freeze(ref);
    }
    return codes.length;
  }
}

function deepFreeze(value: unknown): void {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
}

function groupKey(entry: Contraindication): string {
  const conflicts = [...(entry.conflicts ?? [])].sort().join(",");
  return `${entry.condition}|${entry.duration}|${entry.extent}|${entry.specialistReview === true}|${conflicts}`;
}

export type ProcedureDeps = {
  conditionOf(id: string): Condition;
  conflictReasonFor(conflictId: string): Reason;
  siteNames: ReadonlyMap<string, Site["names"]>;
};

function compileGroups(procedure: Procedure, deps: ProcedureDeps, table: SlotTable) {
  const byKey = new Map<string, Contraindication[]>();
  for (const entry of procedure.contraindications) {
    const key = groupKey(entry);
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  const groupsByCondition = new Map<string, RuleGroup[]>();
  for (const entries of byKey.values()) {
    const first = entries[0] as Contraindication;
    const condition = deps.conditionOf(first.condition);
    const specialist = first.specialistReview === true;
    const temporary = first.duration === "temporary";
    const base = specialist
      ? specialistReason(condition, entries)
      : temporary
        ? { ...temporaryReason(condition, entries), until: null }
        : contraindicationReason(condition, entries);
    const conflicts = [...(first.conflicts ?? [])].sort();
    const group: RuleGroup = {
      condition: condition.id,
      temporary,
      atSite: first.extent === "at-site",
      specialist,
      conflicts,
      conflictReasons: conflicts.map((id) => table.ref(deps.conflictReasonFor(id))),
      reason: table.ref(base),
      settledReason: table.ref(conflicts.length > 0 ? { ...base, conflicts } : base),
      afterDays: first.rescreen?.afterDays,
      citations: entries.flatMap((e) => e.sources),
    };
    groupsByCondition.set(condition.id, [...(groupsByCondition.get(condition.id) ?? []), group]);
  }
  return groupsByCondition;
}

function compileIndicationConflicts(procedure: Procedure, deps: ProcedureDeps, table: SlotTable) {
  const idsByCondition = new Map<string, Set<string>>();
  for (const indication of procedure.indications) {
    if (!indication.conflicts) continue;
    const ids = idsByCondition.get(indication.condition) ?? new Set<string>();
    for (const id of indication.conflicts) ids.add(id);
    idsByCondition.set(indication.condition, ids);
  }
  const result = new Map<string, Slotted[]>();
  for (const [conditionId, ids] of idsByCondition) {
    result.set(
      conditionId,
      [...ids].sort().map((id) => table.ref(deps.conflictReasonFor(id))),
    );
  }
  return result;
}

function compileStatic(procedure: Procedure, table: SlotTable): Slotted[] {
  const reasons: Reason[] = [];
  if (procedure.prescription?.value.mandatory) {
    reasons.push(prescriptionReason(procedure.prescription.value.roles, procedure.prescription.sources));
  }
  for (const prerequisite of procedure.prerequisites) {
    if (prerequisite.when === "always") reasons.push(prerequisiteReason(prerequisite));
  }
  if (procedure.contraindications.length === 0 && procedure.limits.person.length === 0) {
    reasons.push(noContraindicationsReason(procedure.names));
  }
  return reasons.map((reason) => table.ref(reason));
}

function compileSites(procedure: Procedure, deps: ProcedureDeps, table: SlotTable) {
  const sites = procedure.sites.value;
  const own = siteMask(sites);
  const wholeBody = procedure.category.value.extent === "whole-body";
  const names = (site: string) => deps.siteNames.get(site) ?? { en: site, ru: site };
  const bySite = new Map<number, { mask: number; note: Slotted | undefined }>();
  for (const requested of [NO_SITES, ...SITE_IDS.map(siteBit)]) {
    const { mask, offered } = treatedArea(own, wholeBody, requested);
    const site = SITE_IDS.find((id) => siteBit(id) === requested);
    const note =
      offered || !site ? undefined : table.ref(siteNotOfferedReason(site, names(site), sites.map(names)));
    bySite.set(requested, { mask, note });
  }
  return { own, bySite };
}

export function compileProcedure(procedure: Procedure, deps: ProcedureDeps): CompiledProcedure {
  const table = new SlotTable();
  const groupsByCondition = compileGroups(procedure, deps, table);
  const conflictedIndications = compileIndicationConflicts(procedure, deps, table);
  const forbiddenBefore = new Map<string, { citations: Citation[]; minDays: number | undefined }>();
  for (const rule of procedure.combinations) {
    if (rule.relation !== "forbidden-before" || !("procedure" in rule.target)) continue;
    forbiddenBefore.set(rule.target.procedure, { citations: rule.sources, minDays: rule.days?.min });
  }
  const staticReasons = compileStatic(procedure, table);
  const limits = procedure.limits.person.map((limit) => ({
    limit,
    unknown: table.ref(personUnknownReason(limit)),
  }));
  const sites = compileSites(procedure, deps, table);
  const slotCount = table.assign();
  return {
    id: procedure.id,
    siteMask: sites.own,
    groupsByCondition,
    conflictedIndications,
    forbiddenBefore,
    limits,
    staticReasons,
    treatedBySite: sites.bySite,
    slotCount,
  };
}
