import type { FormEvent } from "react";
import { adverseEventsApi } from "../../../api/adverse-events-api.ts";
import type { RecoveredAdverseEvent } from "../../../api/adverse-events-types.ts";
import { ApiError } from "../../../api/api-error.ts";
import { FormAlert } from "../../../components/form-alert.tsx";
import { TextAreaField } from "../../../components/form-field.tsx";
import { SubmitAndCancel } from "../../../components/submit-and-cancel.tsx";
import { useRequiredText } from "../../../components/use-required-text.ts";
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
  const submission = useSubmission();
  const note = useRequiredText(submission.formRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = note.filled();
    if (text === null) return;
    let already = false;
    const recovered = await submission.run(async () => {
      try {
        return await adverseEventsApi.recordRecovery(props.eventId, text);
      } catch (caught) {
        already = caught instanceof ApiError && caught.code === "adverse-event-recovered";
        throw caught;
      }
    });
    if (recovered) props.onRecovered(recovered);
    else if (already) props.onAlreadyRecovered();
  };

  return (
    <form ref={submission.formRef} className="adverse-recovery" onSubmit={submit} noValidate>
      <FormAlert error={submission.formError} />
      <TextAreaField
        label={t("adverseEvent.recovery.note")}
        hint={t("adverseEvent.recovery.hint")}
        field="note"
        rows={3}
        maxLength={2000}
        required
        value={note.value}
        error={note.missing ? t("adverseEvent.problem.noteRequired") : submission.fieldError("note")}
        onChange={(event) => note.change(event.target.value)}
      />
      <SubmitAndCancel
        label={t("adverseEvent.recovery.submit")}
        pending={submission.pending}
        onCancel={props.onCancel}
      />
    </form>
  );
}
