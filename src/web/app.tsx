import { useEffect } from "react";
import { setUnauthenticatedHandler } from "./api/http.ts";
import { AppLayout, PublicLayout } from "./layout/app-layout.tsx";
import { SiteFrame } from "./layout/site-frame.tsx";
import { AdvisorPage } from "./pages/advisor/advisor-page.tsx";
import { BookingSetupPage } from "./pages/booking-setup/booking-setup-page.tsx";
import { BookingWizardPage } from "./pages/calendar/booking-wizard-page.tsx";
import { CalendarPage } from "./pages/calendar/calendar-page.tsx";
import { ClientFormPage } from "./pages/clients/client-form-page.tsx";
import { ClientsPage } from "./pages/clients/clients-page.tsx";
import { ClinicPage } from "./pages/clinic/clinic-page.tsx";
import { EncyclopediaPage } from "./pages/encyclopedia/encyclopedia-page.tsx";
import { ProcedurePage } from "./pages/encyclopedia/procedure-page.tsx";
import { AcceptInvitationPage } from "./pages/invite/accept-invitation-page.tsx";
import { LoginPage } from "./pages/login/login-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { PricesPage } from "./pages/prices/prices-page.tsx";
import { PublicBookingPage } from "./pages/public-booking/public-booking-page.tsx";
import { SessionRunnerPage } from "./pages/session-runner/session-runner-page.tsx";
import { StaffEditPage } from "./pages/staff/staff-edit-page.tsx";
import { StaffNewPage } from "./pages/staff/staff-new-page.tsx";
import { StaffPage } from "./pages/staff/staff-page.tsx";
import { navigate, useAddress } from "./router/navigation.ts";
import { matchRoute, PUBLIC_PAGES, type Route, SITE_PAGES } from "./router/routes.ts";
import { SessionGate } from "./session/session-gate.tsx";
import { setSession } from "./session/session-store.ts";

// A request that finds its session gone drops it; the session gate then sends the user to log in.
setUnauthenticatedHandler(() => setSession(null));

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function LoggedInPage({ route }: { route: Route }) {
  switch (route.page) {
    case "home":
      return <Redirect to="/clients" />;
    case "clinic":
      return <ClinicPage clinicId={route.clinicId} />;
    case "staff":
      return <StaffPage />;
    case "staff-new":
      return <StaffNewPage />;
    case "staff-edit":
      return <StaffEditPage userId={route.userId} />;
    case "clients":
      return <ClientsPage />;
    case "client-new":
      return <ClientFormPage clientId={null} />;
    case "client-edit":
      return <ClientFormPage clientId={route.clientId} />;
    case "calendar":
      return <CalendarPage />;
    case "booking-wizard":
      return <BookingWizardPage />;
    case "booking-resources":
    case "booking-offerings":
    case "booking-hours":
      return <BookingSetupPage route={route} />;
    case "session-runner":
      return <SessionRunnerPage sessionId={route.sessionId} />;
    default:
      return <NotFoundPage />;
  }
}

function SitePage({ route }: { route: Route }) {
  switch (route.page) {
    case "procedure":
      return <ProcedurePage procedureId={route.procedureId} />;
    case "prices":
      return <PricesPage />;
    case "public-booking":
      return <PublicBookingPage clinicId={route.clinicId} />;
    case "advisor":
      return <AdvisorPage />;
    default:
      return <EncyclopediaPage />;
  }
}

export function App() {
  const { path } = useAddress();
  const route = matchRoute(path);
  if (SITE_PAGES.has(route.page)) {
    return (
      <SiteFrame path={path}>
        <SitePage key={path} route={route} />
      </SiteFrame>
    );
  }
  if (PUBLIC_PAGES.has(route.page)) {
    return (
      <PublicLayout>
        {route.page === "accept-invitation" ? <AcceptInvitationPage token={route.token} /> : <LoginPage />}
      </PublicLayout>
    );
  }
  return (
    <SessionGate>
      <AppLayout path={path}>
        {/* A new address is a new page: its form state starts afresh. */}
        <LoggedInPage key={path} route={route} />
      </AppLayout>
    </SessionGate>
  );
}
