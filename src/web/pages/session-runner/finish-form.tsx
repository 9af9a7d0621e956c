import { type FormEvent, useState } from "react";
import { sessionsApi } from "../../api/sessions-api.ts";
import type { Session } from "../../api/sessions-types.ts";
import { TextAreaField, TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { parseDecimal } from "../../i18n/parse-decimal.ts";
import { sessionProblemMessage } from "./session-problem.ts";

// Finishing the session: the nitrogen used, how the client took it, notes. The server then
// completes the appointment and starts the observation period.

export function FinishForm(props: { session: Session; onChanged: (session: Session) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const submission = useSubmission();
  const [litres, setLitres] = useState("");
  const [outcome, setOutcome] = useState("");
  const [notes, setNotes] = useState("");
  const [litresInvalid, setLitresInvalid] = useState(false);

  const finish = async (event: FormEvent) => {
    event.preventDefault();
    const nitrogenLitres = parseDecimal(litres);
    if (nitrogenLitres === null) {
      setLitresInvalid(true);
      return;
    }
    const updated = await submission.run(() =>
      sessionsApi.finish(props.session.id, {
        ...(nitrogenLitres !== undefined && { nitrogenLitres }),
        outcome: outcome.trim(),
        notes: notes.trim(),
      }),
    );
    if (updated) props.onChanged(updated);
  };

  return (
    <form className="form finish-form" onSubmit={finish} ref={submission.formRef}>
      {submission.error ? (
        <p className="notice notice--error" role="alert">
          {sessionProblemMessage(submission.error, i18n)}
        </p>
      ) : null}
      <TextField
        label={t("session.finish.nitrogen")}
        inputMode="decimal"
        value={litres}
        onChange={(e) => {
          setLitres(e.target.value);
          setLitresInvalid(false);
        }}
        error={litresInvalid ? t("session.finish.nitrogenInvalid") : submission.fieldError("nitrogenLitres")}
      />
      <TextAreaField
        label={t("session.finish.outcome")}
        rows={2}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value)}
        error={submission.fieldError("outcome")}
      />
      <TextAreaField
        label={t("session.finish.notes")}
        rows={3}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={submission.fieldError("notes")}
      />
      <div className="form-actions session-actions">
        <button type="submit" className="button button--primary button--touch" disabled={submission.pending}>
          {t("session.finish.submit")}
        </button>
      </div>
    </form>
  );
}
