import { clinicsApi } from "../../api/clinics-api.ts";
import type { Clinic } from "../../api/types.ts";
import { LoadState } from "../../components/load-state.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { useCan } from "../../session/use-session.ts";
import { BookingSetupLinks } from "../booking-setup/booking-setup-links.tsx";
import { ClinicDetailsForm } from "./clinic-details-form.tsx";
import { ClosuresSection } from "./closures-section.tsx";
import { OpeningHoursForm } from "./opening-hours-form.tsx";
import { ProtocolsSection } from "./protocols/protocols-section.tsx";
import { ResourcesList } from "./resources-list.tsx";

interface ClinicView {
  clinics: Clinic[];
  clinic: Clinic | null;
}

/** The clinic at /clinics/:id, or the organisation's first clinic at /clinic. */
async function loadClinic(clinicId: string | null): Promise<ClinicView> {
  const { items } = await clinicsApi.list();
  const clinic = clinicId ? await clinicsApi.get(clinicId) : (items[0] ?? null);
  return { clinics: items, clinic };
}

export function ClinicPage({ clinicId }: { clinicId: string | null }) {
  const { t } = useI18n();
  const mayEdit = useCan("clinic.update");
  const view = useLoad(clinicId ?? "first", () => loadClinic(clinicId));
  const replaceClinic = (clinic: Clinic) => view.setData((previous) => previous && { ...previous, clinic });

  return (
    <LoadState data={view.data} error={view.error} loading={view.loading}>
      {({ clinics, clinic }) =>
        clinic ? (
          <>
            <PageHeading title={clinic.name} />
            {clinics.length > 1 && (
              <nav className="tabs" aria-label={t("clinic.otherClinics")}>
                {clinics.map((other) => (
                  <Link
                    key={other.id}
                    to={`/clinics/${other.id}`}
                    aria-current={other.id === clinic.id ? "page" : undefined}
                  >
                    {other.name}
                  </Link>
                ))}
              </nav>
            )}
            {!mayEdit && <p className="notice">{t("clinic.readOnly")}</p>}
            <div className="sections">
              <ClinicDetailsForm
                key={`details-${clinic.id}`}
                clinic={clinic}
                editable={mayEdit}
                onSaved={replaceClinic}
              />
              <OpeningHoursForm
                key={`hours-${clinic.id}`}
                clinic={clinic}
                editable={mayEdit}
                onSaved={replaceClinic}
              />
              <ClosuresSection clinic={clinic} editable={mayEdit} onChanged={replaceClinic} />
              <ResourcesList resources={clinic.resources} />
              <BookingSetupLinks clinicId={clinic.id} />
              <ProtocolsSection key={`protocols-${clinic.id}`} clinicId={clinic.id} editable={mayEdit} />
            </div>
          </>
        ) : (
          <>
            <PageHeading title={t("clinic.title")} />
            <p className="empty">{t("clinic.none")}</p>
          </>
        )
      }
    </LoadState>
  );
}
