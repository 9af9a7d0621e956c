import type { OpeningInterval } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { Weekday } from "./weekdays.ts";

const MAX_INTERVALS_PER_DAY = 4;
const DEFAULT_INTERVAL: OpeningInterval = { open: "09:00", close: "18:00" };

/** One weekday: closed, or one or more open–close intervals (a lunch break makes two). */
export function OpeningHoursDay(props: {
  day: Weekday;
  intervals: OpeningInterval[];
  editable: boolean;
  /** The server's message for a path under this day: "" for the day, ".0.close" for a box. */
  errorFor: (path: string) => string | undefined;
  onChange: (intervals: OpeningInterval[]) => void;
}) {
  const { t } = useI18n();
  const dayName = t(`weekday.${props.day}`);
  const open = props.intervals.length > 0;
  const dayError = props.errorFor("");
  const lastClose = props.intervals.at(-1)?.close;

  const setInterval = (index: number, change: Partial<OpeningInterval>) =>
    props.onChange(
      props.intervals.map((interval, i) => (i === index ? { ...interval, ...change } : interval)),
    );

  return (
    <li className="week__day" data-field={`openingHours.${props.day}`}>
      <div className="week__name">
        <input
          id={`open-${props.day}`}
          type="checkbox"
          checked={open}
          onChange={(event) => props.onChange(event.target.checked ? [DEFAULT_INTERVAL] : [])}
        />
        <label htmlFor={`open-${props.day}`}>{dayName}</label>
      </div>
      <div className="week__intervals">
        {!open && <span className="muted">{t("clinic.closed")}</span>}
        {props.intervals.map((interval, index) => {
          const openError = props.errorFor(`.${index}.open`);
          const closeError = props.errorFor(`.${index}.close`);
          const base = `hours-${props.day}-${index}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: intervals have no identity but their place
            <div key={index} className="interval">
              <label className="visually-hidden" htmlFor={`${base}-open`}>
                {t("clinic.opensAt", { day: dayName, n: index + 1 })}
              </label>
              <input
                id={`${base}-open`}
                className="time-input"
                inputMode="numeric"
                placeholder="09:00"
                maxLength={5}
                value={interval.open}
                aria-invalid={openError ? true : undefined}
                aria-describedby={openError ? `${base}-error` : undefined}
                onChange={(event) => setInterval(index, { open: event.target.value })}
              />
              <span aria-hidden="true">–</span>
              <label className="visually-hidden" htmlFor={`${base}-close`}>
                {t("clinic.closesAt", { day: dayName, n: index + 1 })}
              </label>
              <input
                id={`${base}-close`}
                className="time-input"
                inputMode="numeric"
                placeholder="21:00"
                maxLength={5}
                value={interval.close}
                aria-invalid={closeError ? true : undefined}
                aria-describedby={closeError ? `${base}-error` : undefined}
                onChange={(event) => setInterval(index, { close: event.target.value })}
              />
              {props.editable && (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={t("clinic.removeInterval", { day: dayName, n: index + 1 })}
                  onClick={() => props.onChange(props.intervals.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              )}
              {(openError || closeError) && (
                <p className="field__error interval__error" id={`${base}-error`}>
                  {[openError, closeError].filter(Boolean).join(" ")}
                </p>
              )}
            </div>
          );
        })}
        {props.editable && open && props.intervals.length < MAX_INTERVALS_PER_DAY && (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() =>
              props.onChange([...props.intervals, { open: lastClose ?? "14:00", close: "21:00" }])
            }
          >
            {t("clinic.addInterval")}
          </button>
        )}
        {dayError && <p className="field__error">{dayError}</p>}
      </div>
    </li>
  );
}
