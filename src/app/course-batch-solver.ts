import highsModule from "highs";
import {
  assertValidBatchProblem,
  assignStaff,
  type BatchPlacement,
  type BatchProblem,
  type BatchSolution,
  dayOfSlot,
  slotCapacities,
} from "../domain/courses/batch.ts";

// The exact reference for batch course planning: the model of src/domain/courses/batch.ts as a
// MILP in CPLEX LP text, solved by HiGHS (WebAssembly, loaded once per process).
//
//   maximise   Σ x[r,k,t]                                   (sessions placed)
//   x[r,k,t] ∈ {0,1}: request r's session k+1 in slot t, only where r is available, the slot has
//              capacity and, for k > 0, some column of session k lies min_r..max_r days earlier
//              (every other x is 0 in every plan, so it is left out)
//   once       Σ_t x[r,k,t] ≤ 1                             each session at most once
//   capacity   Σ_{r,k} x[r,k,t] ≤ min(cabins, qualified staff working in t)
//              (staff are interchangeable within one procedure: see batch.ts)
//   one a day  Σ_{k, t on day d} x[r,k,t] ≤ 1
//   order      Σ_t x[r,k,t] ≤ Σ_t x[r,k−1,t]                session k+1 only after session k
//   spacing, one of two exact formulations:
//   - "day-window" (default): Σ_{t on d} x[r,k,t] ≤ Σ_{t: day(t) ∈ [d−max_r, d−min_r]} x[r,k−1,t]
//     for every day d: a session on d needs its predecessor inside d's window. Its LP
//     relaxation is the tighter one; on generated weeks the two solve in similar times, HiGHS
//     spending most of them in its primal heuristics.
//   - "big-m": with day(k) = Σ_t day(t)·x[r,k,t] and p(k) = Σ_t x[r,k,t],
//       day(k) − day(k−1) ≥ min_r − M·(1 − p(k)),  M = days − 1 + min_r
//       day(k) − day(k−1) ≤ max_r
//     The big M sits on the lower bound: with session k unplaced day(k) = 0, and without M the
//     row would force day(k−1) = 0. The upper bound needs none: −day(k−1) ≤ max_r holds anyway.
//     Kept as the textbook cross-check of the window formulation; its relaxation is weak.

export type SpacingFormulation = "day-window" | "big-m";

export interface BatchModel {
  lp: string;
  /** What each column x<i> stands for. */
  columns: BatchPlacement[];
}

type Term = [column: number, coefficient: number];
interface Placed {
  column: number;
  day: number;
}
const terms = (placed: Placed[], coefficient: (p: Placed) => number): Term[] =>
  placed.map((p) => [p.column, coefficient(p)]);

