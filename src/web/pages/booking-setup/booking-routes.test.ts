import { describe, expect, test } from "vitest";
import { matchRoute, SITE_PAGES } from "../../router/routes.ts";

describe("the booking pages' addresses", () => {
  test("each setup page lives under its clinic", () => {
    expect(matchRoute("/clinics/c1/resources")).toEqual({ page: "booking-resources", clinicId: "c1" });
    expect(matchRoute("/clinics/c1/offerings")).toEqual({ page: "booking-offerings", clinicId: "c1" });
    expect(matchRoute("/clinics/c1/working-hours/")).toEqual({ page: "booking-hours", clinicId: "c1" });
    expect(matchRoute("/clinics/c1")).toEqual({ page: "clinic", clinicId: "c1" });
  });

  test("the public booking of a clinic is part of the public site", () => {
    const route = matchRoute("/book/c1");
    expect(route).toEqual({ page: "public-booking", clinicId: "c1" });
    expect(SITE_PAGES.has(route.page)).toBe(true);
  });

  test("anything else under a clinic or the booking is not found", () => {
    expect(matchRoute("/clinics/c1/calendar")).toEqual({ page: "not-found" });
    expect(matchRoute("/clinics/c1/offerings/o1")).toEqual({ page: "not-found" });
    expect(matchRoute("/book")).toEqual({ page: "not-found" });
    expect(matchRoute("/book/c1/step-2")).toEqual({ page: "not-found" });
  });
});
