import type { FormEvent, ReactNode } from "react";
import type { Consents } from "../../api/types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../../components/form-field.tsx";
import type { Submission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { ClientFormValues } from "./client-form-values.ts";

const CONSENTS: (keyof Consents)[] = ["dataProcessing", "marketing", "photos"];

/** The client's details; every field shows the server's message for it under the box. */
export function ClientForm(props: {
  values: ClientFormValues;
  onChange: (values: ClientFormValues) => void;
  onSubmit: () => void;
  submission: Submission;
  success: string | null;
  actions: ReactNode;
}) {
  const { t } = useI18n();
  const { values, submission } = props;
  const set = <K extends keyof ClientFormValues>(key: K, value: ClientFormValues[K]) =>
    props.onChange({ ...values, [key]: value });
  const text = (key: "lastName" | "firstName" | "middleName" | "phone" | "email") => ({
    field: key,
    name: key,
    value: values[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    error: submission.fieldError(key),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };

  return (
    // The server validates: its messages appear per field, in one place and one wording.
    <form ref={submission.formRef} className="form" onSubmit={submit} noValidate>
      <FormAlert error={submission.formError} success={props.success} />
      <div className="form-grid">
        <TextField label={t("client.lastName")} autoComplete="off" required {...text("lastName")} />
        <TextField label={t("client.firstName")} autoComplete="off" required {...text("firstName")} />
        <TextField label={t("client.middleName")} autoComplete="off" {...text("middleName")} />
        <TextField
          label={t("client.birthDate")}
          field="birthDate"
          name="birthDate"
          type="date"
          value={values.birthDate}
          onChange={(event) => set("birthDate", event.target.value)}
          error={submission.fieldError("birthDate")}
        />
        <SelectField
          label={t("client.sex")}
          field="sex"
          value={values.sex}
          onChange={(event) => set("sex", event.target.value as ClientFormValues["sex"])}
          error={submission.fieldError("sex")}
        >
          <option value="">{t("client.sexUnspecified")}</option>
          <option value="female">{t("client.sexFemale")}</option>
          <option value="male">{t("client.sexMale")}</option>
        </SelectField>
        <SelectField
          label={t("client.language")}
          field="language"
          value={values.language}
          onChange={(event) => set("language", event.target.value as ClientFormValues["language"])}
          error={submission.fieldError("language")}
        >
          <option value="ru">{t("language.ru")}</option>
          <option value="en">{t("language.en")}</option>
        </SelectField>
        <TextField
          label={t("client.phone")}
          type="tel"
          inputMode="tel"
          placeholder="+7 900 000-00-00"
          {...text("phone")}
        />
        <TextField label={t("client.email")} type="email" inputMode="email" {...text("email")} />
        <TextAreaField
          className="form-grid__wide"
          label={t("client.notes")}
          hint={t("client.notesHint")}
          field="notes"
          rows={4}
          value={values.notes}
          onChange={(event) => set("notes", event.target.value)}
          error={submission.fieldError("notes")}
        />
        <fieldset className="form-grid__wide checkbox-group">
          <legend>{t("client.consents")}</legend>
          {CONSENTS.map((consent) => (
            <CheckboxField
              key={consent}
              label={t(`client.consent.${consent}`)}
              checked={values.consents[consent]}
              onChange={(event) => set("consents", { ...values.consents, [consent]: event.target.checked })}
            />
          ))}
        </fieldset>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submission.pending}>
          {submission.pending ? t("common.saving") : t("common.save")}
        </button>
        {props.actions}
      </div>
    </form>
  );
}
