import { type FormEvent, type RefObject, useMemo } from "react";
import type { PractitionerHours } from "../../api/booking-types.ts";
import { CheckboxField, SelectField, TextField } from "../../components/form-field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { CourseForm } from "../calendar/booking-wizard-course.ts";

// The wishes a course is planned with: how many sessions and how far apart (filled from
// the rules, editable), from which day, on which weekdays and hours, and with whom.

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
/** 1 January 2024 was a Monday: weekday n is that date plus n − 1 days. */
const weekdayDate = (weekday: number) => new Date(Date.UTC(2024, 0, weekday));

export function CourseWishesForm(props: {
  form: CourseForm;
  practitioners: readonly PractitionerHours[];
  pending: boolean;
  /** The server's message for a request field ("sessions", "preferences.timeTo"…). */
  fieldError: (field: string) => string | undefined;
  onChange: (patch: Partial<CourseForm>) => void;
  onSubmit: () => void;
  /** The form, for moving focus to its first invalid field after a refusal. */
  formRef?: RefObject<HTMLFormElement | null>;
}) {
  const { t, language } = useI18n();
  const { form, fieldError } = props;
  const weekdayName = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { weekday: "short", timeZone: "UTC" });
    return (weekday: number) => format.format(weekdayDate(weekday));
  }, [language]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  const toggleDay = (weekday: number, on: boolean) =>
    props.onChange({
      weekdays: on ? [...form.weekdays, weekday] : form.weekdays.filter((day) => day !== weekday),
    });

  return (
    <form ref={props.formRef} className="course-wishes" onSubmit={submit} noValidate>
      <div className="form-grid form-grid--narrow">
        <TextField
          label={t("course.form.sessions")}
          field="sessions"
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          value={form.sessions}
          error={fieldError("sessions")}
          onChange={(event) => props.onChange({ sessions: event.target.value })}
        />
        <TextField
          label={t("course.form.minDays")}
          field="minDaysBetween"
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          value={form.minDays}
          error={fieldError("minDaysBetween")}
          onChange={(event) => props.onChange({ minDays: event.target.value })}
        />
        <TextField
          label={t("course.form.maxDays")}
          field="maxDaysBetween"
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          value={form.maxDays}
          error={fieldError("maxDaysBetween")}
          onChange={(event) => props.onChange({ maxDays: event.target.value })}
        />
        <TextField
          label={t("course.form.firstDate")}
          field="firstDate"
          type="date"
          value={form.firstDate}
          error={fieldError("firstDate")}
          onChange={(event) => props.onChange({ firstDate: event.target.value })}
        />
      </div>
      <p className="field__hint">{t("course.form.rulesHint")}</p>

      <fieldset className="course-wishes__days">
        <legend>{t("course.form.weekdays")}</legend>
        <div className="course-wishes__day-list">
          {WEEKDAYS.map((weekday) => (
            <label key={weekday} className="course-wishes__day">
              <input
                type="checkbox"
                checked={form.weekdays.includes(weekday)}
                onChange={(event) => toggleDay(weekday, event.target.checked)}
              />
              <span>{weekdayName(weekday)}</span>
            </label>
          ))}
        </div>
        <p className="field__hint">{t("course.form.weekdaysHint")}</p>
      </fieldset>

      <div className="form-grid form-grid--narrow">
        <TextField
          label={t("course.form.timeFrom")}
          field="preferences.timeFrom"
          type="time"
          step={300}
          value={form.timeFrom}
          error={fieldError("preferences.timeFrom")}
          onChange={(event) => props.onChange({ timeFrom: event.target.value })}
        />
        <TextField
          label={t("course.form.timeTo")}
          field="preferences.timeTo"
          type="time"
          step={300}
          value={form.timeTo}
          error={fieldError("preferences.timeTo")}
          onChange={(event) => props.onChange({ timeTo: event.target.value })}
        />
        <SelectField
          label={t("course.form.practitioner")}
          field="preferences.practitionerId"
          value={form.practitionerId}
          onChange={(event) => props.onChange({ practitionerId: event.target.value })}
        >
          <option value="">{t("wizard.slot.anyPractitioner")}</option>
          {props.practitioners.map((practitioner) => (
            <option key={practitioner.userId} value={practitioner.userId}>
              {practitioner.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="course-wishes__checks">
        <CheckboxField
          label={t("course.form.strictTime")}
          checked={form.strictTime}
          disabled={!form.timeFrom && !form.timeTo}
          onChange={(event) => props.onChange({ strictTime: event.target.checked })}
        />
        <CheckboxField
          label={t("course.form.onePractitioner")}
          checked={form.onePractitioner}
          onChange={(event) => props.onChange({ onePractitioner: event.target.checked })}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={props.pending}>
          {props.pending ? t("course.form.planning") : t("course.form.plan")}
        </button>
      </div>
    </form>
  );
}
