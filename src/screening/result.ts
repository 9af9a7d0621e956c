import type { ProcedureResult, Reason, ReasonSource, Verdict } from "./contract.ts";
import { compareReasons, severityRank } from "./severity.ts";

// From the reasons a procedure collected to its result: reasons with the same code
// merged (two rules can give the same one: a recent peel is both a "recent aggressive
// procedure" and "no peeling before cryomassage"), sorted most severe first, and the
// verdict and re-screen date derived. Every step is order-independent, so the order of
// the request's conditions never shows in the output. A code always carries one verdict
// (it names the kind of rule), so merging never reorders by severity.

function sourceKey(source: ReasonSource): string {
  return `${source.article}:${String(source.line).padStart(6, "0")}`;
}

function unionSources(a: readonly ReasonSource[], b: readonly ReasonSource[]): ReasonSource[] {
  const byKey = new Map<string, ReasonSource>();
  for (const source of [...a, ...b]) {
    const key = sourceKey(source);
    const known = byKey.get(key);
    // Keep one excerpt per line, whichever comes first alphabetically.
    if (!known || (source.excerpt ?? "") < (known.excerpt ?? "")) byKey.set(key, source);
  }
  return [...byKey.keys()].sort().map((key) => byKey.get(key) as ReasonSource);
}

/** An until of a postponing reason: null (unknown) outranks any date; otherwise the later. */
function combineUntil(a: string | null | undefined, b: string | null | undefined): string | null | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a === null || b === null) return null;
  return a >= b ? a : b;
}

/** Which reason's text and verdict to keep: the more severe, then the later until, then by text. */
function preferred(a: Reason, b: Reason): Reason {
  const bySeverity = severityRank(a.verdict) - severityRank(b.verdict);
  if (bySeverity !== 0) return bySeverity < 0 ? a : b;
  if ((a.until ?? "") !== (b.until ?? "")) return (a.until ?? "") > (b.until ?? "") ? a : b;
  return a.text.en <= b.text.en ? a : b;
}

function merge(a: Reason, b: Reason): Reason {
  const base = preferred(a, b);
  const merged: Reason = { ...base, sources: unionSources(a.sources, b.sources) };
  const conditionId = [a.conditionId, b.conditionId].filter((id) => id !== undefined).sort()[0];
  if (conditionId !== undefined) merged.conditionId = conditionId;
  else delete merged.conditionId;
  const conflicts = [...new Set([...(a.conflicts ?? []), ...(b.conflicts ?? [])])].sort();
  if (conflicts.length > 0) merged.conflicts = conflicts;
  else delete merged.conflicts;
  const until = combineUntil(a.until, b.until);
  if (until !== undefined) merged.until = until;
  else delete merged.until;
  return merged;
}

/**
 * Collects one procedure's reasons by slot (see compile-procedure.ts): a slot is a
 * reason's place in the output order, so collecting needs no object sorting and the
 * same prebuilt reason raised by two rules is kept once. Reasons built per request (a
 * recent procedure's dates, a measured weight) go beside and are merged in at the end.
 * One collector serves every call: screening is synchronous, and `begin` clears any
 * leftovers.
 */
class ReasonCollector {
  private slots: (Reason | undefined)[] = [];
  /** Slots in use, the first `count` entries (counted, not truncated: cheaper than setting length). */
  private readonly touched: number[] = [];
  private count = 0;
  private extras: Reason[] | undefined;

  begin(slotCount: number): void {
    for (let i = 0; i < this.count; i++) this.slots[this.touched[i] as number] = undefined;
    this.count = 0;
    this.extras = undefined;
    if (this.slots.length < slotCount) this.slots = new Array(slotCount).fill(undefined);
  }

  put(slot: number, reason: Reason): void {
    const held = this.slots[slot];
    if (held === undefined) {
      this.slots[slot] = reason;
      this.touched[this.count++] = slot;
    } else if (held !== reason) this.slots[slot] = merge(held, reason);
  }

  putBuilt(reason: Reason): void {
    if (this.extras) this.extras.push(reason);
    else this.extras = [reason];
  }

  finish(procedureId: string): ProcedureResult {
    const touched = this.touched;
    const count = this.count;
    for (let i = 1; i < count; i++) {
      const slot = touched[i] as number;
      let j = i - 1;
      while (j >= 0 && (touched[j] as number) > slot) {
        touched[j + 1] = touched[j] as number;
        j--;
      }
      touched[j + 1] = slot;
    }
    const reasons: Reason[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const slot = touched[i] as number;
      reasons[i] = this.slots[slot] as Reason;
      this.slots[slot] = undefined;
    }
    this.count = 0;
    if (this.extras) {
      for (const extra of this.extras) insertMerging(reasons, extra);
      this.extras = undefined;
    }
    return resultOf(procedureId, reasons);
  }
}

/** Adds a reason to a sorted list: merged into one with the same code, else at its place. */
function insertMerging(reasons: Reason[], reason: Reason): void {
  const same = reasons.findIndex((r) => r.code === reason.code);
  if (same >= 0) {
    const merged = merge(reasons[same] as Reason, reason);
    reasons.splice(same, 1);
    reason = merged;
  }
  let at = 0;
  while (at < reasons.length && compareReasons(reasons[at] as Reason, reason) <= 0) at++;
  reasons.splice(at, 0, reason);
}

export const collector = new ReasonCollector();

function resultOf(procedureId: string, reasons: Reason[]): ProcedureResult {
  const first = reasons[0];
  const verdict: Verdict = first ? first.verdict : "eligible";
  let until: string | null = null;
  if (verdict === "postpone") {
    let latest: string | null | undefined;
    for (const reason of reasons) {
      if (reason.verdict !== "postpone") break;
      latest = combineUntil(latest, reason.until ?? null);
    }
    until = latest ?? null;
  }
  return { procedureId, verdict, until, reasons };
}
