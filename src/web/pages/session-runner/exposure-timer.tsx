import { type FormEvent, useState } from "react";
import { sessionsApi } from "../../api/sessions-api.ts";
import type { ExposurePhase, Session, SessionExposure } from "../../api/sessions-types.ts";
import { TextAreaField, TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { parseDecimal } from "../../i18n/parse-decimal.ts";
import { clockText } from "./exposure-clock.ts";
import { sessionProblemMessage } from "./session-problem.ts";

// One exposure's timer: elapsed against the limit, the phase in words and a symbol as well
// as colour, and pause, resume and stop. Stopping past the limit asks why.

const PHASE_MARK: Record<ExposurePhase, string> = { ok: "●", warning: "▲", limit: "■" };

const celsius = (text: string) => {
  const value = parseDecimal(text);
  return typeof value === "number" ? value : undefined;
};

function StopForm(props: {
  session: Session;
  exposure: SessionExposure;
  overrun: boolean;
  onChanged: (session: Session) => void;
  onCancel: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const submission = useSubmission();
  const [set, setSet] = useState("");
  const [measured, setMeasured] = useState("");
  const [reason, setReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const { exposure } = props;

  const stop = async (event: FormEvent) => {
    event.preventDefault();
    if (props.overrun && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    const temperatureSetC = celsius(set);
    const temperatureMeasuredC = celsius(measured);
    const updated = await submission.run(() =>
      sessionsApi.stop(props.session.id, exposure.id, {
        ...(temperatureSetC !== undefined && { temperatureSetC }),
        ...(temperatureMeasuredC !== undefined && { temperatureMeasuredC }),
        ...(reason.trim() && { overrunReason: reason.trim() }),
      }),
    );
    if (updated) props.onChanged(updated);
  };

  // The server may find the limit passed before this device did: then the reason is asked for.
  const needsReason =
    props.overrun || (submission.error as { code?: string } | null)?.code === "overrun-reason-required";
  return (
    <form className="form stop-form" onSubmit={stop} ref={submission.formRef} noValidate>
      {submission.error ? (
        <p className="notice notice--error" role="alert">
          {sessionProblemMessage(submission.error, i18n)}
        </p>
      ) : null}
      <div className="form-grid">
        <TextField
          label={t("session.exposure.temperatureSet")}
          inputMode="decimal"
          value={set}
          onChange={(e) => setSet(e.target.value)}
          error={submission.fieldError("temperatureSetC")}
        />
        <TextField
          label={t("session.exposure.temperatureMeasured")}
          inputMode="decimal"
          value={measured}
          onChange={(e) => setMeasured(e.target.value)}
          error={submission.fieldError("temperatureMeasuredC")}
        />
      </div>
      {needsReason && (
        <TextAreaField
          label={t("session.exposure.overrunReason")}
          hint={t("session.exposure.overrunReasonHint")}
          rows={2}
          required
          autoFocus
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setReasonMissing(false);
          }}
          error={reasonMissing ? t("session.problem.overrunReasonRequired") : undefined}
        />
      )}
      <div className="form-actions session-actions">
        <button type="submit" className="button button--danger button--touch" disabled={submission.pending}>
          {t("session.exposure.confirmStop")}
        </button>
        <button type="button" className="button button--quiet button--touch" onClick={props.onCancel}>
          {t("session.exposure.keepRunning")}
        </button>
      </div>
    </form>
  );
}

export function ExposureTimer(props: {
  session: Session;
  exposure: SessionExposure;
  seconds: number;
  phase: ExposurePhase;
  onChanged: (session: Session) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { session, exposure, seconds, phase } = props;
  const submission = useSubmission();
  const [stopping, setStopping] = useState(false);
  const stopped = exposure.status === "stopped";
  const percent = Math.min(100, Math.round((seconds / exposure.limitSeconds) * 100));

  const act = async (action: "pause" | "resume") => {
    const updated = await submission.run(() => sessionsApi[action](session.id, exposure.id));
    if (updated) props.onChanged(updated);
  };

  return (
    <li
      className={`exposure exposure--${phase}${stopped ? " exposure--stopped" : ""}`}
      data-exposure-id={exposure.id}
    >
      <div className="exposure__head">
        <h3 className="exposure__area">{exposure.area}</h3>
        <p className="exposure__status">{t(`session.exposure.status.${exposure.status}`)}</p>
      </div>
      <p className="exposure__clock">
        <span className="exposure__elapsed" data-testid="elapsed">
          {clockText(seconds)}
        </span>
        <span className="exposure__limit"> / {clockText(exposure.limitSeconds)}</span>
        <span className="visually-hidden">
          {t("session.exposure.clockLabel", {
            elapsed: clockText(seconds),
            limit: clockText(exposure.limitSeconds),
          })}
        </span>
      </p>
      <div
        className="exposure__bar"
        role="progressbar"
        aria-label={t("session.exposure.progress", { area: exposure.area })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <p className={`exposure__phase exposure__phase--${phase}`}>
        <span aria-hidden="true">{PHASE_MARK[phase]} </span>
        {t(`session.phase.${phase}${stopped ? ".stopped" : ""}`)}
      </p>
      {stopped && exposure.overrunReason && (
        <p className="muted">{t("session.exposure.overrunRecorded", { reason: exposure.overrunReason })}</p>
      )}
      {submission.error ? (
        <p className="notice notice--error" role="alert">
          {sessionProblemMessage(submission.error, i18n)}
        </p>
      ) : null}
      {!stopped && !stopping && (
        <div className="form-actions session-actions">
          {exposure.status === "running" ? (
            <button
              type="button"
              className="button button--touch"
              disabled={submission.pending}
              onClick={() => act("pause")}
            >
              {t("session.exposure.pause")}
            </button>
          ) : (
            <button
              type="button"
              className="button button--touch"
              disabled={submission.pending}
              onClick={() => act("resume")}
            >
              {t("session.exposure.resume")}
            </button>
          )}
          <button
            type="button"
            className="button button--danger button--touch"
            onClick={() => setStopping(true)}
          >
            {t("session.exposure.stop")}
          </button>
        </div>
      )}
      {!stopped && stopping && (
        <StopForm
          session={session}
          exposure={exposure}
          overrun={seconds > exposure.limitSeconds}
          onChanged={props.onChanged}
          onCancel={() => setStopping(false)}
        />
      )}
    </li>
  );
}