export function buildBatchModel(
  problem: BatchProblem,
  formulation: SpacingFormulation = "day-window",
): BatchModel {
  assertValidBatchProblem(problem);
  const capacity = slotCapacities(problem);
  const columns: BatchPlacement[] = [];
  const rows: string[] = [];
  const bySlot = new Map<number, number[]>();
  const row = (lhs: Term[], sense: "<=" | ">=", rhs: number) => {
    if (lhs.length > 0) rows.push(`r${rows.length}: ${linear(lhs)} ${sense} ${rhs}`);
  };

  for (const request of problem.requests) {
    const { minDaysBetween: min, maxDaysBetween: max } = request;
    const usable = [...new Set(request.availableSlots)]
      .filter((t) => (capacity[t] ?? 0) > 0)
      .sort((a, b) => a - b);
    const byDay = new Map<number, number[]>();
    let previous: Placed[] = [];
    for (let k = 0; k < request.sessions; k++) {
      // A column only where the session's predecessor can be: the rest are zero in every plan.
      const window = (day: number) => previous.filter((p) => day - p.day >= min && day - p.day <= max);
      const current: Placed[] = [];
      for (const slot of usable) {
        const day = dayOfSlot(problem, slot);
        if (k > 0 && window(day).length === 0) continue;
        current.push({ column: columns.length, day });
        bySlot.set(slot, [...(bySlot.get(slot) ?? []), columns.length]);
        byDay.set(day, [...(byDay.get(day) ?? []), columns.length]);
        columns.push({ requestId: request.id, number: k + 1, slot });
      }
      if (current.length === 0) break;
      const one = () => 1;
      row(terms(current, one), "<=", 1);
      if (k > 0) {
        row([...terms(current, one), ...terms(previous, () => -1)], "<=", 0);
        if (formulation === "day-window") {
          for (const day of new Set(current.map((c) => c.day)))
            row(
              [
                ...terms(
                  current.filter((c) => c.day === day),
                  one,
                ),
                ...terms(window(day), () => -1),
              ],
              "<=",
              0,
            );
        } else {
          const bigM = problem.days - 1 + min;
          const back = terms(previous, (p) => -p.day);
          row([...terms(current, (c) => c.day - bigM), ...back], ">=", min - bigM);
          row([...terms(current, (c) => c.day), ...back], "<=", max);
        }
      }
      previous = current;
    }
    for (const onDay of byDay.values())
      if (onDay.length > 1)
        row(
          onDay.map((i) => [i, 1]),
          "<=",
          1,
        );
  }
  for (const [slot, onSlot] of bySlot)
    if (onSlot.length > (capacity[slot] ?? 0))
      row(
        onSlot.map((i) => [i, 1]),
        "<=",
        capacity[slot] ?? 0,
      );

  const lp = [
    "Maximize",
    ` sessions: ${linear(columns.map((_, i) => [i, 1]))}`,
    "Subject To",
    ...rows.map((r) => ` ${r}`),
    "Binary",
    ...chunk(columns.map((_, i) => `x${i}`)).map((line) => ` ${line.join(" ")}`),
    "End",
  ].join("\n");
  return { lp, columns };
}

/** "x1 - 2 x4 + x7", broken into lines of a few terms so no line grows without bound. */
function linear(lhs: Term[]): string {
  const parts = lhs
    .filter(([, c]) => c !== 0)
    .map(([i, c], n) => {
      const sign = c < 0 ? "- " : n === 0 ? "" : "+ ";
      const size = Math.abs(c) === 1 ? "" : `${Math.abs(c)} `;
      return `${sign}${size}x${i}`;
    });
  return chunk(parts)
    .map((line) => line.join(" "))
    .join("\n   ");
}

const chunk = <T>(items: T[], size = 12): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export interface ExactSolveOptions {
  formulation?: SpacingFormulation;
  /** HiGHS stops here and returns its best plan so far, marked "time-limit". */
  timeLimitSeconds?: number;
}

export interface ExactBatchResult {
  status: "optimal" | "time-limit";
  solution: BatchSolution;
}

// The package ships one .d.ts for its CommonJS and ES builds, read as CommonJS: TypeScript puts
// the loader one `default` deeper than the ES build Node loads has it. Take whichever is there.
type LoadHighs = typeof highsModule.default;
const loadHighs: LoadHighs =
  typeof highsModule === "function" ? (highsModule as LoadHighs) : highsModule.default;
type Highs = Awaited<ReturnType<LoadHighs>>;
let highs: Promise<Highs> | undefined;

/** Solves the batch to proven optimality (or to the time limit) with HiGHS. */
export async function solveBatchExactly(
  problem: BatchProblem,
  options: ExactSolveOptions = {},
): Promise<ExactBatchResult> {
  const model = buildBatchModel(problem, options.formulation);
  // Nothing can be placed: HiGHS would answer "Empty", the plan is empty and optimal.
  if (model.columns.length === 0) return { status: "optimal", solution: { sessions: [] } };
  highs ??= loadHighs();
  const result = (await highs).solve(model.lp, {
    output_flag: false,
    mip_rel_gap: 0,
    time_limit: options.timeLimitSeconds ?? 60,
  });
  if (result.Status !== "Optimal" && result.Status !== "Time limit reached")
    throw new Error(
      `HiGHS ended with status "${result.Status}" on a batch of ${problem.requests.length} requests.`,
    );
  const columns = result.Columns as Record<string, { Primal?: number }>;
  const placements = model.columns.filter((_, i) => (columns[`x${i}`]?.Primal ?? 0) > 0.5);
  return {
    status: result.Status === "Optimal" ? "optimal" : "time-limit",
    solution: assignStaff(problem, placements),
  };
}
