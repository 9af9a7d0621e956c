import { type FormEvent, useMemo, useState } from "react";
import { type ClinicDetails, clinicsApi } from "../../api/clinics-api.ts";
import type { Clinic } from "../../api/types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";

const detailsOf = (clinic: Clinic): ClinicDetails => ({
  name: clinic.name,
  city: clinic.city,
  address: clinic.address,
  timeZone: clinic.timeZone,
  currency: clinic.currency,
});

export function ClinicDetailsForm(props: {
  clinic: Clinic;
  editable: boolean;
  onSaved: (clinic: Clinic) => void;
}) {
  const { t } = useI18n();
  const [details, setDetails] = useState<ClinicDetails>(() => detailsOf(props.clinic));
  const [saved, setSaved] = useState(false);
  const submission = useSubmission();
  // Suggestions only: the server decides what is a valid zone or currency.
  const timeZones = useMemo(() => Intl.supportedValuesOf("timeZone"), []);
  const currencies = useMemo(() => Intl.supportedValuesOf("currency"), []);

  const field = (key: keyof ClinicDetails) => ({
    field: key,
    name: key,
    value: details[key],
    onChange: (event: { target: { value: string } }) => {
      setSaved(false);
      setDetails({ ...details, [key]: event.target.value });
    },
    error: submission.fieldError(key),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const updated = await submission.run(() => clinicsApi.update(props.clinic.id, details));
    if (updated) {
      props.onSaved(updated);
      setSaved(true);
    }
  };

  return (
    <section className="panel" aria-labelledby="clinic-details-heading">
      <h2 id="clinic-details-heading">{t("clinic.details")}</h2>
      <form ref={submission.formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert error={submission.formError} success={saved ? t("common.saved") : null} />
        <fieldset className="plain-fieldset" disabled={!props.editable}>
          <div className="form-grid">
            <TextField label={t("clinic.name")} required {...field("name")} />
            <TextField label={t("clinic.city")} required {...field("city")} />
            <TextField className="form-grid__wide" label={t("clinic.address")} {...field("address")} />
            <TextField
              label={t("clinic.timeZone")}
              hint={t("clinic.timeZoneHint")}
              list="clinic-time-zones"
              autoComplete="off"
              spellCheck={false}
              {...field("timeZone")}
            />
            <TextField
              label={t("clinic.currency")}
              hint={t("clinic.currencyHint")}
              list="clinic-currencies"
              autoComplete="off"
              maxLength={3}
              spellCheck={false}
              {...field("currency")}
            />
          </div>
          <datalist id="clinic-time-zones">
            {timeZones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <datalist id="clinic-currencies">
            {currencies.map((code) => (
              <option key={code} value={code} />
            ))}
          </datalist>
        </fieldset>
        {props.editable && (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={submission.pending}>
              {submission.pending ? t("common.saving") : t("common.save")}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
