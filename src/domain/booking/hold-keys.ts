import type { Interval } from "./types.ts";

// Keys of the advisory locks a booking takes before it writes: one per party (practitioner,
// resource, client) per hour of UTC its held time touches. Two bookings that could overlap on
// a party share at least one key and queue; bookings at unrelated times take different keys
// and run side by side. Taken in one sorted order, the locks never deadlock.

const HOUR = 3_600_000;

export function holdKeys(holds: readonly { parties: readonly string[]; held: Interval }[]): string[] {
  const keys = new Set<string>();
  for (const { parties, held } of holds) {
    const last = Math.floor((held.end - 1) / HOUR);
    for (let hour = Math.floor(held.start / HOUR); hour <= last; hour++) {
      for (const party of parties) keys.add(`${party}@${hour}`);
    }
  }
  return [...keys];
}
