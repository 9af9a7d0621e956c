import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiError } from "../../../api/api-error.ts";
import { screeningApi } from "../../../api/screening-api.ts";
import { FormAlert } from "../../../components/form-alert.tsx";
import { CheckboxField, TextField } from "../../../components/form-field.tsx";
import { SubmitAndCancel } from "../../../components/submit-and-cancel.tsx";
import { useSubmission } from "../../../components/use-submission.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { ConditionPicker } from "./condition-picker.tsx";
import { RecentProcedureRows } from "./recent-procedure-rows.tsx";
import type { ScreeningNames } from "./screening-catalog.ts";
import {
  EMPTY_SCREENING,
  fieldOfServerPath,
  requestFromValues,
  type ScreeningField,
  type ScreeningFormValues,
} from "./screening-form-values.ts";

const KINDS = ["intake", "pre-session"] as const;
type Vital = "weightKg" | "bodyTemperatureC" | "systolic" | "diastolic";

/** Records an intake or pre-session screening; the server's messages show at the fields they are about. */
export function RecordScreeningForm(props: {
  clientId: string;
  names: ScreeningNames;
  onCancel: () => void;
  onRecorded: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState<ScreeningFormValues>(EMPTY_SCREENING);
  const [problems, setProblems] = useState<Partial<Record<ScreeningField, string>>>({});
  const [attempts, setAttempts] = useState(0);
  const submission = useSubmission();
  // One key per form: a double submit or a retry after a lost answer records one screening.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const heading = useRef<HTMLHeadingElement>(null);
  const set = (next: Partial<ScreeningFormValues>) => setValues((current) => ({ ...current, ...next }));

  useEffect(() => heading.current?.focus(), []);
  // After a refused attempt the first field to correct takes focus.
  useEffect(() => {
    if (attempts > 0)
      submission.formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [attempts, submission.formRef]);

  const serverErrors: Partial<Record<ScreeningField, string>> = {};
  if (submission.error instanceof ApiError) {
    for (const { field, message } of submission.error.fieldErrors) {
      const at = fieldOfServerPath(field);
      if (at && !serverErrors[at]) serverErrors[at] = i18n.serverMessage(message);
    }
  }
  const errors = { ...serverErrors, ...problems };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    submission.reset();
    const built = requestFromValues(values);
    setProblems(
      Object.fromEntries(
        built.problems.map(({ field, problem }) => [field, t(`screening.problem.${problem}`)]),
      ),
    );
    if (built.problems.length === 0) {
      const recorded = await submission.run(() =>
        screeningApi.record(props.clientId, values.kind, built.request, idempotencyKey),
      );
      if (recorded) return props.onRecorded();
    }
    setAttempts((n) => n + 1);
  };

  const vital = (field: Vital, label: string, hint?: string) => (
    <TextField
      label={label}
      hint={hint}
      field={field}
      name={field}
      inputMode="decimal"
      autoComplete="off"
      value={values[field]}
      onChange={(event) => set({ [field]: event.target.value })}
      error={errors[field]}
    />
  );

  return (
    <form ref={submission.formRef} className="form record-screening" onSubmit={submit} noValidate>
      <h3 ref={heading} tabIndex={-1}>
        {t("screening.recordTitle")}
      </h3>
      <FormAlert error={submission.formError} />
      <fieldset className="segmented">
        <legend>{t("screening.kind")}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="segmented__option">
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={values.kind === kind}
              onChange={() => set({ kind })}
            />
            {t(`screening.kindLabel.${kind}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="plain-fieldset">
        <legend>{t("screening.vitals")}</legend>
        <div className="form-grid form-grid--narrow">
          {vital("weightKg", t("screening.weight"))}
          {vital("bodyTemperatureC", t("screening.temperature"))}
          {vital("systolic", t("screening.systolic"), t("screening.pressureHint"))}
          {vital("diastolic", t("screening.diastolic"), t("screening.pressureHint"))}
        </div>
        <CheckboxField
          label={t("screening.pregnant")}
          checked={values.pregnant}
          onChange={(event) => set({ pregnant: event.target.checked })}
        />
      </fieldset>
      <ConditionPicker
        chosen={values.conditions}
        names={props.names}
        errors={errors}
        onChange={(conditions) => set({ conditions })}
      />
      <RecentProcedureRows
        rows={values.recentProcedures}
        names={props.names}
        errors={errors}
        onChange={(recentProcedures) => set({ recentProcedures })}
      />
      <SubmitAndCancel label={t("screening.submit")} pending={submission.pending} onCancel={props.onCancel} />
    </form>
  );
}
