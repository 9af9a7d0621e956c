import type { Session } from "../../api/sessions-types.ts";
import { LoadState } from "../../components/load-state.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { AftercareActions } from "./aftercare-actions.tsx";
import { ChecklistStep } from "./checklist-step.tsx";
import { ExposuresStep } from "./exposures-step.tsx";
import { ObservationStep } from "./observation-step.tsx";
import { PhotosSection } from "./photos-section.tsx";
import { SessionSummary } from "./session-summary.tsx";
import { useClinicTime } from "./use-clinic-time.ts";
import { useLiveSession } from "./use-live-session.ts";
import "./session-runner.css";

// Running a treatment session on the clinical floor's tablet: the checklist, then the timed
// exposures, then the observation period until the client is discharged. Photos can be
// taken from the start on; the aftercare sheet is printed once the session is over. The
// server holds the timers, so a reload or a second device shows the same running session.

function SessionBody(props: {
  session: Session;
  sinceReadMs: number;
  onChanged: (session: Session) => void;
}) {
  const { t } = useI18n();
  const { session } = props;
  const time = useClinicTime(session.appointmentId);
  if (session.status === "preparing") return <ChecklistStep session={session} onChanged={props.onChanged} />;
  return (
    <>
      {session.status === "running" ? (
        <ExposuresStep {...props} />
      ) : (
        <>
          <ObservationStep session={session} time={time} onChanged={props.onChanged} />
          <AftercareActions session={session} />
        </>
      )}
      <PhotosSection session={session} time={time} onChanged={props.onChanged} />
      <p className="session-adverse-event">
        <Link
          to={`/clients/${encodeURIComponent(session.clientId)}?appointment=${encodeURIComponent(session.appointmentId)}#adverse-events`}
          className="button button--touch"
        >
          {t("session.adverseEvent")}
        </Link>
      </p>
    </>
  );
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
      {live.session && <SessionSummary session={live.session} />}
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
