import { Temporal } from "temporal-polyfill";

// Out-of-service periods and time off are entered as the clinic's wall-clock time
// (a datetime-local box) and sent as instants with the clinic's offset.

/**
 * "2026-11-25T10:00" on the clinic's clock as "2026-11-25T10:00:00+03:00"; null when the box
 * is empty or incomplete. A time skipped by a DST change moves forward, as the server's do.
 */
export function instantFromClinicTime(local: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  try {
    return Temporal.PlainDateTime.from(local)
      .toZonedDateTime(timeZone, { disambiguation: "compatible" })
      .toString({ timeZoneName: "never" });
  } catch {
    return null;
  }
}

/** "25 Nov 2026, 10:00 – 26 Nov 2026, 18:00" on the clinic's clock; one date when both are on it. */
export function formatClinicRange(start: string, end: string, timeZone: string, language: string): string {
  const dateTime = new Intl.DateTimeFormat(language, { timeZone, dateStyle: "medium", timeStyle: "short" });
  return dateTime.formatRange(new Date(start), new Date(end));
}
