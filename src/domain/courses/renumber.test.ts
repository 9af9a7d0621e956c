import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renumberRemaining } from "./renumber.ts";

describe("renumbering the rest of a course", () => {
  it("fills the gap a missed session left, keeping held numbers", () => {
    // Sessions 1 and 3 happened, 2 was missed, 4 and 5 are booked; the course has 5.
    expect(renumberRemaining([1, 3], [4, 5], 3)).toEqual({
      moved: [
        { from: 4, to: 2 },
        { from: 5, to: 4 },
      ],
      added: [5],
    });
  });

  it("never assigns a number above the one a session holds, nor one held by another", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 20 }),
        fc.nat(20),
        (numbers, split) => {
          const held = numbers.slice(0, split);
          const moving = numbers.slice(split);
          const needed = moving.length + 2;
          const { moved, added } = renumberRemaining(held, moving, needed);
          const finals = [...held, ...moved.map((m) => m.to), ...added];
          expect(new Set(finals).size).toBe(finals.length);
          for (const m of moved) expect(m.to).toBeLessThanOrEqual(m.from);
          // Applied in order, a target is never still held by a session not yet moved.
          const current = new Set([...held, ...moving]);
          for (const m of moved) {
            current.delete(m.from);
            expect(current.has(m.to)).toBe(false);
            current.add(m.to);
          }
        },
      ),
    );
  });
});
