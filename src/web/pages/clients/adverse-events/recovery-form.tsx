import { type FormEvent, useEffect, useState } from "react";
import { adverseEventsApi } from "../../../api/adverse-events-api.ts";
import type { RecoveredAdverseEvent } from "../../../api/adverse-events-types.ts";
import { ApiError } from "../../../api/api-error.ts";
import { FormAlert } from "../../../components/form-alert.tsx";
import { TextAreaField } from "../../../components/form-field.tsx";
import { useSubmission } from "../../../components/use-submission.ts";
import { useI18n } from "../../../i18n/i18n.tsx";

// Recovery is a practitioner's judgement, so it is recorded with their note: it is what the
// next person reads before booking the client again.

export function RecoveryForm(props: {
  eventId: string;
  onRecovered: (recovered: RecoveredAdverseEvent) => void;
  /** Someone else recorded it first: the list is stale. */
  onAlreadyRecovered: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const submission = useSubmission();
  const form = submission.formRef;

  // The form opens on a press of "Record recovery": the note is what to type next.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the form opens
  useEffect(() => {
    form.current?.querySelector("textarea")?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setMissing(true);
      form.current?.querySelector("textarea")?.focus();
      return;
    }
    let already = false;
    const recovered = await submission.run(async () => {
      try {
        return await adverseEventsApi.recordRecovery(props.eventId, note.trim());
      } catch (caught) {
        already = caught instanceof ApiError && caught.code === "adverse-event-recovered";
        throw caught;
      }
    });
    if (recovered) props.onRecovered(recovered);
    else if (already) props.onAlreadyRecovered();
  };

  const error =
    missing && !note.trim() ? t("adverseEvent.problem.noteRequired") : submission.fieldError("note");
  return (
    <form ref={form} className="adverse-recovery" onSubmit={submit} noValidate>
      <FormAlert error={submission.formError} />
      <TextAreaField
        label={t("adverseEvent.recovery.note")}
        hint={t("adverseEvent.recovery.hint")}
        field="note"
        rows={3}
        maxLength={2000}
        required
        value={note}
        error={error}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submission.pending}>
          {submission.pending ? t("common.saving") : t("adverseEvent.recovery.submit")}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
