import { afterEach, describe, expect, test, vi } from "vitest";
import { ApiError } from "./api-error.ts";
import { BookingRefusal, type PublicBookingRequest, publicBookingApi } from "./public-booking-api.ts";

const request: PublicBookingRequest = {
  offeringId: "7d1b0a52-55a4-4c4e-9d43-0f0e7f1b7c10",
  start: "2026-11-23T10:00:00+03:00",
  client: { firstName: "Anna", lastName: "Petrova", phone: "+7 900 000-00-00" },
  screening: { conditions: [] },
  consentDataProcessing: true,
};

function answerWith(status: number, body: unknown) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("publicBookingApi.book", () => {
  test("sends the booking once under its idempotency key and returns the appointment", async () => {
    const booked = { appointmentId: "a1", start: request.start };
    const fetch = answerWith(201, booked);
    await expect(publicBookingApi.book("clinic 1", request, "key-1")).resolves.toEqual(booked);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/public/clinics/clinic%201/appointments");
    expect(init.method).toBe("POST");
    expect(init.headers).toMatchObject({ "Idempotency-Key": "key-1" });
    expect(JSON.parse(String(init.body))).toEqual(request);
  });

  test("a taken slot comes back with the free times the clinic offers instead", async () => {
    const alternatives = [{ start: "2026-11-23T10:30:00+03:00", end: "2026-11-23T11:30:00+03:00" }];
    answerWith(409, {
      title: "This time is no longer free. Choose another.",
      code: "slot-taken",
      alternatives: [...alternatives, { start: 42 }],
    });
    const refusal = await publicBookingApi.book("c1", request, "key-2").catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BookingRefusal);
    expect(refusal).toMatchObject({ status: 409, code: "slot-taken", alternatives, until: null });
  });

  test("a postponement says until when", async () => {
    answerWith(422, { title: "Has to wait.", code: "postponed", until: "2026-12-01" });
    const refusal = await publicBookingApi.book("c1", request, "key-3").catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "postponed", until: "2026-12-01", alternatives: [] });
  });

  test("a visitor with no connection is told so, not shown a refusal", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    const error = await publicBookingApi.book("c1", request, "key-4").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(BookingRefusal);
    expect(error).toMatchObject({ code: "network-error" });
  });
});
