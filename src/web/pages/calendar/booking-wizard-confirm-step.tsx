import type { AvailableSlot, Offering, PractitionerHours } from "../../api/booking-types.ts";
import { SelectField, TextAreaField } from "../../components/form-field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { useCalendarFormat } from "./calendar-format.ts";
import { localMoment } from "./calendar-time.ts";

// Step 4: everything chosen, the price, who performs it and a note, before booking.

export function ConfirmStep(props: {
  timeZone: string;
  client: { id: string; name: string };
  offering: Offering;
  slot: AvailableSlot;
  practitioners: readonly PractitionerHours[];
  /** Set when the slot search was for one practitioner: then it is theirs. */
  practitionerFilter: string;
  practitionerId: string;
  notes: string;
  onPractitioner: (practitionerId: string) => void;
  onNotes: (notes: string) => void;
}) {
  const { t } = useI18n();
  const { money } = useFormat();
  const format = useCalendarFormat(props.timeZone);
  const nameOf = (id: string) => props.practitioners.find((p) => p.userId === id)?.name ?? id;
  const day = localMoment(props.slot.start, props.timeZone).date;
  return (
    <div className="wizard-step">
      <dl className="appointment-facts">
        <dt>{t("calendar.details.client")}</dt>
        <dd>{props.client.name}</dd>
        <dt>{t("calendar.details.offering")}</dt>
        <dd>
          {props.offering.name}{" "}
          <span className="muted">
            ({t("wizard.offering.minutes", { minutes: props.offering.durationMinutes })})
          </span>
        </dd>
        <dt>{t("calendar.details.time")}</dt>
        <dd>
          {format.longDay(day)}, {format.timeRange(props.slot.start, props.slot.end)}
          <span className="muted"> ({props.timeZone})</span>
        </dd>
        <dt>{t("calendar.details.price")}</dt>
        <dd className="wizard-price">{money(props.offering.priceMinor, props.offering.currency)}</dd>
      </dl>
      <div className="form-grid">
        {props.practitionerFilter ? (
          <p className="wizard-practitioner">
            <span className="muted">{t("calendar.details.practitioner")}:</span>{" "}
            {nameOf(props.practitionerFilter)}
          </p>
        ) : (
          <SelectField
            label={t("calendar.details.practitioner")}
            field="practitionerId"
            value={props.practitionerId}
            onChange={(event) => props.onPractitioner(event.target.value)}
          >
            <option value="">{t("wizard.confirm.anyFree")}</option>
            {props.slot.practitionerIds.map((id) => (
              <option key={id} value={id}>
                {nameOf(id)}
              </option>
            ))}
          </SelectField>
        )}
        <TextAreaField
          className="form-grid__wide"
          label={t("wizard.confirm.notes")}
          field="notes"
          rows={2}
          maxLength={2000}
          value={props.notes}
          onChange={(event) => props.onNotes(event.target.value)}
        />
      </div>
    </div>
  );
}
