import { bookingApi } from "../../api/booking-api.ts";
import type { Session } from "../../api/sessions-types.ts";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";

// Who is in the chair and with what, at the top of the runner: the client, the procedure and
// its time, the practitioner and the cabin or device the session holds, and where it stands.

export function SessionSummary({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const appointment = useLoad(session.appointmentId, () => bookingApi.appointment(session.appointmentId));
  const booked = appointment.data;
  const time = (iso: string) =>
    new Intl.DateTimeFormat(language, {
      hour: "2-digit",
      minute: "2-digit",
      ...(booked && { timeZone: booked.timeZone }),
    }).format(new Date(iso));
  const used = booked?.resources.find((resource) => resource.id === session.resourceId);
  return (
    <dl className="session-summary">
      {booked && (
        <>
          <div>
            <dt>{t("session.summary.client")}</dt>
            <dd>
              <Link to={`/clients/${encodeURIComponent(booked.client.id)}`}>{booked.client.name}</Link>
            </dd>
          </div>
          <div>
            <dt>{t("session.summary.procedure")}</dt>
            <dd>
              {booked.offering.name}, {time(booked.start)}–{time(booked.end)}
            </dd>
          </div>
          <div>
            <dt>{t("session.summary.practitioner")}</dt>
            <dd>{booked.practitioner.name}</dd>
          </div>
          {used && (
            <div>
              <dt>{t("session.summary.resource")}</dt>
              <dd>{used.name}</dd>
            </div>
          )}
        </>
      )}
      <div>
        <dt>{t("session.statusLabel")}</dt>
        <dd>
          <strong>{t(`session.status.${session.status}`)}</strong>
        </dd>
      </div>
    </dl>
  );
}
