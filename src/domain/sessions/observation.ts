// After the cold the client rests at the clinic for about half an hour before going home:
// "recommend to rest for half an hour" (004_0a72f601ed0a09d5.txt, line 91; the catalog's
// nitrogen-cryomassage aftercare). The session stays under observation until then.
export const OBSERVATION_MINUTES = 30;

export function observationUntil(finishedAt: Date): Date {
  return new Date(finishedAt.getTime() + OBSERVATION_MINUTES * 60_000);
}

/** Whether a discharge at `at` comes before the observation time is over, and so needs a reason. */
export function dischargeIsEarly(observationEnds: Date | null, at: Date): boolean {
  return observationEnds !== null && at.getTime() < observationEnds.getTime();
}
