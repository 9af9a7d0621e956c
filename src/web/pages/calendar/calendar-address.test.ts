import { describe, expect, test } from "vitest";
import { bookingWizardHref, calendarHref, readCalendarAddress } from "./calendar-address.ts";

describe("the calendar's address", () => {
  test("keeps the clinic, day, view, columns and cancelled toggle across a reload", () => {
    const address = {
      clinicId: "c1",
      date: "2026-05-12",
      view: "week" as const,
      columns: "resources" as const,
      showCancelled: true,
    };
    const href = calendarHref(address);
    expect(readCalendarAddress(new URL(href, "http://x").searchParams)).toEqual(address);
  });

  test("leaves defaults out and ignores what it cannot read", () => {
    expect(
      calendarHref({
        clinicId: null,
        date: null,
        view: "day",
        columns: "practitioners",
        showCancelled: false,
      }),
    ).toBe("/calendar");
    expect(readCalendarAddress(new URLSearchParams("date=2026-02-30&view=month&columns=rooms"))).toEqual({
      clinicId: null,
      date: null,
      view: "day",
      columns: "practitioners",
      showCancelled: false,
    });
    expect(bookingWizardHref("c1", "2026-05-12")).toBe("/calendar/book?clinic=c1&date=2026-05-12");
  });
});
