// Session numbers after a re-plan. Held sessions keep their numbers; the sessions still to
// come take the lowest numbers nobody holds, in time order. Assigned in ascending order of
// their current numbers, no number is ever held twice on the way (each target is at most
// the current number), so a unique index over (course, session) never trips mid-update.

/**
 * `held`: numbers of sessions that happened (done). `moving`: current numbers of the sessions
 * being re-planned. `needed`: how many sessions are still to come. Returns the new number for
 * each moving session (same order as sorted `moving`) and the numbers of sessions to add.
 */
export function renumberRemaining(
  held: readonly number[],
  moving: readonly number[],
  needed: number,
): { moved: { from: number; to: number }[]; added: number[] } {
  const taken = new Set(held);
  const targets: number[] = [];
  for (let number = 1; targets.length < needed; number++) if (!taken.has(number)) targets.push(number);
  const sorted = [...moving].sort((a, b) => a - b).slice(0, needed);
  return {
    moved: sorted.map((from, index) => ({ from, to: targets[index] as number })),
    added: targets.slice(sorted.length),
  };
}
