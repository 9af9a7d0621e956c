import { type FormEvent, useState } from "react";
import { clinicsApi } from "../../api/clinics-api.ts";
import type { Clinic, OpeningHours } from "../../api/types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { WeekHoursFieldset } from "./week-hours-fieldset.tsx";

/** The weekly hours, edited all at once and saved in one request. */
export function OpeningHoursForm(props: {
  clinic: Clinic;
  editable: boolean;
  onSaved: (clinic: Clinic) => void;
}) {
  const { t } = useI18n();
  const [hours, setHours] = useState<OpeningHours>(props.clinic.openingHours);
  const [saved, setSaved] = useState(false);
  const submission = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const updated = await submission.run(() => clinicsApi.update(props.clinic.id, { openingHours: hours }));
    if (updated) {
      props.onSaved(updated);
      setSaved(true);
    }
  };

  return (
    <section className="panel" aria-labelledby="opening-hours-heading">
      <h2 id="opening-hours-heading">{t("clinic.openingHours")}</h2>
      <p className="muted">
        {t("clinic.openingHoursZone", { zone: props.clinic.timeZone })}
        {props.editable && ` ${t("clinic.openingHoursHint")}`}
      </p>
      <form ref={submission.formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert error={submission.formError} success={saved ? t("common.saved") : null} />
        <WeekHoursFieldset
          legend={t("clinic.openingHours")}
          hours={hours}
          editable={props.editable}
          errorFor={(day, path) => submission.fieldError(`openingHours.${day}${path}`)}
          onChange={(changed) => {
            setSaved(false);
            setHours(changed);
          }}
        />
        {props.editable && (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={submission.pending}>
              {submission.pending ? t("common.saving") : t("clinic.saveHours")}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
