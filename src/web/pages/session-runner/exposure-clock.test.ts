import { describe, expect, test } from "vitest";
import type { SessionExposure } from "../../api/sessions-types.ts";
import { clockText, shownPhase, shownSeconds } from "./exposure-clock.ts";

const exposure = (status: SessionExposure["status"], elapsedSeconds: number): SessionExposure => ({
  id: "e1",
  area: "whole body",
  methodId: "whole-body-cabin",
  status,
  limitSeconds: 180,
  elapsedSeconds,
  phase: "ok",
  deviation: null,
  overrunReason: null,
  temperatureSetC: null,
  temperatureMeasuredC: null,
  startedAt: "2026-11-23T07:00:00.000Z",
  stoppedAt: null,
});

describe("an exposure's timer between reads", () => {
  test("a running timer counts on from the server's time by whole seconds", () => {
    expect(shownSeconds(exposure("running", 10), 0)).toBe(10);
    expect(shownSeconds(exposure("running", 10), 2_900)).toBe(12);
  });

  test("a paused or stopped timer shows the server's time however long ago it was read", () => {
    expect(shownSeconds(exposure("paused", 60), 30_000)).toBe(60);
    expect(shownSeconds(exposure("stopped", 200), 30_000)).toBe(200);
  });

  test("warns from 80 % of the limit and signals the limit at 100 %", () => {
    expect(shownPhase(143, 180)).toBe("ok");
    expect(shownPhase(144, 180)).toBe("warning");
    expect(shownPhase(179, 180)).toBe("warning");
    expect(shownPhase(180, 180)).toBe("limit");
    expect(shownPhase(200, 180)).toBe("limit");
  });

  test("writes minutes and seconds", () => {
    expect(clockText(0)).toBe("0:00");
    expect(clockText(125)).toBe("2:05");
    expect(clockText(720)).toBe("12:00");
  });
});
