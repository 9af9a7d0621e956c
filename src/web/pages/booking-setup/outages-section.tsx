import { useState } from "react";
import { bookingSetupApi, type Outage, type SetupResource } from "../../api/booking-setup-api.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { SelectField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { formatClinicRange } from "./clinic-instant.ts";
import { TimeRangeForm } from "./time-range-form.tsx";

/** Periods a room or device is out of service (repair, maintenance): nothing is booked on it then. */
export function OutagesSection(props: {
  clinicId: string;
  timeZone: string;
  resources: SetupResource[];
  outages: Outage[];
  editable: boolean;
  onChanged: () => void;
}) {
  const { t, language } = useI18n();
  const removing = useSubmission();
  const active = props.resources.filter((resource) => resource.active);
  const [resourceId, setResourceId] = useState("");
  const chosen = active.some((resource) => resource.id === resourceId) ? resourceId : (active[0]?.id ?? "");

  const remove = async (outageId: string) => {
    const done = await removing.run(async () => {
      await bookingSetupApi.removeOutage(props.clinicId, outageId);
      return true;
    });
    if (done) props.onChanged();
  };

  return (
    <section className="panel" aria-labelledby="outages-heading">
      <h2 id="outages-heading">{t("setup.outages")}</h2>
      <p className="muted">{t("setup.outagesLead")}</p>
      <FormAlert error={removing.formError} />
      {props.outages.length === 0 ? (
        <p className="empty">{t("setup.noOutages")}</p>
      ) : (
        <ul className="item-list">
          {props.outages.map((outage) => {
            const when = formatClinicRange(outage.start, outage.end, props.timeZone, language);
            return (
              <li key={outage.id} className="item-list__row">
                <span className="item-list__main">
                  <strong>{outage.resourceName}</strong>: {when}
                </span>
                {outage.reason && <span className="muted">{outage.reason}</span>}
                {props.editable && (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    disabled={removing.pending}
                    aria-label={t("setup.removeOutage", { name: outage.resourceName, when })}
                    onClick={() => remove(outage.id)}
                  >
                    {t("common.remove")}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {props.editable && active.length > 0 && (
        <TimeRangeForm
          heading={t("setup.addOutage")}
          submitLabel={t("setup.addOutageSubmit")}
          timeZone={props.timeZone}
          save={(draft, key) => bookingSetupApi.addOutage(props.clinicId, chosen, draft, key)}
          onSaved={props.onChanged}
        >
          <SelectField
            className="form-grid__wide"
            label={t("setup.outageResource")}
            value={chosen}
            onChange={(event) => setResourceId(event.target.value)}
          >
            {active.map((resource) => (
              <option key={resource.id} value={resource.id}>
                {resource.name}
              </option>
            ))}
          </SelectField>
        </TimeRangeForm>
      )}
    </section>
  );
}
