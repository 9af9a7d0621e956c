import { describe, expect, test } from "vitest";
import { ApiError } from "../../api/api-error.ts";
import { en, type MessageKey } from "../../i18n/en.ts";
import { bookingProblemMessage, isScreeningRefusal, offeredAlternatives } from "./booking-problem.ts";

const i18n = {
  t: (key: MessageKey, params?: Record<string, string | number>) =>
    en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? "")),
  serverMessage: (message: string) => message,
  formatDate: (date: string) => `on ${date}`,
};

describe("refusals of a booking or a move", () => {
  test("say why a slot cannot be booked, by the reason the server gave", () => {
    const closed = new ApiError(422, "slot-unavailable", "The clinic is closed that day.");
    expect(bookingProblemMessage(closed, i18n)).toBe("The clinic is closed that day.");
    const unknown = new ApiError(422, "slot-unavailable", "Something new.");
    expect(bookingProblemMessage(unknown, i18n)).toBe("This time cannot be booked.");
  });

  test("say when check-in opens, with the server's rule", () => {
    const early = new ApiError(409, "check-in-too-early", "Check-in opens 60 minutes before the session.");
    // From the interface's own dictionary, not the server's English title.
    const untranslated = { ...i18n, serverMessage: () => "(server title)" };
    expect(bookingProblemMessage(early, untranslated)).toBe("Check-in opens 60 minutes before the session.");
  });

  test("give the date a postponing screening lasts until", () => {
    const postponed = new ApiError(
      422,
      "postponed",
      "The client's screening postpones this procedure until 2026-06-01.",
    );
    expect(bookingProblemMessage(postponed, i18n)).toBe(
      "The client's screening postpones this procedure until on 2026-06-01.",
    );
    expect(isScreeningRefusal(postponed)).toBe(true);
    expect(isScreeningRefusal(new ApiError(409, "slot-taken", "Taken."))).toBe(false);
  });

  test("explain a taken slot, and read the alternatives when the error carries them", () => {
    const taken = Object.assign(new ApiError(409, "slot-taken", "This time has just been taken."), {
      extensions: {
        alternatives: [{ start: "2026-05-12T11:00:00+03:00", end: "2026-05-12T11:15:00+03:00" }, 3],
      },
    });
    expect(bookingProblemMessage(taken, i18n)).toBe(en["calendar.problem.slotTaken"]);
    expect(offeredAlternatives(taken)).toHaveLength(1);
    expect(offeredAlternatives(new ApiError(409, "slot-taken", "Taken."))).toBeNull();
  });
});
