import { LoadState } from "../../components/load-state.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useAddress } from "../../router/navigation.ts";
import { BookingWizard } from "./booking-wizard.tsx";
import { loadCalendarSetup } from "./calendar-setup.ts";
import "../../styles/calendar.css";

/** Booking from the front desk at /calendar/book?clinic=&date=: client, offering, a free slot, confirm. */
export function BookingWizardPage() {
  const { t } = useI18n();
  const { query } = useAddress();
  const clinicId = query.get("clinic");
  const setup = useLoad(clinicId ?? "first", () => loadCalendarSetup(clinicId));
  return (
    <div className="wizard-page">
      <PageHeading title={t("wizard.title")} />
      <LoadState data={setup.data} error={setup.error} loading={setup.loading}>
        {(loaded) =>
          loaded.clinic ? (
            <BookingWizard setup={{ ...loaded, clinic: loaded.clinic }} date={query.get("date")} />
          ) : (
            <p className="empty">{t("calendar.noClinic")}</p>
          )
        }
      </LoadState>
    </div>
  );
}
