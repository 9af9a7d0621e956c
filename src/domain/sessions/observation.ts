// After the cold the client rests at the clinic for about half an hour before going home:
// "recommend to rest for half an hour" (004_0a72f601ed0a09d5.txt, line 91; the catalog's
// nitrogen-cryomassage aftercare). The session stays under observation until then.
export const OBSERVATION_MINUTES = 30;

export function observationUntil(finishedAt: Date): Date {
  return new Date(finishedAt.getTime() + OBSERVATION_MINUTES * 60_000);
}
