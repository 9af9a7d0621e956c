import { type FormEvent, useEffect, useState } from "react";
import { bookingSetupApi } from "../../api/booking-setup-api.ts";
import type { Offering } from "../../api/booking-types.ts";
import type { ProcedureSummary } from "../../api/catalog-types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { CheckboxField, SelectField, TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { OfferingNeeds } from "./offering-needs.tsx";
import {
  NO_OFFERING,
  type OfferingField,
  type OfferingValues,
  offeringInput,
  valuesOfDefaults,
  valuesOfOffering,
} from "./offering-values.ts";

/** The API's field for each box, where they differ. */
const API_FIELD: Partial<Record<OfferingField, string>> = { price: "priceMinor" };

/**
 * A new offering, pre-filled from the catalog once its procedure is picked, or an existing one
 * to change. The price is typed in the clinic's currency and sent in minor units.
 */
export function OfferingForm(props: {
  clinicId: string;
  currency: string;
  procedures: ProcedureSummary[];
  /** The types the clinic's active resources provide. */
  clinicTypes: string[];
  offering: Offering | null;
  onSaved: (offering: Offering) => void;
  onCancel?: () => void;
}) {
  const { t, language } = useI18n();
  const editing = props.offering !== null;
  const [values, setValues] = useState<OfferingValues>(() =>
    props.offering ? valuesOfOffering(props.offering) : NO_OFFERING,
  );
  const [problems, setProblems] = useState<Partial<Record<OfferingField, string>>>({});
  const [prefilled, setPrefilled] = useState<"catalog" | "editorial" | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [refusals, setRefusals] = useState(0);
  const submission = useSubmission();
  const defaults = useSubmission();
  const idBase = props.offering?.id ?? "new";

  useEffect(() => {
    if (refusals > 0)
      submission.formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [refusals, submission.formRef]);

  const set = (change: Partial<OfferingValues>) => setValues((current) => ({ ...current, ...change }));
  const errorOf = (field: OfferingField) =>
    problems[field] ??
    submission.fieldError(API_FIELD[field] ?? field) ??
    (field === "resourceTypes" ? submission.fieldError("resourceTypes.0") : undefined);

  const pickProcedure = async (procedureId: string) => {
    set({ procedureId });
    setPrefilled(null);
    if (!procedureId) return;
    const suggested = await defaults.run(() => bookingSetupApi.offeringDefaults(props.clinicId, procedureId));
    if (!suggested) return;
    setValues((current) => valuesOfDefaults(suggested, language, props.currency, current));
    setPrefilled(suggested.durationBasis);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = offeringInput(values, props.currency);
    const local = Object.fromEntries(
      built.problems.map(({ field, problem }) => [field, t(`setup.problem.${problem}`)]),
    );
    setProblems(local);
    if (built.problems.length > 0) {
      submission.reset();
      setRefusals((count) => count + 1);
      return;
    }
    const saved = await submission.run(() =>
      props.offering
        ? bookingSetupApi.updateOffering(props.clinicId, props.offering.id, {
            ...built.input,
            active: values.active,
          })
        : bookingSetupApi.addOffering(props.clinicId, built.input, idempotencyKey),
    );
    if (!saved) return;
    if (!editing) {
      setValues(NO_OFFERING);
      setPrefilled(null);
      setIdempotencyKey(crypto.randomUUID());
    }
    props.onSaved(saved);
  };

  const minutes = (field: "durationMinutes" | "bufferBeforeMinutes" | "bufferAfterMinutes") => ({
    field,
    inputMode: "numeric" as const,
    autoComplete: "off",
    value: values[field],
    error: errorOf(field),
    onChange: (event: { target: { value: string } }) => set({ [field]: event.target.value }),
  });

  const procedureName = (id: string) => props.procedures.find((p) => p.id === id)?.names[language] ?? id;

  return (
    <form ref={submission.formRef} className="form offering-form" onSubmit={submit} noValidate>
      <FormAlert error={submission.formError ?? defaults.formError} />
      <div className="form-grid">
        {editing ? (
          <p className="form-grid__wide offering-form__procedure">
            {t("setup.procedure")}: <strong>{procedureName(values.procedureId)}</strong>
          </p>
        ) : (
          <SelectField
            className="form-grid__wide"
            label={t("setup.procedure")}
            hint={t("setup.procedureHint")}
            field="procedureId"
            required
            value={values.procedureId}
            error={errorOf("procedureId")}
            onChange={(event) => pickProcedure(event.target.value)}
          >
            <option value="">{t("setup.chooseProcedure")}</option>
            {props.procedures.map((procedure) => (
              <option key={procedure.id} value={procedure.id}>
                {procedure.names[language]}
              </option>
            ))}
          </SelectField>
        )}
        <p className="form-grid__wide muted" role="status" hidden={!defaults.pending && !prefilled}>
          {defaults.pending
            ? t("setup.loadingDefaults")
            : prefilled && t(prefilled === "editorial" ? "setup.prefilledEditorial" : "setup.prefilled")}
        </p>
        <TextField
          className="form-grid__wide"
          label={t("setup.offeringName")}
          hint={editing ? undefined : t("setup.offeringNameHint")}
          field="name"
          maxLength={200}
          value={values.name}
          error={errorOf("name")}
          onChange={(event) => set({ name: event.target.value })}
        />
      </div>
      <div className="form-grid form-grid--narrow">
        <TextField label={t("setup.duration")} required {...minutes("durationMinutes")} />
        <TextField
          label={t("setup.bufferBefore")}
          hint={t("setup.bufferHint")}
          {...minutes("bufferBeforeMinutes")}
        />
        <TextField
          label={t("setup.bufferAfter")}
          hint={t("setup.bufferHint")}
          {...minutes("bufferAfterMinutes")}
        />
        <TextField
          label={t("setup.price", { currency: props.currency })}
          hint={t("setup.priceHint")}
          field="price"
          required
          inputMode="decimal"
          autoComplete="off"
          value={values.price}
          error={errorOf("price")}
          onChange={(event) => set({ price: event.target.value })}
        />
      </div>
      <OfferingNeeds
        idBase={idBase}
        clinicTypes={props.clinicTypes}
        resourceTypes={values.resourceTypes}
        qualifications={values.qualifications}
        resourceTypesError={errorOf("resourceTypes")}
        qualificationsError={errorOf("qualifications")}
        onChange={set}
      />
      <div className="offering-form__switches">
        <CheckboxField
          label={t("setup.bookableOnline")}
          checked={values.bookableOnline}
          onChange={(event) => set({ bookableOnline: event.target.checked })}
        />
        {editing && (
          <CheckboxField
            label={t("setup.offeringActive")}
            checked={values.active}
            onChange={(event) => set({ active: event.target.checked })}
          />
        )}
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={submission.pending || defaults.pending}
        >
          {editing ? t("setup.saveOffering") : t("setup.createOffering")}
        </button>
        {props.onCancel && (
          <button type="button" className="button button--quiet" onClick={props.onCancel}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
