import { type ReactNode, useId, useRef, useState } from "react";
import type { AdverseEvent, RecoveredAdverseEvent } from "../../../api/adverse-events-types.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { useDateTimeFormat } from "./adverse-event-time.ts";
import { RecoveryForm } from "./recovery-form.tsx";

// One adverse event: what, how bad, when, what was done and what follows. Until recovery is
// recorded it says plainly that cold procedures are blocked; afterwards, when and why not.

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="adverse-event__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function AdverseEventCard(props: {
  event: AdverseEvent;
  mayRecord: boolean;
  onRecovered: (recovered: RecoveredAdverseEvent) => void;
  onAlreadyRecovered: () => void;
}) {
  const { t } = useI18n();
  const dateTime = useDateTimeFormat();
  const headingId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [recovering, setRecovering] = useState(false);
  const { event } = props;
  const { recovery } = event;

  return (
    <article
      className={`adverse-event adverse-event--${recovery ? "recovered" : "open"}`}
      aria-labelledby={headingId}
    >
      <header className="adverse-event__header">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {t(`adverseEvent.type.${event.type}`)}
        </h3>
        <p className={`adverse-event__status adverse-event__status--${recovery ? "recovered" : "open"}`}>
          {recovery
            ? t("adverseEvent.status.recovered", { date: dateTime(recovery.at) })
            : t("adverseEvent.status.unrecovered")}
        </p>
      </header>
      <dl className="adverse-event__facts">
        <Fact label={t("adverseEvent.severity")}>{t(`adverseEvent.severity.${event.severity}`)}</Fact>
        <Fact label={t("adverseEvent.field.onset")}>{dateTime(event.onsetAt)}</Fact>
        {event.appointmentId && (
          <Fact label={t("adverseEvent.field.session")}>{t("adverseEvent.linkedSession")}</Fact>
        )}
        <Fact label={t("adverseEvent.field.description")}>{event.description}</Fact>
        {event.actions && <Fact label={t("adverseEvent.field.actions")}>{event.actions}</Fact>}
        {event.followUp && <Fact label={t("adverseEvent.field.followUp")}>{event.followUp}</Fact>}
        {event.recordedBy && <Fact label={t("adverseEvent.field.recordedBy")}>{event.recordedBy.name}</Fact>}
        {recovery && (
          <Fact label={t("adverseEvent.field.recovery")}>
            {recovery.note}
            {recovery.by && <span className="muted"> — {recovery.by.name}</span>}
          </Fact>
        )}
      </dl>
      {props.mayRecord &&
        !recovery &&
        (recovering ? (
          <RecoveryForm
            eventId={event.id}
            onRecovered={(recovered) => {
              props.onRecovered(recovered);
              // The form is gone with the focus in it: the event, now recovered, takes it.
              requestAnimationFrame(() => heading.current?.focus());
            }}
            onAlreadyRecovered={props.onAlreadyRecovered}
            onCancel={() => {
              setRecovering(false);
              // The button is back only after this render.
              requestAnimationFrame(() => opener.current?.focus());
            }}
          />
        ) : (
          <div className="adverse-event__actions">
            <button ref={opener} type="button" className="button" onClick={() => setRecovering(true)}>
              {t("adverseEvent.recovery.open")}
            </button>
          </div>
        ))}
    </article>
  );
}
