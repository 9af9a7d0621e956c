import { useState } from "react";
import type { Appointment, PractitionerHours } from "../../api/booking-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { Link } from "../../router/link.tsx";
import { StartSessionAction } from "../session-runner/start-session-action.tsx";
import { AppointmentActions } from "./appointment-actions.tsx";
import { StatusLabel } from "./appointment-status.tsx";
import { useCalendarFormat } from "./calendar-format.ts";
import { localMoment } from "./calendar-time.ts";
import { ModalDialog } from "./modal-dialog.tsx";
import { MoveForm } from "./move-form.tsx";

// An appointment's details in a dialog: who, what, with whom, where, when, its status
// and notes, and what can be done to it now.

export function AppointmentDetails(props: {
  appointment: Appointment;
  timeZone: string;
  practitioners: readonly PractitionerHours[];
  onChanged: (appointment: Appointment) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const money = useFormat().money;
  const format = useCalendarFormat(props.timeZone);
  const { appointment } = props;
  const [done, setDone] = useState<string | null>(null);
  const day = localMoment(appointment.start, props.timeZone).date;

  const changed = (updated: Appointment, message: string) => {
    setDone(message);
    props.onChanged(updated);
  };

  return (
    <ModalDialog
      title={t("calendar.details.title", { client: appointment.client.name })}
      onClose={props.onClose}
      returnFocusTo={`[data-appointment-id="${appointment.id}"]`}
    >
      <dl className="appointment-facts">
        <dt>{t("calendar.details.client")}</dt>
        <dd>
          <Link to={`/clients/${encodeURIComponent(appointment.client.id)}`}>{appointment.client.name}</Link>
        </dd>
        <dt>{t("calendar.details.offering")}</dt>
        <dd>{appointment.offering.name}</dd>
        <dt>{t("calendar.details.time")}</dt>
        <dd>
          {format.longDay(day)}, {format.timeRange(appointment.start, appointment.end)}
          <span className="muted"> ({props.timeZone})</span>
        </dd>
        <dt>{t("calendar.details.practitioner")}</dt>
        <dd>{appointment.practitioner.name}</dd>
        <dt>{t("calendar.details.resources")}</dt>
        <dd>
          {appointment.resources.length > 0
            ? appointment.resources.map((resource) => resource.name).join(", ")
            : t("calendar.details.noResources")}
        </dd>
        <dt>{t("calendar.details.status")}</dt>
        <dd>
          <StatusLabel status={appointment.status} />
          {appointment.status === "cancelled" && appointment.cancelReason ? (
            <span className="muted"> — {appointment.cancelReason}</span>
          ) : null}
        </dd>
        <dt>{t("calendar.details.price")}</dt>
        <dd>{money(appointment.priceMinor, appointment.currency)}</dd>
        <dt>{t("calendar.details.notes")}</dt>
        <dd className="appointment-facts__notes">{appointment.notes || t("calendar.details.noNotes")}</dd>
        <dt>{t("calendar.details.source")}</dt>
        <dd>{t(`calendar.source.${appointment.source}`)}</dd>
      </dl>
      <p className="notice notice--success" role="status" hidden={!done}>
        {done}
      </p>
      <StartSessionAction key={appointment.status} appointment={appointment} />
      <AppointmentActions appointment={appointment} onChanged={changed} />
      {appointment.status === "booked" && (
        <MoveForm
          key={appointment.updatedAt}
          appointment={appointment}
          timeZone={props.timeZone}
          practitioners={props.practitioners}
          onMoved={(updated) =>
            changed(
              updated,
              t("calendar.moved", {
                time: `${format.longDay(localMoment(updated.start, props.timeZone).date)}, ${format.time(updated.start)}`,
              }),
            )
          }
        />
      )}
    </ModalDialog>
  );
}
