import { useState } from "react";
import { bookingApi } from "../../api/booking-api.ts";
import type { PractitionerHours } from "../../api/booking-types.ts";
import type { Clinic } from "../../api/types.ts";
import { SelectField } from "../../components/form-field.tsx";
import { LoadState } from "../../components/load-state.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useCan } from "../../session/use-session.ts";
import { PractitionerHoursForm } from "./practitioner-hours-form.tsx";
import { SetupFrame } from "./setup-frame.tsx";
import { TimeOffSection } from "./time-off-section.tsx";

/** /clinics/:id/working-hours: each practitioner's week at the clinic, and their time off. */
export function WorkingHoursSetupPage({ clinicId }: { clinicId: string }) {
  return (
    <SetupFrame clinicId={clinicId} section="working-hours">
      {(clinic) => <WorkingHoursSetup clinic={clinic} />}
    </SetupFrame>
  );
}

function WorkingHoursSetup({ clinic }: { clinic: Clinic }) {
  const { t } = useI18n();
  const mayEditHours = useCan("booking.setup");
  const mayEditTimeOff = useCan("schedule.manage");
  const [chosenId, setChosenId] = useState<string | null>(null);
  const list = useLoad(`working-hours:${clinic.id}`, () => bookingApi.workingHours(clinic.id));

  const replace = (saved: PractitionerHours) =>
    list.setData(
      (current) =>
        current && { items: current.items.map((item) => (item.userId === saved.userId ? saved : item)) },
    );

  return (
    <LoadState data={list.data} error={list.error} loading={list.loading}>
      {({ items }) => {
        const chosen = items.find((item) => item.userId === chosenId) ?? items[0];
        if (!chosen) return <p className="empty">{t("setup.noPractitioners")}</p>;
        return (
          <div className="sections">
            {!mayEditHours && (
              <p className="notice">{t(mayEditTimeOff ? "setup.readOnlyHours" : "setup.readOnly")}</p>
            )}
            <div className="panel">
              <SelectField
                label={t("setup.practitioner")}
                hint={t("setup.practitionerHint")}
                value={chosen.userId}
                onChange={(event) => setChosenId(event.target.value)}
              >
                {items.map((item) => (
                  <option key={item.userId} value={item.userId}>
                    {item.name}
                    {item.qualifications.length > 0 &&
                      ` — ${item.qualifications.map((q) => t(`qualification.${q}`)).join(", ")}`}
                    {item.hours === null ? ` (${t("setup.noHoursShort")})` : ""}
                  </option>
                ))}
              </SelectField>
            </div>
            {/* Keyed by practitioner: switching starts their own week afresh. */}
            <PractitionerHoursForm
              key={chosen.userId}
              clinicId={clinic.id}
              timeZone={clinic.timeZone}
              practitioner={chosen}
              editable={mayEditHours}
              onSaved={replace}
            />
            <TimeOffSection
              key={`time-off-${chosen.userId}`}
              userId={chosen.userId}
              name={chosen.name}
              timeZone={clinic.timeZone}
              editable={mayEditTimeOff}
            />
          </div>
        );
      }}
    </LoadState>
  );
}
