import { useId } from "react";
import { CheckboxField } from "../../components/form-field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { CalendarAddress, CalendarView } from "./calendar-address.ts";
import type { ColumnMode } from "./calendar-layout.ts";

// The calendar's controls: which day or week, day or week view, columns by practitioner
// or resource, and whether cancelled appointments show. Toggles are pressed buttons.

function Toggle<T extends string>(props: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const labelId = useId();
  return (
    <div className="toggle-group">
      <span id={labelId} className="toggle-group__label">
        {props.label}
      </span>
      {/* biome-ignore lint/a11y/useSemanticElements: a row of pressed buttons, not a form fieldset */}
      <div className="toggle-group__options" role="group" aria-labelledby={labelId}>
        {props.options.map((option) => (
          <button
            key={option.value}
            type="button"
            className="toggle-group__option"
            aria-pressed={option.value === props.value}
            onClick={() => props.onChange(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
    </div>
  );
}

export function CalendarToolbar(props: {
  address: CalendarAddress;
  date: string;
  rangeTitle: string;
  onDate: (date: string) => void;
  onStep: (direction: -1 | 1) => void;
  onToday: () => void;
  onChange: (patch: Partial<CalendarAddress>) => void;
}) {
  const { t } = useI18n();
  const dateId = useId();
  const week = props.address.view === "week";
  return (
    <div className="calendar-toolbar">
      <div className="calendar-toolbar__dates">
        <button
          type="button"
          className="button button--small"
          aria-label={week ? t("calendar.previousWeek") : t("calendar.previousDay")}
          onClick={() => props.onStep(-1)}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button type="button" className="button button--small" onClick={props.onToday}>
          {t("calendar.today")}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={week ? t("calendar.nextWeek") : t("calendar.nextDay")}
          onClick={() => props.onStep(1)}
        >
          <span aria-hidden="true">→</span>
        </button>
        <label className="visually-hidden" htmlFor={dateId}>
          {t("calendar.date")}
        </label>
        <input
          id={dateId}
          className="calendar-toolbar__date"
          type="date"
          value={props.date}
          onChange={(event) => event.target.value && props.onDate(event.target.value)}
        />
        <h2 className="calendar-toolbar__title" aria-live="polite">
          {props.rangeTitle}
        </h2>
      </div>
      <div className="calendar-toolbar__options">
        <Toggle<CalendarView>
          label={t("calendar.view")}
          value={props.address.view}
          options={[
            { value: "day", label: t("calendar.view.day") },
            { value: "week", label: t("calendar.view.week") },
          ]}
          onChange={(view) => props.onChange({ view })}
        />
        <Toggle<ColumnMode>
          label={week ? t("calendar.columns.week") : t("calendar.columns")}
          value={props.address.columns}
          options={[
            { value: "practitioners", label: t("calendar.columns.practitioners") },
            { value: "resources", label: t("calendar.columns.resources") },
          ]}
          onChange={(columns) => props.onChange({ columns })}
        />
        <CheckboxField
          label={t("calendar.showCancelled")}
          checked={props.address.showCancelled}
          onChange={(event) => props.onChange({ showCancelled: event.target.checked })}
        />
      </div>
    </div>
  );
}
