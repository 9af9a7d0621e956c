import type { Route } from "../../router/routes.ts";
import { OfferingsSetupPage } from "./offerings-setup-page.tsx";
import { ResourcesSetupPage } from "./resources-setup-page.tsx";
import { WorkingHoursSetupPage } from "./working-hours-setup-page.tsx";
import "./booking-setup.css";

type SetupRoute = Extract<Route, { page: "booking-resources" | "booking-offerings" | "booking-hours" }>;

/** The booking setup page a route names, under the clinic's settings. */
export function BookingSetupPage({ route }: { route: SetupRoute }) {
  switch (route.page) {
    case "booking-resources":
      return <ResourcesSetupPage clinicId={route.clinicId} />;
    case "booking-offerings":
      return <OfferingsSetupPage clinicId={route.clinicId} />;
    case "booking-hours":
      return <WorkingHoursSetupPage clinicId={route.clinicId} />;
  }
}
