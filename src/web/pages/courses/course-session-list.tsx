import { type ReactNode, useEffect, useRef, useState } from "react";
import { Temporal } from "temporal-polyfill";
import type { PlannedCourseSession } from "../../api/courses-types.ts";
import { TextField } from "../../components/form-field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { useCalendarFormat } from "../calendar/calendar-format.ts";
import { clockMinutes, clockText, instantAt, localMoment } from "../calendar/calendar-time.ts";

// A course's sessions as a list that stays readable on a phone: number, day, time in the
// clinic's zone, practitioner and room. Where the list can be edited, each session can be
// moved by hand; what the server says about a session is shown right under it.

export interface SessionMove {
  number: number;
  date: string;
  start: string;
  end: string;
}

interface Row extends PlannedCourseSession {
  edited?: boolean;
}

export function CourseSessionList(props: {
  sessions: readonly Row[];
  timeZone: string;
  /** Room and device names by id. */
  resourceNames: ReadonlyMap<string, string>;
  /** What the server said about a session, by its number. */
  problems?: ReadonlyMap<number, string>;
  /** Given when sessions may be moved by hand. */
  onMove?: (move: SessionMove) => void;
  onUndo?: (number: number) => void;
  label: string;
}) {
  const format = useCalendarFormat(props.timeZone);
  return (
    <ol className="course-sessions" aria-label={props.label}>
      {props.sessions.map((session) => (
        <SessionRow
          key={session.number}
          session={session}
          when={`${format.day(session.date)}, ${format.timeRange(session.start, session.end)}`}
          rooms={session.resourceIds
            .map((id) => props.resourceNames.get(id))
            .filter(Boolean)
            .join(", ")}
          timeZone={props.timeZone}
          problem={props.problems?.get(session.number)}
          onMove={props.onMove}
          onUndo={props.onUndo}
        />
      ))}
    </ol>
  );
}

function SessionRow(props: {
  session: Row;
  when: string;
  rooms: string;
  timeZone: string;
  problem: string | undefined;
  onMove: ((move: SessionMove) => void) | undefined;
  onUndo: ((number: number) => void) | undefined;
}) {
  const { t } = useI18n();
  const { session } = props;
  const [editing, setEditing] = useState(false);
  const change = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Back from the editor, focus returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) change.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const problemId = `course-session-${session.number}-problem`;
  return (
    <li
      className={`course-session${props.problem ? " course-session--problem" : ""}`}
      aria-describedby={props.problem ? problemId : undefined}
    >
      <span className="course-session__number">
        <span className="visually-hidden">{t("course.session.label")} </span>
        {session.number}
      </span>
      <span className="course-session__when">
        {props.when}
        {session.edited && <span className="badge badge--pending">{t("course.session.moved")}</span>}
      </span>
      <span className="course-session__who">
        {session.practitioner.name}
        {props.rooms && <span className="muted"> · {props.rooms}</span>}
      </span>
      {props.onMove && !editing && (
        <span className="course-session__actions">
          <button
            ref={change}
            type="button"
            className="button button--small"
            onClick={() => setEditing(true)}
          >
            {t("course.session.change", { number: session.number })}
          </button>
          {session.edited && props.onUndo && (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => props.onUndo?.(session.number)}
            >
              {t("course.session.undo")}
            </button>
          )}
        </span>
      )}
      {props.problem && (
        <p className="course-session__problem field__error" id={problemId}>
          {props.problem}
        </p>
      )}
      {props.onMove && editing && (
        <MoveEditor
          session={session}
          timeZone={props.timeZone}
          onApply={(move) => {
            props.onMove?.(move);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </li>
  );
}

function MoveEditor(props: {
  session: Row;
  timeZone: string;
  onApply: (move: SessionMove) => void;
  onCancel: () => void;
}): ReactNode {
  const { t } = useI18n();
  const { session, timeZone } = props;
  const at = localMoment(session.start, timeZone);
  const [date, setDate] = useState(at.date);
  const [time, setTime] = useState(clockText(at.minutes));
  const first = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    first.current?.querySelector("input")?.focus();
  }, []);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time);
  const apply = () => {
    if (!valid) return;
    const start = instantAt(date, clockMinutes(time), timeZone);
    // Only shown: the server times the session itself.
    const end = Temporal.Instant.from(start)
      .add({ milliseconds: Date.parse(session.end) - Date.parse(session.start) })
      .toZonedDateTimeISO(timeZone)
      .toString({ timeZoneName: "never" });
    props.onApply({ number: session.number, date, start, end });
  };
  return (
    <fieldset ref={first} className="course-session__editor">
      <legend>{t("course.session.changeLegend", { number: session.number })}</legend>
      <TextField
        label={t("course.session.date")}
        type="date"
        required
        value={date}
        onChange={(event) => setDate(event.target.value)}
      />
      <TextField
        label={t("course.session.time", { zone: timeZone })}
        type="time"
        required
        step={300}
        value={time}
        onChange={(event) => setTime(event.target.value)}
      />
      <div className="course-session__editor-actions">
        <button
          type="button"
          className="button button--small button--primary"
          disabled={!valid}
          onClick={apply}
        >
          {t("course.session.apply")}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={props.onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </fieldset>
  );
}
