import { describe, expect, test } from "vitest";
import { matchRoute } from "./routes.ts";

describe("matchRoute", () => {
  test("finds each page by its address", () => {
    expect(matchRoute("/")).toEqual({ page: "home" });
    expect(matchRoute("/login")).toEqual({ page: "login" });
    expect(matchRoute("/invite/abc_DEF-1")).toEqual({ page: "accept-invitation", token: "abc_DEF-1" });
    expect(matchRoute("/clinic")).toEqual({ page: "clinic", clinicId: null });
    expect(matchRoute("/clinics/c1")).toEqual({ page: "clinic", clinicId: "c1" });
    expect(matchRoute("/staff")).toEqual({ page: "staff" });
    expect(matchRoute("/staff/new")).toEqual({ page: "staff-new" });
    expect(matchRoute("/staff/u1")).toEqual({ page: "staff-edit", userId: "u1" });
    expect(matchRoute("/clients")).toEqual({ page: "clients" });
    expect(matchRoute("/clients/new")).toEqual({ page: "client-new" });
    expect(matchRoute("/clients/k1")).toEqual({ page: "client-edit", clientId: "k1" });
    expect(matchRoute("/encyclopedia")).toEqual({ page: "encyclopedia" });
    expect(matchRoute("/encyclopedia/cryosauna")).toEqual({ page: "procedure", procedureId: "cryosauna" });
    expect(matchRoute("/prices")).toEqual({ page: "prices" });
    expect(matchRoute("/advisor")).toEqual({ page: "advisor" });
    expect(matchRoute("/calendar")).toEqual({ page: "calendar" });
    expect(matchRoute("/calendar/book")).toEqual({ page: "booking-wizard" });
    expect(matchRoute("/book/c1")).toEqual({ page: "public-booking", clinicId: "c1" });
    expect(matchRoute("/clinics/c1/offerings")).toEqual({ page: "booking-offerings", clinicId: "c1" });
    expect(matchRoute("/clinics/c1/resources")).toEqual({ page: "booking-resources", clinicId: "c1" });
    expect(matchRoute("/clinics/c1/working-hours")).toEqual({ page: "booking-hours", clinicId: "c1" });
    expect(matchRoute("/sessions/s1")).toEqual({ page: "session-runner", sessionId: "s1" });
  });

  test("ignores a trailing slash", () => {
    expect(matchRoute("/clients/")).toEqual({ page: "clients" });
  });

  test("answers not-found for unknown or too deep addresses", () => {
    expect(matchRoute("/reports")).toEqual({ page: "not-found" });
    expect(matchRoute("/clients/k1/history")).toEqual({ page: "not-found" });
    expect(matchRoute("/invite")).toEqual({ page: "not-found" });
    expect(matchRoute("/prices/moscow")).toEqual({ page: "not-found" });
    expect(matchRoute("/advisor/step-2")).toEqual({ page: "not-found" });
    expect(matchRoute("/calendar/week")).toEqual({ page: "not-found" });
    expect(matchRoute("/calendar/book/extra")).toEqual({ page: "not-found" });
    expect(matchRoute("/book")).toEqual({ page: "not-found" });
    expect(matchRoute("/sessions")).toEqual({ page: "not-found" });
    expect(matchRoute("/sessions/s1/photos")).toEqual({ page: "not-found" });
    expect(matchRoute("/clinics/c1/rooms")).toEqual({ page: "not-found" });
  });
});
