import type { PublicSlot } from "../../api/public-booking-api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { formatClinicTime } from "./clinic-time.ts";

/** The free times of one day as radio buttons, on the clinic's clock. */
export function TimePicker(props: {
  legend: string;
  slots: readonly PublicSlot[];
  timeZone: string;
  chosen: PublicSlot | null;
  invalid?: boolean;
  onChoose: (slot: PublicSlot) => void;
  /** How a time reads; the time alone by default. */
  label?: (slot: PublicSlot) => string;
}) {
  const { language } = useI18n();
  return (
    <fieldset className="time-picker">
      <legend>{props.legend}</legend>
      <div className={props.label ? "time-grid time-grid--wide" : "time-grid"}>
        {props.slots.map((slot) => (
          <label key={slot.start} className="time-option">
            <input
              type="radio"
              name="time"
              value={slot.start}
              checked={props.chosen?.start === slot.start}
              aria-invalid={props.invalid || undefined}
              onChange={() => props.onChoose(slot)}
            />
            <span>
              {props.label ? props.label(slot) : formatClinicTime(slot.start, props.timeZone, language)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
