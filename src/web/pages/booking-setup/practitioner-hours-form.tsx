import { type FormEvent, useState } from "react";
import { bookingSetupApi } from "../../api/booking-setup-api.ts";
import type { PractitionerHours } from "../../api/booking-types.ts";
import type { OpeningHours } from "../../api/types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { WeekHoursFieldset } from "../clinic/week-hours-fieldset.tsx";

const NO_HOURS: OpeningHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/** A practitioner's week at this clinic, edited with the clinic's own opening-hours rows. */
export function PractitionerHoursForm(props: {
  clinicId: string;
  timeZone: string;
  practitioner: PractitionerHours;
  editable: boolean;
  onSaved: (saved: PractitionerHours) => void;
}) {
  const { t } = useI18n();
  const { practitioner } = props;
  // Hours are null until first set: the week starts empty.
  const [hours, setHours] = useState<OpeningHours>(practitioner.hours ?? NO_HOURS);
  const [saved, setSaved] = useState(false);
  const submission = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const updated = await submission.run(() =>
      bookingSetupApi.setWorkingHours(props.clinicId, practitioner.userId, hours),
    );
    if (updated) {
      setSaved(true);
      props.onSaved(updated);
    }
  };

  return (
    <section className="panel" aria-labelledby="working-hours-heading">
      <h2 id="working-hours-heading">{t("setup.hoursOf", { name: practitioner.name })}</h2>
      <p className="muted">
        {t("clinic.openingHoursZone", { zone: props.timeZone })} {t("setup.hoursHint")}
      </p>
      {practitioner.hours === null && <p className="notice">{t("setup.noHoursYet")}</p>}
      <form ref={submission.formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert error={submission.formError} success={saved ? t("common.saved") : null} />
        <WeekHoursFieldset
          legend={t("setup.hoursOf", { name: practitioner.name })}
          hours={hours}
          editable={props.editable}
          errorFor={(day, path) => submission.fieldError(`hours.${day}${path}`)}
          onChange={(changed) => {
            setSaved(false);
            setHours(changed);
          }}
        />
        {props.editable && (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={submission.pending}>
              {submission.pending ? t("common.saving") : t("setup.saveHours")}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
