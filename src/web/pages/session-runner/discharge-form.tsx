import { type FormEvent, useEffect, useState } from "react";
import { ApiError } from "../../api/api-error.ts";
import { sessionsApi } from "../../api/sessions-api.ts";
import type { Session } from "../../api/sessions-types.ts";
import { TextAreaField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { sessionProblemMessage } from "./session-problem.ts";

// Letting the client go: their condition as they leave, and before the observation time is
// over, why they leave early. The server has the last word on "early": when its clock says
// the time is not over yet, the reason field appears even if the tablet's clock thought so.

export function DischargeForm(props: {
  session: Session;
  /** The tablet's view: the observation time is not over yet. */
  early: boolean;
  /** The end of observation at the clinic, "10:35". */
  until: string;
  onChanged: (session: Session) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const submission = useSubmission();
  const [note, setNote] = useState("");
  const [earlyReason, setEarlyReason] = useState("");
  const [missing, setMissing] = useState<{ note: boolean; earlyReason: boolean }>({
    note: false,
    earlyReason: false,
  });
  const { formRef } = submission;
  // Once the errors are shown, the first field missing gets the focus.
  useEffect(() => {
    if (!missing.note && !missing.earlyReason) return;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [missing, formRef]);
  const serverSaysEarly =
    submission.error instanceof ApiError && submission.error.code === "observation-not-over";
  const early = props.early || serverSaysEarly;

  const discharge = async (event: FormEvent) => {
    event.preventDefault();
    const noteMissing = note.trim() === "";
    const reasonMissing = early && earlyReason.trim() === "";
    setMissing({ note: noteMissing, earlyReason: reasonMissing });
    if (noteMissing || reasonMissing) {
      submission.reset();
      return;
    }
    const updated = await submission.run(() =>
      sessionsApi.discharge(props.session.id, {
        note: note.trim(),
        ...(early && { earlyReason: earlyReason.trim() }),
      }),
    );
    if (updated) props.onChanged(updated);
  };

  const noteError =
    missing.note || submission.fieldError("note") !== undefined
      ? t("session.discharge.noteRequired")
      : undefined;
  const reasonError =
    missing.earlyReason || serverSaysEarly
      ? t("session.discharge.earlyReasonRequired", { time: props.until })
      : undefined;
  const formError =
    submission.error && !serverSaysEarly && !submission.fieldError("note")
      ? sessionProblemMessage(submission.error, i18n)
      : null;

  return (
    <form className="form discharge-form" onSubmit={discharge} ref={submission.formRef} noValidate>
      <h3>{t("session.discharge.title")}</h3>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      <TextAreaField
        label={t("session.discharge.note")}
        hint={t("session.discharge.noteHint")}
        rows={2}
        required
        field="note"
        value={note}
        onChange={(e) => {
          setNote(e.target.value);
          setMissing((shown) => ({ ...shown, note: false }));
        }}
        error={noteError}
      />
      {early && (
        <TextAreaField
          label={t("session.discharge.earlyReason")}
          hint={t("session.discharge.earlyReasonHint", { time: props.until })}
          rows={2}
          required
          field="earlyReason"
          value={earlyReason}
          onChange={(e) => {
            setEarlyReason(e.target.value);
            setMissing((shown) => ({ ...shown, earlyReason: false }));
          }}
          error={reasonError}
        />
      )}
      <div className="form-actions session-actions">
        <button type="submit" className="button button--primary button--touch" disabled={submission.pending}>
          {t("session.discharge.submit")}
        </button>
      </div>
    </form>
  );
}
