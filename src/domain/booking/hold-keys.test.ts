import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdKeys } from "./hold-keys.ts";

const at = (iso: string) => Date.parse(iso);

describe("advisory lock keys of a booking", () => {
  it("name each party once per hour its time touches", () => {
    const keys = holdKeys([
      {
        parties: ["anna", "room-1"],
        held: { start: at("2026-11-23T09:45:00Z"), end: at("2026-11-23T10:15:00Z") },
      },
    ]);
    expect(keys.sort()).toHaveLength(4);
    expect(keys.filter((k) => k.startsWith("anna@"))).toHaveLength(2);
  });

  it("share a key for any two bookings of one party whose times overlap", () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 300 }))
      .map(([start, minutes]) => ({ start: start * 60_000, end: (start + minutes) * 60_000 }));
    fc.assert(
      fc.property(span, span, (a, b) => {
        const overlap = a.start < b.end && b.start < a.end;
        const shared = holdKeys([{ parties: ["p"], held: a }]).some((key) =>
          holdKeys([{ parties: ["p"], held: b }]).includes(key),
        );
        if (overlap) expect(shared).toBe(true);
      }),
    );
  });
});
