import { bookingApi } from "../../api/booking-api.ts";
import type { Session } from "../../api/sessions-types.ts";
import { LoadState } from "../../components/load-state.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { Link } from "../../router/link.tsx";
import { ChecklistStep } from "./checklist-step.tsx";
import { ExposuresStep } from "./exposures-step.tsx";
import { useLiveSession } from "./use-live-session.ts";
import "./session-runner.css";

// Running a treatment session on the clinical floor's tablet: the checklist, then the timed
// exposures, then finishing into the observation period. The server holds the timers, so a
// reload or a second device shows the same running session.

function Observation({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const number = useFormat().number;
  // The clinic's clock, not the device's: the appointment knows the clinic's zone.
  const appointment = useLoad(session.appointmentId, () => bookingApi.appointment(session.appointmentId));
  const timeZone = appointment.data?.timeZone;
  const time = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(language, { hour: "2-digit", minute: "2-digit", timeZone }).format(
          new Date(iso),
        )
      : "";
  if (!appointment.data && !appointment.error) return null;
  return (
    <section className="session-step session-done" aria-labelledby="observation-heading">
      <h2 id="observation-heading">{t("session.observation.title")}</h2>
      <p className="session-done__leave">
        {t("session.observation.mayLeave", { time: time(session.observationUntil) })}
      </p>
      <p className="muted">{t("session.observation.finishedAt", { time: time(session.finishedAt) })}</p>
      {session.nitrogenLitres !== null && (
        <p>{t("session.observation.nitrogen", { litres: number(session.nitrogenLitres) })}</p>
      )}
      {session.outcome ? <p>{t("session.observation.outcome", { outcome: session.outcome })}</p> : null}
    </section>
  );
}

function SessionBody(props: {
  session: Session;
  sinceReadMs: number;
  onChanged: (session: Session) => void;
}) {
  const { session } = props;
  if (session.status === "preparing") return <ChecklistStep session={session} onChanged={props.onChanged} />;
  if (session.status === "running") return <ExposuresStep {...props} />;
  return <Observation session={session} />;
}

export function SessionRunnerPage({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const live = useLiveSession(sessionId);
  return (
    <div className="page session-runner">
      <PageHeading
        title={t("session.title")}
        actions={
          <Link to="/calendar" className="button button--quiet button--touch">
            {t("session.backToCalendar")}
          </Link>
        }
      />
      {live.session && (
        <p className="session-runner__status">
          {t("session.statusLabel")} <strong>{t(`session.status.${live.session.status}`)}</strong>
        </p>
      )}
      {live.stale && (
        <p className="notice notice--warning" role="status">
          {t("session.stale")}
        </p>
      )}
      <LoadState data={live.session} error={live.error} loading={!live.session}>
        {(session) => (
          <SessionBody session={session} sinceReadMs={live.sinceReadMs} onChanged={live.accept} />
        )}
      </LoadState>
    </div>
  );
}
