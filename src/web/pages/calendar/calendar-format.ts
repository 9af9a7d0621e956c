import { useMemo } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { Language } from "../../i18n/language-store.ts";

// Times as the clinic's wall clock shows them (Intl with the clinic's zone), and local
// dates as plain calendar days (formatted at UTC midnight, so no zone can shift them).

export interface CalendarFormat {
  /** "10:30" of an instant, in the clinic's zone. */
  time: (instant: string) => string;
  /** "10:30–11:15". */
  timeRange: (start: string, end: string) => string;
  /** "Tue 12 May" of a local date. */
  day: (date: string) => string;
  /** "Tuesday, 12 May 2026" of a local date. */
  longDay: (date: string) => string;
  /** "12 May – 18 May 2026" of two local dates. */
  dayRange: (first: string, last: string) => string;
}

const atUtcMidnight = (date: string) => new Date(`${date}T00:00:00Z`);

export function calendarFormat(language: Language, timeZone: string): CalendarFormat {
  const time = new Intl.DateTimeFormat(language, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const day = new Intl.DateTimeFormat(language, {
    timeZone: "UTC",
    weekday: "short",
    day: "numeric",
    month: "short",
  });
  const longDay = new Intl.DateTimeFormat(language, {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const range = new Intl.DateTimeFormat(language, {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  return {
    time: (instant) => time.format(new Date(instant)),
    timeRange: (start, end) => `${time.format(new Date(start))}–${time.format(new Date(end))}`,
    day: (date) => day.format(atUtcMidnight(date)),
    longDay: (date) => longDay.format(atUtcMidnight(date)),
    dayRange: (first, last) => range.formatRange(atUtcMidnight(first), atUtcMidnight(last)),
  };
}

export function useCalendarFormat(timeZone: string): CalendarFormat {
  const { language } = useI18n();
  return useMemo(() => calendarFormat(language, timeZone), [language, timeZone]);
}
