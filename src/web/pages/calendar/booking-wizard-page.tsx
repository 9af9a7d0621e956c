import { clientsApi } from "../../api/clients-api.ts";
import { LoadState } from "../../components/load-state.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useAddress } from "../../router/navigation.ts";
import { clientName } from "../clients/client-form-values.ts";
import { BookingWizard } from "./booking-wizard.tsx";
import { loadCalendarSetup } from "./calendar-setup.ts";
import "../../styles/calendar.css";

/**
 * Booking from the front desk at /calendar/book?clinic=&date=: client, offering, a free slot,
 * confirm. From a client's page, ?client=&kind=course starts with the client chosen and a course.
 */
export function BookingWizardPage() {
  const { t } = useI18n();
  const { query } = useAddress();
  const clinicId = query.get("clinic");
  const clientId = query.get("client");
  const setup = useLoad(`${clinicId ?? "first"}|${clientId ?? ""}`, async () => {
    const [calendar, client] = await Promise.all([
      loadCalendarSetup(clinicId),
      clientId ? clientsApi.get(clientId) : Promise.resolve(null),
    ]);
    return { ...calendar, client: client && { id: client.id, name: clientName(client) } };
  });
  return (
    <div className="wizard-page">
      <PageHeading title={t("wizard.title")} />
      <LoadState data={setup.data} error={setup.error} loading={setup.loading}>
        {(loaded) =>
          loaded.clinic ? (
            <BookingWizard
              setup={{ ...loaded, clinic: loaded.clinic }}
              date={query.get("date")}
              client={loaded.client}
              kind={query.get("kind") === "course" ? "course" : "single"}
            />
          ) : (
            <p className="empty">{t("calendar.noClinic")}</p>
          )
        }
      </LoadState>
    </div>
  );
}
