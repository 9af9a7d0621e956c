// The observation countdown on the tablet. The server decides whether a discharge is early;
// the tablet's clock only shows how long is left, so a second's skew changes nothing recorded.

/** Whole seconds until the observation time is over, never below zero; 0 when there is none. */
export function observationSecondsLeft(observationUntil: string | null, nowMs: number): number {
  if (observationUntil === null) return 0;
  return Math.max(0, Math.ceil((Date.parse(observationUntil) - nowMs) / 1000));
}
