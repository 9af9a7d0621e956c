import { useEffect, useRef, useState } from "react";
import { adverseEventsApi } from "../../../api/adverse-events-api.ts";
import type { RecordedAdverseEvent, RecoveredAdverseEvent } from "../../../api/adverse-events-types.ts";
import { FormAlert } from "../../../components/form-alert.tsx";
import { LoadState } from "../../../components/load-state.tsx";
import { useLoad } from "../../../components/use-load.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { useCan } from "../../../session/use-session.ts";
import { AdverseEventCard } from "./adverse-event-card.tsx";
import { AdverseEventOutcome } from "./adverse-event-outcome.tsx";
import { RecordAdverseEventForm } from "./record-adverse-event-form.tsx";
import "./adverse-events.css";

/**
 * The client's adverse events on their page, and recording one or the recovery from one.
 * An event pauses the client's courses on the server and a recovery frees them to resume;
 * `onChanged` lets the page show both.
 */
export function ClientAdverseEventsPanel(props: {
  clientId: string;
  /** The appointment of the session the page was opened from: a new event may be linked to it. */
  appointmentId?: string | undefined;
  onChanged?: () => void;
}) {
  const { t } = useI18n();
  const { clientId } = props;
  const mayRecord = useCan("adverse-event.record");
  const [version, setVersion] = useState(0);
  const events = useLoad(`adverse-events:${clientId}:${version}`, () => adverseEventsApi.ofClient(clientId));
  // Opened from a session (the runner links here with its appointment), the form is ready.
  const [recording, setRecording] = useState(() => mayRecord && props.appointmentId !== undefined);
  const section = useRef<HTMLElement>(null);
  const loaded = events.data !== undefined;
  // Followed from a link to `#adverse-events`: in-app navigation scrolls to the top, so the
  // panel brings itself into view once the events are there.
  useEffect(() => {
    if (loaded && window.location.hash === "#adverse-events") section.current?.scrollIntoView();
  }, [loaded]);
  const [outcome, setOutcome] = useState<RecordedAdverseEvent | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const recorded = (event: RecordedAdverseEvent) => {
    setRecording(false);
    setOutcome(event);
    setVersion((n) => n + 1);
    props.onChanged?.();
  };

  const recovered = ({ pausedCourses, note: _note, ...event }: RecoveredAdverseEvent) => {
    setOutcome(null);
    setNotice(
      pausedCourses.length > 0
        ? t("adverseEvent.recovery.donePaused", {
            names: pausedCourses.map((course) => course.name).join(", "),
          })
        : t("adverseEvent.recovery.done"),
    );
    events.setData((current) =>
      current ? { items: current.items.map((item) => (item.id === event.id ? event : item)) } : current,
    );
    props.onChanged?.();
  };

  return (
    <section
      ref={section}
      id="adverse-events"
      className="panel adverse-events"
      aria-labelledby="adverse-events-heading"
    >
      <div className="panel-heading">
        <h2 id="adverse-events-heading">{t("adverseEvent.title")}</h2>
        {mayRecord && !recording && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setNotice(null);
              setOutcome(null);
              setRecording(true);
            }}
          >
            {t("adverseEvent.record")}
          </button>
        )}
      </div>
      {!mayRecord && <p className="muted">{t("adverseEvent.mayNotRecord")}</p>}
      <FormAlert error={null} success={notice} />
      {recording && (
        <RecordAdverseEventForm
          clientId={clientId}
          appointmentId={props.appointmentId}
          onRecorded={recorded}
          onCancel={() => setRecording(false)}
        />
      )}
      {outcome && <AdverseEventOutcome recorded={outcome} />}
      <LoadState data={events.data} error={events.error} loading={events.loading}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="empty">{t("adverseEvent.none")}</p>
          ) : (
            <>
              {items.some((event) => !event.recovered) && (
                <p className="notice notice--error">{t("adverseEvent.blocked")}</p>
              )}
              <ul className="adverse-event-list" aria-label={t("adverseEvent.list")}>
                {items.map((event) => (
                  <li key={event.id}>
                    <AdverseEventCard
                      event={event}
                      mayRecord={mayRecord}
                      onRecovered={recovered}
                      onAlreadyRecovered={() => {
                        setNotice(t("adverseEvent.problem.alreadyRecovered"));
                        setVersion((n) => n + 1);
                      }}
                    />
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </LoadState>
    </section>
  );
}
