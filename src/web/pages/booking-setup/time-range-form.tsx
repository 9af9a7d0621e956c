import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import type { TimeRangeDraft } from "../../api/booking-setup-api.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { instantFromClinicTime } from "./clinic-instant.ts";

const EMPTY = { start: "", end: "", reason: "" };

/**
 * A period from one local date and time to another, with a reason: a device's out-of-service
 * time or a practitioner's time off. Entered on the clinic's clock, sent as instants.
 */
export function TimeRangeForm(props: {
  heading: string;
  submitLabel: string;
  timeZone: string;
  /** Fields that come first, e.g. which device. */
  children?: ReactNode;
  save: (draft: TimeRangeDraft, idempotencyKey: string) => Promise<unknown>;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(EMPTY);
  const [missing, setMissing] = useState<Partial<Record<"start" | "end", string>>>({});
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const submission = useSubmission();
  const [refusals, setRefusals] = useState(0);

  // The first box left empty takes focus, as after a refusal by the server.
  useEffect(() => {
    if (refusals > 0)
      submission.formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [refusals, submission.formRef]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const start = instantFromClinicTime(draft.start, props.timeZone);
    const end = instantFromClinicTime(draft.end, props.timeZone);
    const local = {
      ...(start === null && { start: t("setup.required") }),
      ...(end === null && { end: t("setup.required") }),
    };
    setMissing(local);
    if (start === null || end === null) {
      submission.reset();
      setRefusals((count) => count + 1);
      return;
    }
    const saved = await submission.run(() =>
      props.save({ start, end, reason: draft.reason.trim() }, idempotencyKey),
    );
    if (saved !== undefined) {
      setDraft(EMPTY);
      setIdempotencyKey(crypto.randomUUID());
      props.onSaved();
    }
  };

  const field = (key: "start" | "end") => ({
    field: key,
    type: "datetime-local",
    value: draft[key],
    error: missing[key] ?? submission.fieldError(key),
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value }),
  });

  return (
    <form ref={submission.formRef} className="form setup-subform" onSubmit={submit} noValidate>
      <h3>{props.heading}</h3>
      <p className="muted">{t("setup.clinicClock", { zone: props.timeZone })}</p>
      <FormAlert error={submission.formError} />
      <div className="form-grid">
        {props.children}
        <TextField label={t("setup.rangeStart")} required {...field("start")} />
        <TextField label={t("setup.rangeEnd")} required {...field("end")} />
        <TextField
          className="form-grid__wide"
          label={t("setup.rangeReason")}
          field="reason"
          value={draft.reason}
          maxLength={300}
          onChange={(event) => setDraft({ ...draft, reason: event.target.value })}
          error={submission.fieldError("reason")}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={submission.pending}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
