import { describe, expect, test } from "vitest";
import { ApiError } from "../../api/api-error.ts";
import { BookingRefusal } from "../../api/public-booking-api.ts";
import { refusedBooking } from "./booking-outcome.ts";

const refusal = (status: number, code: string, extra: Partial<BookingRefusal> = {}, fields = []) =>
  new BookingRefusal(
    new ApiError(status, code, "Refused.", fields),
    extra.alternatives ?? [],
    extra.until ?? null,
    extra.reason ?? null,
  );

describe("a refused booking", () => {
  test("a screening refusal asks the visitor to see the clinic, with the date a postponement lasts to", () => {
    expect(refusedBooking(refusal(422, "contraindicated"))).toEqual({
      kind: "refused",
      refusal: "contraindicated",
      until: null,
    });
    expect(refusedBooking(refusal(422, "postponed", { until: "2026-12-01" }))).toEqual({
      kind: "refused",
      refusal: "postpone",
      until: "2026-12-01",
    });
    expect(refusedBooking(refusal(422, "needs-review"))).toMatchObject({ refusal: "needs-review" });
  });

  test("a taken slot offers the alternatives the server found", () => {
    const alternatives = [{ start: "2026-11-23T10:30:00+03:00", end: "2026-11-23T11:30:00+03:00" }];
    expect(refusedBooking(refusal(409, "slot-taken", { alternatives }))).toEqual({
      kind: "problem",
      problem: { kind: "slot-taken", alternatives },
    });
  });

  test("field errors go back to the contact box or the answer they are about", () => {
    const contact = new ApiError(400, "validation-failed", "Invalid.", [
      { field: "client.phone", message: "Use digits." },
      { field: "consentDataProcessing", message: "Consent is needed." },
    ]);
    expect(refusedBooking(contact)).toEqual({
      kind: "contact",
      errors: { phone: "Use digits.", consent: "Consent is needed." },
    });
    const health = new ApiError(400, "validation-failed", "Invalid.", [
      { field: "screening.subject.weightKg", message: "Too big." },
    ]);
    expect(refusedBooking(health)).toEqual({
      kind: "health",
      errors: [{ field: "subject.weightKg", message: "Too big." }],
    });
  });

  test("anything else is shown as it is", () => {
    const lost = new ApiError(0, "network-error", "Unreachable.");
    expect(refusedBooking(lost)).toEqual({ kind: "unknown", error: lost });
  });
});
