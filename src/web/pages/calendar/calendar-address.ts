import type { ColumnMode } from "./calendar-layout.ts";
import { isIsoDate } from "./calendar-time.ts";

// What the calendar shows lives in its address, so a reload, a shared link or the back
// button returns to the same clinic, day and view.

export type CalendarView = "day" | "week";

export interface CalendarAddress {
  clinicId: string | null;
  /** The day shown, or any day of the week shown; null means the clinic's today. */
  date: string | null;
  view: CalendarView;
  columns: ColumnMode;
  showCancelled: boolean;
}

export function readCalendarAddress(query: URLSearchParams): CalendarAddress {
  const date = query.get("date");
  return {
    clinicId: query.get("clinic") || null,
    date: isIsoDate(date) ? date : null,
    view: query.get("view") === "week" ? "week" : "day",
    columns: query.get("columns") === "resources" ? "resources" : "practitioners",
    showCancelled: query.get("cancelled") === "shown",
  };
}

/** The address of a calendar state; defaults are left out so plain links stay short. */
export function calendarHref(address: CalendarAddress): string {
  const params = new URLSearchParams();
  if (address.clinicId) params.set("clinic", address.clinicId);
  if (address.date) params.set("date", address.date);
  if (address.view === "week") params.set("view", "week");
  if (address.columns === "resources") params.set("columns", "resources");
  if (address.showCancelled) params.set("cancelled", "shown");
  const search = params.toString();
  return search ? `/calendar?${search}` : "/calendar";
}

/** The booking wizard for a clinic (the first one when null), starting its search on a day. */
export function bookingWizardHref(clinicId: string | null, date: string | null): string {
  const params = new URLSearchParams();
  if (clinicId) params.set("clinic", clinicId);
  if (date) params.set("date", date);
  const search = params.toString();
  return search ? `/calendar/book?${search}` : "/calendar/book";
}
