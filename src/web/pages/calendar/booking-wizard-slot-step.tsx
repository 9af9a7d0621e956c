import { useId } from "react";
import { bookingApi } from "../../api/booking-api.ts";
import type { AvailableSlot, Offering, PractitionerHours } from "../../api/booking-types.ts";
import { SelectField } from "../../components/form-field.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { problemMessage } from "../../i18n/problem-message.ts";
import { useCalendarFormat } from "./calendar-format.ts";
import { addDays, daysFrom, localMoment } from "./calendar-time.ts";

// Step 3: the free times of the offering over a week of the clinic's days, grouped by
// day, optionally for one practitioner only.

export const SEARCH_DAYS = 7;

export function SlotStep(props: {
  clinicId: string;
  timeZone: string;
  offering: Offering;
  practitioners: readonly PractitionerHours[];
  searchFrom: string;
  practitionerFilter: string;
  chosen: AvailableSlot | null;
  onSearchFrom: (date: string) => void;
  onFilter: (practitionerId: string) => void;
  onChoose: (slot: AvailableSlot) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const dateId = useId();
  const days = daysFrom(props.searchFrom, SEARCH_DAYS);
  const to = addDays(props.searchFrom, SEARCH_DAYS);
  const availability = useLoad(
    `${props.clinicId}|${props.offering.id}|${props.searchFrom}|${props.practitionerFilter}`,
    () =>
      bookingApi.availability(props.clinicId, {
        offeringId: props.offering.id,
        from: props.searchFrom,
        to,
        practitionerId: props.practitionerFilter || undefined,
      }),
  );
  const timeZone = availability.data?.timeZone ?? props.timeZone;
  const format = useCalendarFormat(timeZone);
  const byDay = new Map<string, AvailableSlot[]>(days.map((day) => [day, []]));
  for (const slot of availability.data?.slots ?? [])
    byDay.get(localMoment(slot.start, timeZone).date)?.push(slot);

  return (
    <div className="wizard-step">
      <div className="slot-controls">
        <div className="field">
          <label htmlFor={dateId}>{t("wizard.slot.from")}</label>
          <div className="slot-controls__dates">
            <button
              type="button"
              className="button button--small"
              onClick={() => props.onSearchFrom(addDays(props.searchFrom, -SEARCH_DAYS))}
            >
              {t("wizard.slot.earlier")}
            </button>
            <input
              id={dateId}
              type="date"
              value={props.searchFrom}
              onChange={(event) => event.target.value && props.onSearchFrom(event.target.value)}
            />
            <button
              type="button"
              className="button button--small"
              onClick={() => props.onSearchFrom(addDays(props.searchFrom, SEARCH_DAYS))}
            >
              {t("wizard.slot.later")}
            </button>
          </div>
        </div>
        <SelectField
          label={t("wizard.slot.practitioner")}
          value={props.practitionerFilter}
          onChange={(event) => props.onFilter(event.target.value)}
        >
          <option value="">{t("wizard.slot.anyPractitioner")}</option>
          {props.practitioners.map((practitioner) => (
            <option key={practitioner.userId} value={practitioner.userId}>
              {practitioner.name}
            </option>
          ))}
        </SelectField>
      </div>
      {availability.error ? (
        <p className="notice notice--error" role="alert">
          {problemMessage(availability.error, i18n)}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {availability.loading ? t("common.loading") : ""}
      </p>
      <div className="slot-days" aria-busy={availability.loading}>
        {days.map((day) => {
          const slots = byDay.get(day) ?? [];
          return (
            <fieldset key={day} className="slot-day">
              <legend>{format.longDay(day)}</legend>
              {!availability.loading && !availability.error && slots.length === 0 && (
                <p className="muted">{t("wizard.slot.noneThatDay")}</p>
              )}
              <div className="slot-day__times">
                {slots.map((slot) => (
                  <label key={slot.start} className="slot-chip">
                    <input
                      type="radio"
                      name="wizard-slot"
                      checked={props.chosen?.start === slot.start}
                      onChange={() => props.onChoose(slot)}
                    />
                    <span>{format.time(slot.start)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
      </div>
    </div>
  );
}
