import { useEffect, useId, useRef, useState } from "react";
import { coursesApi } from "../../api/courses-api.ts";
import type { Course, CourseSession, CourseSessionState } from "../../api/courses-types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useCan } from "../../session/use-session.ts";
import { useCalendarFormat } from "../calendar/calendar-format.ts";
import { localMoment } from "../calendar/calendar-time.ts";
import { useDateTimeFormat } from "../clients/adverse-events/adverse-event-time.ts";
import { courseProblemMessage } from "./course-problem.ts";
import { CourseProgress } from "./course-progress.tsx";
import { CourseReasonForm } from "./course-reason-form.tsx";
import { CourseReplan } from "./course-replan.tsx";
import { citationRef, refList } from "./course-sources.ts";

// One course on the client's page: how far along it is, every session with its state,
// what the client should avoid while it runs, and re-planning, pausing, resuming and cancelling it.

const STATE_BADGE: Record<CourseSessionState, string> = {
  done: "badge badge--ok",
  upcoming: "badge",
  missed: "badge badge--pending",
  cancelled: "badge badge--muted",
  suspended: "badge badge--muted",
};

type Opener = "replan" | "pause" | "cancel";
type Panel = "none" | Opener;

function SessionLine({ session }: { session: CourseSession }) {
  const { t } = useI18n();
  const { appointment } = session;
  const format = useCalendarFormat(appointment.timeZone);
  const day = localMoment(appointment.start, appointment.timeZone).date;
  return (
    <li className={`course-session course-session--${session.state}`}>
      <span className="course-session__number">
        <span className="visually-hidden">{t("course.session.label")} </span>
        {session.number}
      </span>
      <span className="course-session__when">
        {format.day(day)}, {format.timeRange(appointment.start, appointment.end)}
      </span>
      <span className="course-session__who">{appointment.practitioner.name}</span>
      <span className={`${STATE_BADGE[session.state]} course-session__state`}>
        {t(`course.state.${session.state}`)}
      </span>
    </li>
  );
}

/** Why an adverse event holds the course, in the reader's language, and what frees it. */
function PausedByAdverseEvent({ event }: { event: NonNullable<Course["pausedByAdverseEvent"]> }) {
  const { t } = useI18n();
  const dateTime = useDateTimeFormat();
  return (
    <p className="notice notice--warning">
      {t("course.pausedByAdverseEvent", {
        type: t(`adverseEvent.type.${event.type}`),
        severity: t(`adverseEvent.severity.${event.severity}`).toLowerCase(),
        onset: dateTime(event.onsetAt),
      })}{" "}
      {event.recovered ? t("course.pausedByAdverseEventRecovered") : t("course.pausedByAdverseEventOpen")}
    </p>
  );
}

export function CourseCard(props: { course: Course; onChanged: (course: Course) => void }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const mayChange = useCan("booking.write");
  const headingId = useId();
  const { course } = props;
  const [panel, setPanel] = useState<Panel>("none");
  const [notice, setNotice] = useState<string | null>(null);
  const resume = useSubmission();
  // Where focus goes once a panel closes: the button that opened it, or the heading after a change.
  const heading = useRef<HTMLHeadingElement>(null);
  const openers = {
    replan: useRef<HTMLButtonElement>(null),
    pause: useRef<HTMLButtonElement>(null),
    cancel: useRef<HTMLButtonElement>(null),
  };
  const focusNext = useRef<Opener | "heading" | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after the panel or the course changed
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "heading") heading.current?.focus();
    else if (target) openers[target].current?.focus();
  }, [panel, course]);

  const open = (next: Opener) => {
    setNotice(null);
    setPanel(next);
  };
  const close = (from: Opener) => {
    focusNext.current = from;
    setPanel("none");
  };
  const changed = (next: Course, message: string) => {
    focusNext.current = "heading";
    setPanel("none");
    setNotice(message);
    props.onChanged(next);
  };

  return (
    <article className="course-card" aria-labelledby={headingId}>
      <header className="course-card__header">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {course.name}
        </h3>
        <span className={`badge course-status course-status--${course.status}`}>
          {t(`course.status.${course.status}`)}
        </span>
      </header>
      {course.status === "paused" && course.pausedByAdverseEvent && (
        <PausedByAdverseEvent event={course.pausedByAdverseEvent} />
      )}
      {course.status === "paused" && course.pausedReason && (
        <p className="notice notice--warning">{t("course.pausedBecause", { reason: course.pausedReason })}</p>
      )}
      <FormAlert error={resume.error ? courseProblemMessage(resume.error, i18n) : null} success={notice} />
      <CourseProgress course={course} />

      <h4>{t("course.sessions")}</h4>
      <ol className="course-sessions" aria-label={t("course.sessionsOf", { name: course.name })}>
        {course.sessions.map((session) => (
          <SessionLine key={session.appointment.id} session={session} />
        ))}
      </ol>

      {course.restrictions.length > 0 && (
        <>
          <h4>{t("course.restrictions")}</h4>
          <ul className="course-restrictions">
            {course.restrictions.map((restriction) => (
              <li key={restriction.text.en}>
                {restriction.text[language]}{" "}
                <span className="course-source">({refList(restriction.sources.map(citationRef))})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {mayChange && (course.status === "active" || course.status === "paused") && (
        <div className="course-card__actions">
          {course.status === "active" && panel === "none" && (
            <>
              <button ref={openers.replan} type="button" className="button" onClick={() => open("replan")}>
                {t("course.replan.open")}
              </button>
              <button ref={openers.pause} type="button" className="button" onClick={() => open("pause")}>
                {t("course.pause.open")}
              </button>
            </>
          )}
          {/* Held by an unrecovered adverse event, the notice above says what frees it instead. */}
          {course.status === "paused" &&
            !(course.pausedByAdverseEvent && !course.pausedByAdverseEvent.recovered) && (
              <button
                type="button"
                className="button button--primary"
                disabled={resume.pending}
                onClick={async () => {
                  setNotice(null);
                  const resumed = await resume.run(() => coursesApi.resume(course.id));
                  if (resumed) changed(resumed, t("course.resumed"));
                }}
              >
                {t("course.resume")}
              </button>
            )}
          {panel === "none" && (
            <button ref={openers.cancel} type="button" className="button" onClick={() => open("cancel")}>
              {t("course.cancel.open")}
            </button>
          )}
        </div>
      )}
      {panel === "replan" && (
        <CourseReplan
          course={course}
          onApplied={(next) => changed(next, t("course.replan.applied"))}
          onClose={() => close("replan")}
        />
      )}
      {panel === "pause" && (
        <CourseReasonForm
          action="pause"
          send={(reason) => coursesApi.pause(course.id, reason)}
          onDone={(next) => changed(next, t("course.paused"))}
          onClose={() => close("pause")}
        />
      )}
      {panel === "cancel" && (
        <CourseReasonForm
          action="cancel"
          send={(reason) => coursesApi.cancel(course.id, reason)}
          onDone={(next) => changed(next, t("course.cancelled"))}
          onClose={() => close("cancel")}
        />
      )}
    </article>
  );
}
