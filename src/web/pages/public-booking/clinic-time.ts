// Dates and times as the clinic's wall clock shows them, whatever the visitor's own zone:
// a slot at 10:00 in Moscow is offered as 10:00 to a visitor in Berlin too, and the page
// says which zone that is.

const DAY_MS = 24 * 60 * 60 * 1000;

/** The clinic's local date of an instant, "YYYY-MM-DD". */
export function localDateIn(instant: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** A calendar date moved by whole days: "2026-03-31" + 1 = "2026-04-01". */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Date(date.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The slots of each local day, days and slots in time order. */
export function slotsByDay<S extends { start: string }>(
  slots: readonly S[],
  timeZone: string,
): Map<string, S[]> {
  const days = new Map<string, S[]>();
  const sorted = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const slot of sorted) {
    const day = localDateIn(slot.start, timeZone);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return days;
}

/** "10:00" on the clinic's clock. */
export function formatClinicTime(instant: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone, hour: "2-digit", minute: "2-digit" }).format(
    new Date(instant),
  );
}

/** "Mon, 23 Nov" for a calendar date (no zone: a date is the same everywhere). */
export function formatShortDay(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: "UTC",
    weekday: "short",
    day: "numeric",
    month: "short",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "Monday, 23 November 2026" for a calendar date. */
export function formatLongDay(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: "UTC", dateStyle: "full" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The zone as people name it, with its offset on that day: "Moscow Standard Time (GMT+3)". */
export function zoneName(timeZone: string, language: string, at: Date = new Date()): string {
  const part = (style: "long" | "shortOffset") =>
    new Intl.DateTimeFormat(language, { timeZone, timeZoneName: style })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  const name = part("long");
  const offset = part("shortOffset");
  return name === offset ? name : `${name} (${offset})`;
}
