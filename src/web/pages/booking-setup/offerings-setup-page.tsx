import { useState } from "react";
import { bookingApi } from "../../api/booking-api.ts";
import { bookingSetupApi } from "../../api/booking-setup-api.ts";
import type { Offering } from "../../api/booking-types.ts";
import { catalogApi } from "../../api/catalog-api.ts";
import type { Clinic } from "../../api/types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { LoadState } from "../../components/load-state.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useCan } from "../../session/use-session.ts";
import { OfferingForm } from "./offering-form.tsx";
import { OfferingItem } from "./offering-item.tsx";
import { PublicLinks } from "./public-links.tsx";
import { clinicResourceTypes } from "./resource-types.ts";
import { SetupFrame } from "./setup-frame.tsx";

/** /clinics/:id/offerings: what the clinic sells, for how long, with what, by whom and for how much. */
export function OfferingsSetupPage({ clinicId }: { clinicId: string }) {
  return (
    <SetupFrame clinicId={clinicId} section="offerings">
      {(clinic) => <OfferingsSetup clinic={clinic} />}
    </SetupFrame>
  );
}

function OfferingsSetup({ clinic }: { clinic: Clinic }) {
  const { t } = useI18n();
  const editable = useCan("booking.setup");
  const [added, setAdded] = useState<string | null>(null);
  const data = useLoad(`offerings:${clinic.id}`, async () => {
    const [offerings, resources, procedures] = await Promise.all([
      bookingApi.offerings(clinic.id),
      bookingSetupApi.resources(clinic.id),
      catalogApi.procedures(),
    ]);
    return { offerings: offerings.items, resources: resources.items, procedures: procedures.items };
  });

  const replace = (saved: Offering) =>
    data.setData(
      (current) =>
        current && {
          ...current,
          offerings: current.offerings.some((o) => o.id === saved.id)
            ? current.offerings.map((o) => (o.id === saved.id ? saved : o))
            : [...current.offerings, saved].sort((a, b) => a.name.localeCompare(b.name)),
        },
    );

  return (
    <LoadState data={data.data} error={data.error} loading={data.loading}>
      {({ offerings, resources, procedures }) => {
        const clinicTypes = clinicResourceTypes(resources);
        return (
          <div className="sections">
            {!editable && <p className="notice">{t("setup.readOnly")}</p>}
            <section className="panel" aria-labelledby="offerings-heading">
              <h2 id="offerings-heading">{t("setup.offerings")}</h2>
              <p className="muted">{t("setup.offeringsLead")}</p>
              {offerings.length === 0 ? (
                <p className="empty">{t("setup.noOfferings")}</p>
              ) : (
                <ul className="setup-list">
                  {offerings.map((offering) => (
                    <OfferingItem
                      key={offering.id}
                      offering={offering}
                      clinicId={clinic.id}
                      procedures={procedures}
                      clinicTypes={clinicTypes}
                      editable={editable}
                      onSaved={replace}
                    />
                  ))}
                </ul>
              )}
            </section>
            {editable && (
              <section className="panel" aria-labelledby="offering-add-heading">
                <h2 id="offering-add-heading">{t("setup.addOffering")}</h2>
                <FormAlert error={null} success={added} />
                <OfferingForm
                  clinicId={clinic.id}
                  currency={clinic.currency}
                  procedures={procedures}
                  clinicTypes={clinicTypes}
                  offering={null}
                  onSaved={(saved) => {
                    replace(saved);
                    setAdded(t("setup.offeringAdded", { name: saved.name }));
                  }}
                />
              </section>
            )}
            <PublicLinks clinicId={clinic.id} />
          </div>
        );
      }}
    </LoadState>
  );
}
