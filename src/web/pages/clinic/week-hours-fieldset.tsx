import type { OpeningHours } from "../../api/types.ts";
import { OpeningHoursDay } from "./opening-hours-day.tsx";
import { WEEKDAYS } from "./weekdays.ts";

/** A week of hours, one row per day: the clinic's opening hours and a practitioner's working hours. */
export function WeekHoursFieldset(props: {
  legend: string;
  hours: OpeningHours;
  editable: boolean;
  /** The server's message for a day's field, e.g. path ".0.close" of "mon". */
  errorFor: (day: keyof OpeningHours, path: string) => string | undefined;
  onChange: (hours: OpeningHours) => void;
}) {
  const { hours } = props;
  return (
    <fieldset className="plain-fieldset" disabled={!props.editable}>
      <legend className="visually-hidden">{props.legend}</legend>
      <ul className="week">
        {WEEKDAYS.map((day) => (
          <OpeningHoursDay
            key={day}
            day={day}
            intervals={hours[day]}
            editable={props.editable}
            errorFor={(path) => props.errorFor(day, path)}
            onChange={(intervals) => props.onChange({ ...hours, [day]: intervals })}
          />
        ))}
      </ul>
    </fieldset>
  );
}
