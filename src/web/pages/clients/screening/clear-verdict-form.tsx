import { type FormEvent, useEffect, useRef, useState } from "react";
import { screeningApi } from "../../../api/screening-api.ts";
import type { ClientScreenings } from "../../../api/screening-types.ts";
import { FormAlert } from "../../../components/form-alert.tsx";
import { TextAreaField } from "../../../components/form-field.tsx";
import { useSubmission } from "../../../components/use-submission.ts";
import { useI18n } from "../../../i18n/i18n.tsx";

/** A physician clears one needs-review verdict; the written reason is required and kept. */
export function ClearVerdictForm(props: {
  clientId: string;
  screeningId: string;
  procedureId: string;
  procedureName: string;
  onCleared: (screenings: ClientScreenings) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const submission = useSubmission();
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Opening puts the cursor in the reason; closing without clearing gives focus back to the button.
  useEffect(() => {
    if (open) submission.formRef.current?.querySelector("textarea")?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open, submission.formRef]);

  if (!open) {
    return (
      <button
        ref={opener}
        type="button"
        className="button button--small"
        aria-label={t("screening.clearFor", { procedure: props.procedureName })}
        onClick={() => setOpen(true)}
      >
        {t("screening.clear")}
      </button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cleared = await submission.run(() =>
      screeningApi.clear(props.clientId, props.screeningId, { procedureId: props.procedureId, reason }),
    );
    if (cleared) props.onCleared(cleared);
  };

  return (
    <form ref={submission.formRef} className="form clear-form" onSubmit={submit} noValidate>
      <FormAlert error={submission.formError} />
      <TextAreaField
        label={t("screening.clearReason", { procedure: props.procedureName })}
        hint={t("screening.clearReasonHint")}
        field="reason"
        rows={3}
        required
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={submission.fieldError("reason")}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submission.pending}>
          {submission.pending ? t("screening.clearing") : t("screening.clearSubmit")}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
