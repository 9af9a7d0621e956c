// Every page of the app and the address it lives at.

export type Route =
  | { page: "login" }
  | { page: "accept-invitation"; token: string }
  | { page: "home" }
  | { page: "clinic"; clinicId: string | null }
  | { page: "staff" }
  | { page: "staff-new" }
  | { page: "staff-edit"; userId: string }
  | { page: "clients" }
  | { page: "client-new" }
  | { page: "client-edit"; clientId: string }
  | { page: "calendar" }
  | { page: "booking-wizard" }
  | { page: "encyclopedia" }
  | { page: "procedure"; procedureId: string }
  | { page: "prices" }
  | { page: "advisor" }
  | { page: "public-booking"; clinicId: string }
  | { page: "booking-resources"; clinicId: string }
  | { page: "booking-offerings"; clinicId: string }
  | { page: "booking-hours"; clinicId: string }
  | { page: "session-runner"; sessionId: string }
  | { page: "not-found" };

/** Pages anyone may open; every other page needs a session. */
export const PUBLIC_PAGES: ReadonlySet<Route["page"]> = new Set(["login", "accept-invitation"]);

/** The public site (encyclopedia, prices, advisor): open to anyone, and to staff inside their own frame. */
export const SITE_PAGES: ReadonlySet<Route["page"]> = new Set([
  "encyclopedia",
  "procedure",
  "prices",
  "advisor",
  "public-booking",
]);

/** A clinic's booking setup pages, under the clinic: /clinics/:id/offerings. */
const BOOKING_SETUP_PAGES = {
  resources: "booking-resources",
  offerings: "booking-offerings",
  "working-hours": "booking-hours",
} as const;

export function matchRoute(path: string): Route {
  const segments = path.split("/").filter(Boolean).map(decodeURIComponent);
  const [first, second, ...rest] = segments;
  if (first === "clinics" && second && rest.length === 1 && rest[0]) {
    const page = Object.hasOwn(BOOKING_SETUP_PAGES, rest[0])
      ? BOOKING_SETUP_PAGES[rest[0] as keyof typeof BOOKING_SETUP_PAGES]
      : null;
    return page ? { page, clinicId: second } : { page: "not-found" };
  }
  if (rest.length > 0) return { page: "not-found" };
  switch (first) {
    case undefined:
      return { page: "home" };
    case "login":
      return second === undefined ? { page: "login" } : { page: "not-found" };
    case "invite":
      return second ? { page: "accept-invitation", token: second } : { page: "not-found" };
    case "clinic":
      return second === undefined ? { page: "clinic", clinicId: null } : { page: "not-found" };
    case "clinics":
      return second ? { page: "clinic", clinicId: second } : { page: "clinic", clinicId: null };
    case "staff":
      if (second === undefined) return { page: "staff" };
      return second === "new" ? { page: "staff-new" } : { page: "staff-edit", userId: second };
    case "clients":
      if (second === undefined) return { page: "clients" };
      return second === "new" ? { page: "client-new" } : { page: "client-edit", clientId: second };
    case "calendar":
      if (second === undefined) return { page: "calendar" };
      return second === "book" ? { page: "booking-wizard" } : { page: "not-found" };
    case "encyclopedia":
      return second ? { page: "procedure", procedureId: second } : { page: "encyclopedia" };
    case "prices":
      return second === undefined ? { page: "prices" } : { page: "not-found" };
    case "advisor":
      return second === undefined ? { page: "advisor" } : { page: "not-found" };
    case "sessions":
      return second ? { page: "session-runner", sessionId: second } : { page: "not-found" };
    case "book":
      return second ? { page: "public-booking", clinicId: second } : { page: "not-found" };
    default:
      return { page: "not-found" };
  }
}
