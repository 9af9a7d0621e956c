import { performance } from "node:perf_hooks";

// The server's clock in browser tests: it starts at an instant the test chooses and runs
// on at the real pace, so timers count as they would in the clinic, and a test can jump
// it forward to where a protocol limit or an observation period ends.

export interface TestClock {
  now(): Date;
  /** Moves the clock forward by `ms` at once; it keeps running from there. */
  advance(ms: number): void;
}

export function runningClock(startsAt: Date): TestClock {
  const startedAt = performance.now();
  let jumpedMs = 0;
  return {
    now: () => new Date(startsAt.getTime() + (performance.now() - startedAt) + jumpedMs),
    advance(ms) {
      if (!(ms >= 0)) throw new Error(`The clock only moves forward, not by ${ms} ms.`);
      jumpedMs += ms;
    },
  };
}
