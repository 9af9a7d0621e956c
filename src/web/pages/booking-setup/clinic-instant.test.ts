import { describe, expect, test } from "vitest";
import { formatClinicRange, instantFromClinicTime } from "./clinic-instant.ts";

describe("clinic wall-clock input", () => {
  test("a local time becomes an instant with the clinic's offset, on either side of DST", () => {
    expect(instantFromClinicTime("2026-11-25T10:00", "Europe/Moscow")).toBe("2026-11-25T10:00:00+03:00");
    expect(instantFromClinicTime("2026-03-28T10:00", "Europe/Berlin")).toBe("2026-03-28T10:00:00+01:00");
    expect(instantFromClinicTime("2026-03-29T10:00", "Europe/Berlin")).toBe("2026-03-29T10:00:00+02:00");
  });

  test("a time the clocks skip moves forward by the gap", () => {
    expect(instantFromClinicTime("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T03:30:00+02:00");
  });

  test("an empty or half-filled box gives nothing to send", () => {
    expect(instantFromClinicTime("", "Europe/Moscow")).toBeNull();
    expect(instantFromClinicTime("2026-11-25", "Europe/Moscow")).toBeNull();
  });

  test("a range is shown on the clinic's clock, not the reader's", () => {
    const text = formatClinicRange(
      "2026-11-25T10:00:00+03:00",
      "2026-11-25T18:00:00+03:00",
      "Europe/Moscow",
      "en-GB",
    );
    expect(text.replace(/[\u2009\u202f\u00a0]/g, " ")).toBe("25 Nov 2026, 10:00–18:00");
  });
});
