import { type FormEvent, useState } from "react";
import { ApiError } from "../../../api/api-error.ts";
import type { ProcedureDetail } from "../../../api/catalog-types.ts";
import { type Bounds, type ClinicProtocol, protocolsApi } from "../../../api/protocols-api.ts";
import { FormAlert } from "../../../components/form-alert.tsx";
import { TextAreaField, TextField } from "../../../components/form-field.tsx";
import { useSubmission } from "../../../components/use-submission.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { useFormat } from "../../../i18n/use-format.ts";
import { draftOf, inputOf, type ProtocolDraft } from "./protocol-form-values.ts";

type NumberKey = "sessionMinutes" | "courseSessions" | "spacingMin" | "spacingMax";

/** The clinic's values for one procedure, each beside the range the articles document. */
export function ProtocolForm(props: {
  clinicId: string;
  procedure: ProcedureDetail;
  protocol: ClinicProtocol | undefined;
  editable: boolean;
  onSaved: (protocol: ClinicProtocol) => void;
}) {
  const { t, language } = useI18n();
  const format = useFormat();
  const { procedure, protocol } = props;
  const [draft, setDraft] = useState<ProtocolDraft>(() =>
    draftOf(protocol?.values ?? {}, protocol?.offLabelReason ?? null),
  );
  const [saved, setSaved] = useState(false);
  const submission = useSubmission();
  const documented = protocol?.documented ?? { exposureSeconds: {} };
  const outOfRange =
    submission.error instanceof ApiError && submission.error.code === "protocol-out-of-range";
  // The reason is asked for once the server finds a value off-label, and kept in view while one is saved.
  const asksReason = outOfRange || draft.offLabelReason !== "" || Boolean(protocol?.offLabelReason);

  // Claims that disagree with open ends ("up to 20 s" against "over 30 s") leave no range at all.
  const hint = (bounds: Bounds | undefined) =>
    bounds && (bounds.min !== undefined || bounds.max !== undefined)
      ? t("protocol.documented", { range: format.quantity(bounds) })
      : t("protocol.notDocumented");
  const offLabelFlag = (deviationField: string) =>
    protocol?.deviations.some((deviation) => deviation.field === deviationField) ? (
      <span className="badge badge--off-label">
        <span aria-hidden="true">⚑ </span>
        {t("protocol.offLabel")}
      </span>
    ) : null;
  const change = (next: Partial<ProtocolDraft>) => {
    setSaved(false);
    setDraft((previous) => ({ ...previous, ...next }));
  };
  const numberField = (key: NumberKey, label: string, bounds: Bounds | undefined, apiField: string) => (
    <div className="protocol-field">
      <TextField
        label={label}
        hint={hint(bounds)}
        field={apiField}
        inputMode="decimal"
        autoComplete="off"
        value={draft[key]}
        onChange={(event) => change({ [key]: event.target.value })}
        error={submission.fieldError(apiField)}
      />
      {offLabelFlag(apiField.replace(/^values\./, ""))}
    </div>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const updated = await submission.run(() =>
      protocolsApi.save(props.clinicId, procedure.id, inputOf(draft)),
    );
    if (updated) {
      props.onSaved(updated);
      setDraft(draftOf(updated.values, updated.offLabelReason));
      setSaved(true);
    }
  };

  return (
    <form ref={submission.formRef} className="form protocol-form" onSubmit={submit} noValidate>
      {protocol?.offLabelReason && (
        <p className="notice notice--warning">
          <strong>
            <span aria-hidden="true">⚑ </span>
            {t("protocol.offLabelSaved")}
          </strong>{" "}
          {t("protocol.offLabelReasonShown", { reason: protocol.offLabelReason })}
        </p>
      )}
      <FormAlert
        error={submission.formError}
        success={saved ? t(protocol?.offLabelReason ? "protocol.savedOffLabel" : "common.saved") : null}
      />
      <fieldset className="plain-fieldset" disabled={!props.editable}>
        <legend className="visually-hidden">{procedure.names[language]}</legend>
        <div className="form-grid">
          {numberField(
            "sessionMinutes",
            t("protocol.sessionMinutes"),
            documented.sessionMinutes,
            "values.sessionMinutes",
          )}
          {numberField(
            "courseSessions",
            t("protocol.courseSessions"),
            documented.courseSessions,
            "values.courseSessions",
          )}
          {numberField(
            "spacingMin",
            t("protocol.spacingMin"),
            documented.spacingDays,
            "values.spacingDays.min",
          )}
          {numberField(
            "spacingMax",
            t("protocol.spacingMax"),
            documented.spacingDays,
            "values.spacingDays.max",
          )}
        </div>
        <fieldset className="protocol-exposure">
          <legend>{t("protocol.exposureGroup")}</legend>
          <div className="form-grid">
            {procedure.methods.map((method) => {
              const apiField = `values.exposureSeconds.${method.id}`;
              return (
                <div key={method.id} className="protocol-field">
                  <TextField
                    label={method.names[language]}
                    hint={hint(documented.exposureSeconds[method.id])}
                    field={apiField}
                    inputMode="decimal"
                    autoComplete="off"
                    value={draft.exposureSeconds[method.id] ?? ""}
                    onChange={(event) =>
                      change({
                        exposureSeconds: { ...draft.exposureSeconds, [method.id]: event.target.value },
                      })
                    }
                    error={submission.fieldError(apiField)}
                  />
                  {offLabelFlag(`exposureSeconds.${method.id}`)}
                </div>
              );
            })}
          </div>
        </fieldset>
        {asksReason && (
          <TextAreaField
            className="protocol-reason"
            label={t("protocol.offLabelReason")}
            hint={props.editable ? t("protocol.offLabelReasonHint") : undefined}
            field="offLabelReason"
            rows={3}
            value={draft.offLabelReason}
            onChange={(event) => change({ offLabelReason: event.target.value })}
            error={submission.fieldError("offLabelReason")}
          />
        )}
      </fieldset>
      {props.editable && (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.pending}>
            {submission.pending ? t("common.saving") : t("protocol.save")}
          </button>
        </div>
      )}
    </form>
  );
}
