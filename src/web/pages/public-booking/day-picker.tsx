import { useI18n } from "../../i18n/i18n.tsx";
import { addDays, formatLongDay } from "./clinic-time.ts";

/**
 * The days of the window as radio buttons, seven to a row: a day without a free time is
 * shown but cannot be chosen, so the arrow keys skip it.
 */
export function DayPicker(props: {
  from: string;
  days: number;
  freeCounts: ReadonlyMap<string, number>;
  chosen: string | null;
  onChoose: (day: string) => void;
}) {
  const { t, language } = useI18n();
  const weekday = new Intl.DateTimeFormat(language, { timeZone: "UTC", weekday: "short" });
  const dayOfMonth = new Intl.DateTimeFormat(language, { timeZone: "UTC", day: "numeric" });
  const dates = Array.from({ length: props.days }, (_, index) => addDays(props.from, index));
  const range = new Intl.DateTimeFormat(language, {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
  }).formatRange(
    new Date(`${props.from}T00:00:00Z`),
    new Date(`${addDays(props.from, props.days - 1)}T00:00:00Z`),
  );
  return (
    <fieldset className="day-picker">
      <legend>{t("book.dayLegend", { range })}</legend>
      <div className="day-grid">
        {dates.map((date) => {
          const free = props.freeCounts.get(date) ?? 0;
          const at = new Date(`${date}T00:00:00Z`);
          return (
            <label key={date} className={`day-option${free === 0 ? " day-option--full" : ""}`}>
              <input
                type="radio"
                name="day"
                value={date}
                checked={props.chosen === date}
                disabled={free === 0}
                onChange={() => props.onChoose(date)}
              />
              <span className="day-option__weekday" aria-hidden="true">
                {weekday.format(at)}
              </span>
              <span className="day-option__date" aria-hidden="true">
                {dayOfMonth.format(at)}
              </span>
              <span className="visually-hidden">
                {formatLongDay(date, language)},{" "}
                {free === 0 ? t("book.noFreeTimes") : t("book.freeTimes", { n: free })}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
