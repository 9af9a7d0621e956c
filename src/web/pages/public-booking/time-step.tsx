import { type FormEvent, useState } from "react";
import { type PublicSlot, publicBookingApi } from "../../api/public-booking-api.ts";
import { LoadState } from "../../components/load-state.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { BookingStepHeading } from "./booking-steps.tsx";
import { addDays, formatLongDay, localDateIn, slotsByDay, zoneName } from "./clinic-time.ts";
import { DayPicker } from "./day-picker.tsx";
import { TimePicker } from "./time-picker.tsx";

/** Two weeks of days at a time: what fits a phone as two rows of seven. */
export const WINDOW_DAYS = 14;

/** The first day of the two-week window that shows `day`, counted from `today`. */
function windowStartOf(day: string | null, today: string): string {
  if (!day || day < today) return today;
  const offset = Math.round((Date.parse(day) - Date.parse(today)) / 86_400_000);
  return addDays(today, Math.floor(offset / WINDOW_DAYS) * WINDOW_DAYS);
}

/** Step 2: a day, then a free time on it, both on the clinic's clock. */
export function TimeStep(props: {
  clinicId: string;
  timeZone: string;
  offeringId: string;
  /** The clinic's today: no day before it is offered. */
  today: string;
  chosen: PublicSlot | null;
  onChoose: (slot: PublicSlot) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t, language } = useI18n();
  const chosenDay = props.chosen ? localDateIn(props.chosen.start, props.timeZone) : null;
  const [from, setFrom] = useState(() => windowStartOf(chosenDay, props.today));
  const [day, setDay] = useState<string | null>(chosenDay);
  const [missing, setMissing] = useState(false);
  const to = addDays(from, WINDOW_DAYS);
  const availability = useLoad(`${props.offeringId}:${from}`, () =>
    publicBookingApi.availability(props.clinicId, props.offeringId, from, to),
  );

  const moveWindow = (days: number) => {
    setFrom(addDays(from, days));
    setDay(null);
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (!props.chosen) {
      setMissing(true);
      return;
    }
    props.onNext();
  };

  return (
    <section className="panel booking-step" aria-labelledby="booking-step-time">
      <BookingStepHeading step="time" focus />
      <p className="notice zone-note">
        {t("book.zoneNote", { zone: zoneName(props.timeZone, language, new Date(`${from}T12:00:00Z`)) })}
      </p>
      <form className="form" onSubmit={next} noValidate>
        {/* Outside the loading part, so a keyboard user keeps their place while the days load. */}
        <div className="window-nav">
          <button
            type="button"
            className="button button--small"
            disabled={from <= props.today}
            onClick={() => moveWindow(-WINDOW_DAYS)}
          >
            {t("book.earlierDays")}
          </button>
          <button type="button" className="button button--small" onClick={() => moveWindow(WINDOW_DAYS)}>
            {t("book.laterDays")}
          </button>
        </div>
        {/* While another window loads, the last one's times are not shown under the new days. */}
        <LoadState
          data={availability.loading ? undefined : availability.data}
          error={availability.error}
          loading={availability.loading}
        >
          {(loaded) => {
            const byDay = slotsByDay(loaded.slots, props.timeZone);
            const firstFree = [...byDay.keys()].find((date) => date >= from && date < to) ?? null;
            const shownDay = day && byDay.has(day) ? day : firstFree;
            return (
              <>
                <DayPicker
                  from={from}
                  days={WINDOW_DAYS}
                  freeCounts={new Map([...byDay].map(([date, slots]) => [date, slots.length]))}
                  chosen={shownDay}
                  onChoose={setDay}
                />
                {!firstFree && <p className="empty">{t("book.noTimesInWindow")}</p>}
                {shownDay && (
                  <TimePicker
                    legend={t("book.timesOn", { day: formatLongDay(shownDay, language) })}
                    slots={byDay.get(shownDay) ?? []}
                    timeZone={props.timeZone}
                    chosen={props.chosen}
                    invalid={missing}
                    onChoose={(slot) => {
                      setMissing(false);
                      props.onChoose(slot);
                    }}
                  />
                )}
              </>
            );
          }}
        </LoadState>
        {missing && (
          <p className="field__error" role="alert">
            {t("book.timeRequired")}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={props.onBack}>
            {t("book.back")}
          </button>
          <button type="submit" className="button button--primary">
            {t("book.nextHealth")}
          </button>
        </div>
      </form>
    </section>
  );
}
