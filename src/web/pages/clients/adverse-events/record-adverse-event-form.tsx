import { type FormEvent, useEffect, useRef, useState } from "react";
import { Temporal } from "temporal-polyfill";
import { adverseEventsApi } from "../../../api/adverse-events-api.ts";
import {
  ADVERSE_EVENT_TYPES,
  DURATION_UNITS,
  type ObservedDuration,
  type RecordedAdverseEvent,
  SEVERITIES,
} from "../../../api/adverse-events-types.ts";
import { FormAlert } from "../../../components/form-alert.tsx";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../../../components/form-field.tsx";
import { SubmitAndCancel } from "../../../components/submit-and-cancel.tsx";
import { useSubmission } from "../../../components/use-submission.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import {
  type AdverseEventField,
  type AdverseEventFormValues,
  emptyAdverseEvent,
  requestFromValues,
} from "./adverse-event-form-values.ts";

// Recording an adverse event. The form says before saving what saving does (courses paused,
// booking refused), and the server's refusals show at the fields they are about.

/** Where a problem with each value shows. */
const FIELD_OF_VALUE: Record<keyof AdverseEventFormValues, AdverseEventField | null> = {
  type: "type",
  severity: "severity",
  onset: "onsetAt",
  description: "description",
  actions: null,
  followUp: null,
  linkSession: null,
  lastedValue: "lasted.value",
  lastedUnit: null,
};

/** The device's zone: the onset box is its wall clock. */
const deviceZone = () => Temporal.Now.timeZoneId();

export function RecordAdverseEventForm(props: {
  clientId: string;
  /** The appointment of the session the form was opened from, to compare with its expected reactions. */
  appointmentId?: string | undefined;
  onRecorded: (recorded: RecordedAdverseEvent) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<AdverseEventFormValues>(() =>
    emptyAdverseEvent(Temporal.Now.instant(), deviceZone()),
  );
  const [problems, setProblems] = useState<Partial<Record<AdverseEventField, string>>>({});
  const [attempts, setAttempts] = useState(0);
  const submission = useSubmission();
  // One key per form: a double submit or a retry after a lost answer records one event.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const heading = useRef<HTMLHeadingElement>(null);
  const set = (next: Partial<AdverseEventFormValues>) => {
    setValues((current) => ({ ...current, ...next }));
    // A corrected field stops showing the problem it had.
    const changed = new Set(
      Object.keys(next).map((key) => FIELD_OF_VALUE[key as keyof AdverseEventFormValues]),
    );
    setProblems((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([field]) => !changed.has(field as AdverseEventField)),
      ),
    );
  };

  useEffect(() => heading.current?.focus(), []);
  // After a refused attempt the first field to correct takes focus.
  useEffect(() => {
    if (attempts > 0)
      submission.formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [attempts, submission.formRef]);

  const errorOf = (field: AdverseEventField) => problems[field] ?? submission.fieldError(field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    submission.reset();
    const built = requestFromValues(values, {
      now: Temporal.Now.instant(),
      timeZone: deviceZone(),
      appointmentId: props.appointmentId,
    });
    setProblems(
      Object.fromEntries(
        built.problems.map(({ field, problem }) => [field, t(`adverseEvent.problem.${problem}`)]),
      ),
    );
    if (built.request) {
      const { request } = built;
      const recorded = await submission.run(() =>
        adverseEventsApi.record(props.clientId, request, idempotencyKey),
      );
      if (recorded) return props.onRecorded(recorded);
    }
    setAttempts((n) => n + 1);
  };

  const text = (field: "description" | "actions" | "followUp", label: string, hint?: string) => (
    <TextAreaField
      className="form-grid__wide"
      label={label}
      hint={hint}
      field={field}
      rows={3}
      maxLength={2000}
      required={field === "description"}
      value={values[field]}
      error={field === "description" ? errorOf(field) : submission.fieldError(field)}
      onChange={(event) => set({ [field]: event.target.value })}
    />
  );

  return (
    <form ref={submission.formRef} className="form adverse-record" onSubmit={submit} noValidate>
      <h3 ref={heading} tabIndex={-1}>
        {t("adverseEvent.form.title")}
      </h3>
      <FormAlert error={submission.formError} />
      <div className="form-grid">
        <SelectField
          label={t("adverseEvent.type")}
          field="type"
          required
          value={values.type}
          error={errorOf("type")}
          onChange={(event) => set({ type: event.target.value as AdverseEventFormValues["type"] })}
        >
          <option value="">{t("adverseEvent.choose")}</option>
          {ADVERSE_EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`adverseEvent.type.${type}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("adverseEvent.severity")}
          field="severity"
          required
          value={values.severity}
          error={errorOf("severity")}
          onChange={(event) => set({ severity: event.target.value as AdverseEventFormValues["severity"] })}
        >
          <option value="">{t("adverseEvent.choose")}</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {t(`adverseEvent.severity.${severity}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          type="datetime-local"
          label={t("adverseEvent.form.onset")}
          hint={t("adverseEvent.form.onsetHint")}
          field="onsetAt"
          required
          value={values.onset}
          error={errorOf("onsetAt")}
          onChange={(event) => set({ onset: event.target.value })}
        />
        {text("description", t("adverseEvent.form.description"), t("adverseEvent.form.descriptionHint"))}
        {text("actions", t("adverseEvent.form.actions"))}
        {text("followUp", t("adverseEvent.form.followUp"), t("adverseEvent.form.followUpHint"))}
      </div>
      {props.appointmentId && (
        <fieldset className="plain-fieldset adverse-record__session">
          <legend className="visually-hidden">{t("adverseEvent.field.session")}</legend>
          <CheckboxField
            label={t("adverseEvent.form.linkSession")}
            checked={values.linkSession}
            onChange={(event) => set({ linkSession: event.target.checked })}
          />
          {submission.fieldError("appointmentId") && (
            <p className="field__error">{submission.fieldError("appointmentId")}</p>
          )}
          {values.linkSession && (
            <div className="form-grid form-grid--narrow">
              <TextField
                label={t("adverseEvent.form.lasted")}
                hint={t("adverseEvent.form.lastedHint")}
                field="lasted.value"
                inputMode="decimal"
                autoComplete="off"
                value={values.lastedValue}
                error={errorOf("lasted.value")}
                onChange={(event) => set({ lastedValue: event.target.value })}
              />
              <SelectField
                label={t("adverseEvent.form.lastedUnit")}
                field="lasted.unit"
                value={values.lastedUnit}
                onChange={(event) => set({ lastedUnit: event.target.value as ObservedDuration["unit"] })}
              >
                {DURATION_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`adverseEvent.unit.${unit}`)}
                  </option>
                ))}
              </SelectField>
            </div>
          )}
        </fieldset>
      )}
      <p className="notice notice--warning">{t("adverseEvent.form.consequence")}</p>
      <SubmitAndCancel
        label={t("adverseEvent.form.submit")}
        tone="danger"
        pending={submission.pending}
        onCancel={props.onCancel}
      />
    </form>
  );
}
