import { type FormEvent, useEffect, useRef, useState } from "react";
import { sessionsApi } from "../../api/sessions-api.ts";
import type { ExposurePhase, Session } from "../../api/sessions-types.ts";
import { TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { shownPhase, shownSeconds } from "./exposure-clock.ts";
import { ExposureTimer } from "./exposure-timer.tsx";
import { FinishForm } from "./finish-form.tsx";
import { sessionProblemMessage } from "./session-problem.ts";
import { playPhaseSignal } from "./stop-signal.ts";

// The running session: its exposures' timers, a new exposure by area, and finishing once
// every timer is stopped. Reaching the warning or the limit is announced once per exposure.

function AddExposure(props: { session: Session; onChanged: (session: Session) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const submission = useSubmission();
  const [area, setArea] = useState("");
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const updated = await submission.run(() => sessionsApi.addExposure(props.session.id, area.trim()));
    if (updated) {
      setArea("");
      props.onChanged(updated);
    }
  };
  return (
    <form className="form add-exposure" onSubmit={add} ref={submission.formRef}>
      {submission.error ? (
        <p className="notice notice--error" role="alert">
          {sessionProblemMessage(submission.error, i18n)}
        </p>
      ) : null}
      <div className="add-exposure__row">
        <TextField
          label={t("session.exposure.area")}
          hint={t("session.exposure.areaHint")}
          required
          value={area}
          onChange={(e) => setArea(e.target.value)}
          error={submission.fieldError("area")}
        />
        <button type="submit" className="button button--primary button--touch" disabled={submission.pending}>
          {t("session.exposure.add")}
        </button>
      </div>
    </form>
  );
}

export function ExposuresStep(props: {
  session: Session;
  sinceReadMs: number;
  onChanged: (session: Session) => void;
}) {
  const { t } = useI18n();
  const { session } = props;
  const timers = session.exposures.map((exposure) => {
    const seconds = shownSeconds(exposure, props.sinceReadMs);
    return { exposure, seconds, phase: shownPhase(seconds, exposure.limitSeconds) };
  });

  // Announced when a running timer enters a phase it had not reached before on this device.
  const announced = useRef(new Map<string, ExposurePhase>());
  const [announcement, setAnnouncement] = useState("");
  const crossings = timers
    .filter((timer) => timer.exposure.status === "running" && timer.phase !== "ok")
    .map((timer) => `${timer.exposure.id}:${timer.phase}`)
    .join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: the crossings name every change announced
  useEffect(() => {
    for (const timer of timers) {
      if (timer.exposure.status !== "running" || timer.phase === "ok") continue;
      if (announced.current.get(timer.exposure.id) === timer.phase) continue;
      announced.current.set(timer.exposure.id, timer.phase);
      setAnnouncement(t(`session.announce.${timer.phase}`, { area: timer.exposure.area }));
      playPhaseSignal(timer.phase);
    }
  }, [crossings]);

  const allStopped = session.exposures.every((exposure) => exposure.status === "stopped");
  return (
    <section className="session-step" aria-labelledby="exposures-heading">
      <h2 id="exposures-heading">{t("session.exposures.title")}</h2>
      <p className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {announcement}
      </p>
      {timers.length === 0 ? (
        <p className="muted">{t("session.exposures.none")}</p>
      ) : (
        <ul className="exposures">
          {timers.map((timer) => (
            <ExposureTimer key={timer.exposure.id} session={session} {...timer} onChanged={props.onChanged} />
          ))}
        </ul>
      )}
      <AddExposure session={session} onChanged={props.onChanged} />
      <h2>{t("session.finish.title")}</h2>
      {allStopped ? (
        <FinishForm session={session} onChanged={props.onChanged} />
      ) : (
        <p className="muted">{t("session.finish.stopFirst")}</p>
      )}
    </section>
  );
}
