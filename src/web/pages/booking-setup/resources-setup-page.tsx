import { useState } from "react";
import { bookingSetupApi } from "../../api/booking-setup-api.ts";
import type { Clinic } from "../../api/types.ts";
import { LoadState } from "../../components/load-state.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useCan } from "../../session/use-session.ts";
import { localDateIn } from "../public-booking/clinic-time.ts";
import { OutagesSection } from "./outages-section.tsx";
import { ResourceAddForm } from "./resource-add-form.tsx";
import { ResourceItem } from "./resource-item.tsx";
import { byKindThenName } from "./resource-types.ts";
import { SetupFrame } from "./setup-frame.tsx";

/** /clinics/:id/resources: rooms and devices, added, renamed and retired, and their out-of-service periods. */
export function ResourcesSetupPage({ clinicId }: { clinicId: string }) {
  return (
    <SetupFrame clinicId={clinicId} section="resources">
      {(clinic) => <ResourcesSetup clinic={clinic} />}
    </SetupFrame>
  );
}

function ResourcesSetup({ clinic }: { clinic: Clinic }) {
  const { t } = useI18n();
  const editable = useCan("booking.setup");
  // Bumped after every change: the lists are read again, the old ones shown meanwhile.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((count) => count + 1);
  const today = localDateIn(new Date(), clinic.timeZone);
  const lists = useLoad(`resources:${clinic.id}:${version}`, async () => {
    const [resources, outages] = await Promise.all([
      bookingSetupApi.resources(clinic.id),
      bookingSetupApi.outages(clinic.id, today),
    ]);
    return { resources: resources.items, outages: outages.items };
  });

  return (
    <LoadState data={lists.data} error={lists.error} loading={lists.loading}>
      {({ resources, outages }) => (
        <div className="sections">
          {!editable && <p className="notice">{t("setup.readOnly")}</p>}
          <section className="panel" aria-labelledby="resources-heading">
            <h2 id="resources-heading">{t("clinic.resources")}</h2>
            <p className="muted">{t("setup.resourcesLead")}</p>
            {resources.length === 0 ? (
              <p className="empty">{t("clinic.noResources")}</p>
            ) : (
              <ul className="setup-list">
                {[...resources].sort(byKindThenName).map((resource) => (
                  <ResourceItem
                    key={resource.id}
                    resource={resource}
                    editable={editable}
                    onChanged={changed}
                  />
                ))}
              </ul>
            )}
          </section>
          {editable && <ResourceAddForm clinicId={clinic.id} onAdded={changed} />}
          <OutagesSection
            clinicId={clinic.id}
            timeZone={clinic.timeZone}
            resources={resources}
            outages={outages}
            editable={editable}
            onChanged={changed}
          />
        </div>
      )}
    </LoadState>
  );
}
