import { type FormEvent, useState } from "react";
import { bookingApi } from "../../api/booking-api.ts";
import type { Appointment, PractitionerHours } from "../../api/booking-types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { SelectField, TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { bookingProblemMessage } from "./booking-problem.ts";
import { clockMinutes, clockText, instantAt, localMoment } from "./calendar-time.ts";

// Moving an appointment by typing: the keyboard's way to do what dragging does. The
// date and time are the clinic's wall clock; the server checks the new slot.

export function MoveForm(props: {
  appointment: Appointment;
  timeZone: string;
  practitioners: readonly PractitionerHours[];
  onMoved: (appointment: Appointment) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { appointment, timeZone } = props;
  const submission = useSubmission();
  const current = localMoment(appointment.start, timeZone);
  const [date, setDate] = useState(current.date);
  const [time, setTime] = useState(clockText(current.minutes));
  const [practitionerId, setPractitionerId] = useState(appointment.practitioner.id);
  const [missing, setMissing] = useState(false);
  // Whoever performs it now stays a choice, even without hours listed at this clinic.
  const choices = props.practitioners.some((p) => p.userId === appointment.practitioner.id)
    ? props.practitioners
    : [{ userId: appointment.practitioner.id, name: appointment.practitioner.name }, ...props.practitioners];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!date || !/^\d{2}:\d{2}$/.test(time)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const moved = await submission.run(() =>
      bookingApi.move(appointment.id, {
        start: instantAt(date, clockMinutes(time), timeZone),
        practitionerId,
      }),
    );
    if (moved) props.onMoved(moved);
  };

  const startError = missing ? t("calendar.move.whenRequired") : submission.fieldError("start");
  return (
    <form className="form move-form" onSubmit={submit} ref={submission.formRef} noValidate>
      <h3>{t("calendar.move.title")}</h3>
      <FormAlert error={submission.error ? bookingProblemMessage(submission.error, i18n) : null} />
      <div className="form-grid move-form__fields">
        <TextField
          label={t("calendar.move.date")}
          type="date"
          field="start"
          required
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={startError}
        />
        <TextField
          label={t("calendar.move.time")}
          hint={t("calendar.move.timeHint", { zone: timeZone })}
          type="time"
          step={300}
          required
          value={time}
          onChange={(event) => setTime(event.target.value)}
        />
        <SelectField
          label={t("calendar.move.practitioner")}
          field="practitionerId"
          value={practitionerId}
          onChange={(event) => setPractitionerId(event.target.value)}
          error={submission.fieldError("practitionerId")}
        >
          {choices.map((practitioner) => (
            <option key={practitioner.userId} value={practitioner.userId}>
              {practitioner.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={submission.pending}>
          {submission.pending ? t("calendar.move.moving") : t("calendar.move.submit")}
        </button>
      </div>
    </form>
  );
}
