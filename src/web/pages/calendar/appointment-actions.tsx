import { type FormEvent, useEffect, useRef, useState } from "react";
import { bookingApi } from "../../api/booking-api.ts";
import type { Appointment, AppointmentStatus } from "../../api/booking-types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { TextAreaField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { bookingProblemMessage } from "./booking-problem.ts";

// Check-in, no-show and cancelling (with a reason) from the details dialog. Only what the
// status allows is offered, as the server's rules say; the server still has the last word.

const ALLOWED_FROM: Record<"check-in" | "no-show" | "cancel", readonly AppointmentStatus[]> = {
  "check-in": ["booked"],
  "no-show": ["booked"],
  cancel: ["booked", "checked-in"],
};

export function AppointmentActions(props: {
  appointment: Appointment;
  onChanged: (appointment: Appointment, message: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { appointment } = props;
  const submission = useSubmission();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState("");
  const cancelButton = useRef<HTMLButtonElement>(null);
  const wasCancelling = useRef(false);
  // Leaving the reason form gives focus back to the button that opened it.
  useEffect(() => {
    if (wasCancelling.current && !cancelling) cancelButton.current?.focus();
    wasCancelling.current = cancelling;
  }, [cancelling]);
  const allowed = (action: keyof typeof ALLOWED_FROM) => ALLOWED_FROM[action].includes(appointment.status);

  const run = async (action: () => Promise<Appointment>, message: string) => {
    const updated = await submission.run(action);
    if (updated) {
      setCancelling(false);
      props.onChanged(updated, message);
    }
  };

  const cancel = (event: FormEvent) => {
    event.preventDefault();
    void run(() => bookingApi.cancel(appointment.id, reason.trim()), t("calendar.cancelled"));
  };

  if (!allowed("check-in") && !allowed("no-show") && !allowed("cancel")) return null;
  return (
    <section className="appointment-actions" aria-label={t("calendar.actions")}>
      <FormAlert error={submission.error ? bookingProblemMessage(submission.error, i18n) : null} />
      <div className="form-actions">
        {allowed("check-in") && (
          <button
            type="button"
            className="button button--primary"
            disabled={submission.pending}
            onClick={() => run(() => bookingApi.checkIn(appointment.id), t("calendar.checkedIn"))}
          >
            {t("calendar.checkIn")}
          </button>
        )}
        {allowed("no-show") && (
          <button
            type="button"
            className="button"
            disabled={submission.pending}
            onClick={() => run(() => bookingApi.noShow(appointment.id), t("calendar.markedNoShow"))}
          >
            {t("calendar.noShow")}
          </button>
        )}
        {allowed("cancel") && !cancelling && (
          <button
            type="button"
            ref={cancelButton}
            className="button button--danger"
            disabled={submission.pending}
            onClick={() => setCancelling(true)}
          >
            {t("calendar.cancel")}
          </button>
        )}
      </div>
      {cancelling && (
        <form className="form cancel-form" onSubmit={cancel} ref={submission.formRef}>
          <TextAreaField
            label={t("calendar.cancelReason")}
            hint={t("calendar.cancelReasonHint")}
            field="reason"
            rows={2}
            maxLength={500}
            autoFocus
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={submission.fieldError("reason")}
          />
          <div className="form-actions">
            <button type="submit" className="button button--danger" disabled={submission.pending}>
              {t("calendar.cancelConfirm")}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setCancelling(false)}>
              {t("calendar.cancelKeep")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
