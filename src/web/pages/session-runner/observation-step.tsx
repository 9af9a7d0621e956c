import { useEffect, useState } from "react";
import type { Session } from "../../api/sessions-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { DischargeForm } from "./discharge-form.tsx";
import { clockText } from "./exposure-clock.ts";
import { observationSecondsLeft } from "./observation-clock.ts";
import type { ClinicTime } from "./use-clinic-time.ts";

// After the cold: the client rests under observation with a countdown to when they may
// leave, then is discharged with a note on their condition. Once discharged, the session
// shows when and how they left.

const TICK_MS = 1000;

/** The tablet's clock, read again every second while the caller is shown. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(tick);
  }, []);
  return now;
}

function SessionFacts({ session, time }: { session: Session; time: ClinicTime }) {
  const { t } = useI18n();
  const number = useFormat().number;
  return (
    <>
      <p className="muted">
        {t("session.observation.finishedAt", { time: time.format(session.finishedAt) })}
      </p>
      {session.nitrogenLitres !== null && (
        <p>{t("session.observation.nitrogen", { litres: number(session.nitrogenLitres) })}</p>
      )}
      {session.outcome ? <p>{t("session.observation.outcome", { outcome: session.outcome })}</p> : null}
    </>
  );
}

function Observing(props: { session: Session; time: ClinicTime; onChanged: (session: Session) => void }) {
  const { t } = useI18n();
  const { session, time } = props;
  const secondsLeft = observationSecondsLeft(session.observationUntil, useNow());
  const until = time.format(session.observationUntil);
  return (
    <section className="session-step session-done" aria-labelledby="observation-heading">
      <h2 id="observation-heading">{t("session.observation.title")}</h2>
      <p className="session-done__leave">{t("session.observation.mayLeave", { time: until })}</p>
      {secondsLeft > 0 ? (
        <p className="observation-countdown">
          <span id="observation-countdown-label">{t("session.observation.countdownLabel")}</span>{" "}
          <span
            role="timer"
            aria-labelledby="observation-countdown-label"
            className="observation-countdown__time"
            data-testid="observation-countdown"
          >
            {clockText(secondsLeft)}
          </span>
        </p>
      ) : (
        <p className="notice notice--success">{t("session.observation.over")}</p>
      )}
      <SessionFacts session={session} time={time} />
      <DischargeForm session={session} early={secondsLeft > 0} until={until} onChanged={props.onChanged} />
    </section>
  );
}

function Discharged({ session, time }: { session: Session; time: ClinicTime }) {
  const { t } = useI18n();
  const discharge = session.discharge;
  return (
    <section className="session-step session-done" aria-labelledby="finished-heading">
      <h2 id="finished-heading">{t("session.finished.title")}</h2>
      {discharge && (
        <>
          <p className="session-done__leave">
            {t("session.finished.dischargedAt", { time: time.format(discharge.dischargedAt) })}
          </p>
          <p>{t("session.finished.condition", { note: discharge.note })}</p>
          {discharge.early && (
            <p className="notice notice--warning">
              {t("session.finished.early", {
                time: time.format(session.observationUntil),
                reason: discharge.earlyReason ?? "",
              })}
            </p>
          )}
        </>
      )}
      <SessionFacts session={session} time={time} />
    </section>
  );
}

/** Observation with the discharge, or how the client left once discharged. */
export function ObservationStep(props: {
  session: Session;
  time: ClinicTime;
  onChanged: (session: Session) => void;
}) {
  if (!props.time.ready) return null;
  if (props.session.status === "finished") return <Discharged session={props.session} time={props.time} />;
  return <Observing {...props} />;
}
