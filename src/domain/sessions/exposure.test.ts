import { describe, expect, it } from "vitest";
import { catalog } from "../../catalog/load.ts";
import type { Procedure } from "../../catalog/schema.ts";
import { DomainError } from "../errors.ts";
import {
  deviation,
  elapsedMs,
  exposureLimit,
  IDLE_TIMER,
  pauseTimer,
  phase,
  resumeTimer,
  startTimer,
  stopTimer,
} from "./exposure.ts";

const procedure = (id: string): Procedure => {
  const found = catalog.getProcedure(id);
  if (!found) throw new Error(`No procedure ${id} in the catalog.`);
  return found;
};
const sourcesOf = (limit: ReturnType<typeof exposureLimit>) =>
  limit?.claims.map((claim) => claim.sources.map((s) => `${s.article.slice(0, 3)}:${s.line}`));

describe("exposure limit", () => {
  it("takes the clinic's protocol value over the catalog and still shows every catalog claim", () => {
    const limit = exposureLimit(procedure("cryosauna"), "whole-body-cabin", {
      exposureSeconds: { "whole-body-cabin": 150 },
    });
    expect(limit).toMatchObject({ seconds: 150, source: "protocol", per: "session" });
    expect(sourcesOf(limit)).toEqual([["000:121"], ["002:21"]]);
    expect(limit?.conflicts).toEqual(["cryosauna-exposure"]);
  });

  it("falls back to the catalog when the protocol sets only other methods", () => {
    const limit = exposureLimit(procedure("ice-cryomassage"), "ice-pack-on-injury", {
      exposureSeconds: { "ice-bag-massage": 120 },
    });
    // 003:49: "Leave for 10-15 minutes."
    expect(limit).toMatchObject({ seconds: 900, source: "catalog", per: "application", conflicts: [] });
  });

  it("keeps both cryosauna claims (1–3 min, 2–3 min) and limits at their common 3 minutes", () => {
    const limit = exposureLimit(procedure("cryosauna"), "whole-body-cabin");
    expect(limit).toMatchObject({ seconds: 180, source: "catalog", conflicts: ["cryosauna-exposure"] });
    expect(limit?.claims.map((c) => c.value.range)).toEqual([
      { min: 1, max: 3, unit: "min" },
      { min: 2, max: 3, unit: "min" },
    ]);
  });

  it("limits a disputed cryospray to the 20 s maximum, keeping the 'more than 30 s' claim that sets none", () => {
    const limit = exposureLimit(procedure("cryodestruction"), "spray");
    expect(limit).toMatchObject({ seconds: 20, source: "catalog", per: "area" });
    expect(sourcesOf(limit)).toEqual([["000:125"], ["002:47"]]);
  });

  it("uses the shortest maximum when disagreeing claims give different ones, whatever their order", () => {
    const sauna = structuredClone(procedure("cryosauna"));
    const exposure = sauna.methods[0]?.exposure;
    if (!exposure || !("claims" in exposure))
      throw new Error("The cryosauna exposure is no longer disputed.");
    const [first, second] = exposure.claims;
    if (!first || !second) throw new Error("Expected two claims.");
    second.value.range = { min: 30, max: 150, unit: "s" };
    expect(exposureLimit(sauna, "whole-body-cabin")?.seconds).toBe(150);
    exposure.claims = [second, first];
    expect(exposureLimit(sauna, "whole-body-cabin")?.seconds).toBe(150);
  });

  it("has no limit when neither the protocol nor any article gives a maximum", () => {
    expect(exposureLimit(procedure("nitrogen-cryomassage"), "applicator")).toBeNull();
    expect(
      exposureLimit(procedure("nitrogen-cryomassage"), "applicator", { exposureSeconds: { applicator: 20 } }),
    ).toEqual({ seconds: 20, source: "protocol", per: null, claims: [], conflicts: [] });
  });

  it("refuses a method the procedure does not have", () => {
    expect(() => exposureLimit(procedure("cryosauna"), "spray")).toThrow(
      expect.objectContaining({ code: "unknown-method" }),
    );
    expect(() => exposureLimit(procedure("cryosauna"), "spray")).toThrow(DomainError);
  });
});

describe("exposure timer", () => {
  const t0 = 1_700_000_000_000;

  it("counts running time only, across a pause and a resume, and freezes at stop", () => {
    let timer = startTimer(IDLE_TIMER, t0);
    expect(elapsedMs(timer, t0 + 30_000)).toBe(30_000);
    timer = pauseTimer(timer, t0 + 30_000);
    expect(elapsedMs(timer, t0 + 90_000)).toBe(30_000);
    timer = resumeTimer(timer, t0 + 100_000);
    expect(elapsedMs(timer, t0 + 110_000)).toBe(40_000);
    const stopped = stopTimer(timer, t0 + 120_000);
    expect(stopped.elapsedMs).toBe(50_000);
    expect(elapsedMs(stopped.state, t0 + 999_000)).toBe(50_000);
  });

  it("ignores a repeated pause or resume and refuses a second start", () => {
    const running = startTimer(IDLE_TIMER, t0);
    expect(resumeTimer(running, t0 + 5_000)).toEqual(running);
    const paused = pauseTimer(running, t0 + 10_000);
    expect(pauseTimer(paused, t0 + 20_000)).toEqual(paused);
    expect(() => startTimer(running, t0 + 1_000)).toThrow(
      expect.objectContaining({ code: "timer-already-started" }),
    );
    expect(() => startTimer(paused, t0 + 30_000)).toThrow(
      expect.objectContaining({ code: "timer-already-started" }),
    );
  });

  it("never counts backwards when the server clock steps back", () => {
    const timer = resumeTimer({ startedAt: null, accumulatedMs: 12_000 }, t0);
    expect(elapsedMs(timer, t0 - 5_000)).toBe(12_000);
    expect(pauseTimer(timer, t0 - 5_000).accumulatedMs).toBe(12_000);
  });

  it("warns from 80 % of the limit and stops at 100 %", () => {
    expect(phase(142_200, 180)).toBe("ok"); // 79 %
    expect(phase(143_999, 180)).toBe("ok");
    expect(phase(144_000, 180)).toBe("warning"); // 80 %
    expect(phase(179_999, 180)).toBe("warning");
    expect(phase(180_000, 180)).toBe("limit"); // 100 %
    expect(phase(200_000, 180)).toBe("limit");
  });

  it("records an overrun only past the limit, to the millisecond", () => {
    expect(deviation(179_000, 180)).toBeNull();
    expect(deviation(180_000, 180)).toBeNull();
    expect(deviation(181_500, 180)).toEqual({ overrunSeconds: 1.5 });
  });

  it("times a paused cryosauna session against the catalog limit", () => {
    const limit = exposureLimit(procedure("cryosauna"), "whole-body-cabin");
    if (!limit) throw new Error("The cryosauna has a documented limit.");
    let timer = startTimer(IDLE_TIMER, t0);
    timer = pauseTimer(timer, t0 + 100_000);
    timer = resumeTimer(timer, t0 + 160_000);
    // 100 s before the pause plus 50 s after it: 150 of 180 s is past the 80 % mark.
    expect(phase(elapsedMs(timer, t0 + 210_000), limit.seconds)).toBe("warning");
    const { elapsedMs: total } = stopTimer(timer, t0 + 245_000);
    expect(phase(total, limit.seconds)).toBe("limit");
    expect(deviation(total, limit.seconds)).toEqual({ overrunSeconds: 5 });
  });
});
