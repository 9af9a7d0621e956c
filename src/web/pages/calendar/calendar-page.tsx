import type { Clinic } from "../../api/types.ts";
import { LoadState } from "../../components/load-state.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { navigate, useAddress } from "../../router/navigation.ts";
import {
  bookingWizardHref,
  type CalendarAddress,
  calendarHref,
  readCalendarAddress,
} from "./calendar-address.ts";
import { loadCalendarSetup } from "./calendar-setup.ts";
import { ClinicCalendar } from "./clinic-calendar.tsx";
import "../../styles/calendar.css";

/** The front desk's calendar at /calendar: a clinic's day or week, from the address. */
export function CalendarPage() {
  const { t } = useI18n();
  const { query } = useAddress();
  const address = readCalendarAddress(query);
  const setup = useLoad(address.clinicId ?? "first", () => loadCalendarSetup(address.clinicId));
  // A changed view replaces the address rather than piling up history entries.
  const change = (patch: Partial<CalendarAddress>) =>
    navigate(calendarHref({ ...address, ...patch }), { replace: true });

  return (
    <div className="calendar-page">
      <PageHeading
        title={t("calendar.title")}
        actions={
          <Link className="button button--primary" to={bookingWizardHref(address.clinicId, address.date)}>
            {t("calendar.new")}
          </Link>
        }
      />
      <LoadState data={setup.data} error={setup.error} loading={setup.loading}>
        {(loaded) =>
          loaded.clinic ? (
            <>
              <ClinicTabs clinics={loaded.clinics} current={loaded.clinic} address={address} />
              <ClinicCalendar
                key={loaded.clinic.id}
                setup={{ ...loaded, clinic: loaded.clinic }}
                address={address}
                onChange={change}
              />
            </>
          ) : (
            <p className="empty">{t("calendar.noClinic")}</p>
          )
        }
      </LoadState>
    </div>
  );
}

function ClinicTabs(props: { clinics: Clinic[]; current: Clinic; address: CalendarAddress }) {
  const { t } = useI18n();
  if (props.clinics.length < 2) return null;
  return (
    <nav className="tabs" aria-label={t("calendar.clinics")}>
      {props.clinics.map((clinic) => (
        <Link
          key={clinic.id}
          to={calendarHref({ ...props.address, clinicId: clinic.id })}
          aria-current={clinic.id === props.current.id ? "page" : undefined}
        >
          {clinic.name}
        </Link>
      ))}
    </nav>
  );
}
