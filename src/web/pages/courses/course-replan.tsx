import { useEffect, useRef, useState } from "react";
import { coursesApi } from "../../api/courses-api.ts";
import type { Course, CourseAppointment, PlannedCourseSession } from "../../api/courses-types.ts";
import { LoadState } from "../../components/load-state.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useCalendarFormat } from "../calendar/calendar-format.ts";
import { localMoment } from "../calendar/calendar-time.ts";
import { courseProblemMessage, planProblemMessage } from "./course-problem.ts";

// Planning the rest of a course again: the sessions still to come as booked now beside
// the times they would move to, and one button that moves them all at once.

interface Line {
  number: number;
  date: string;
  start: string;
  end: string;
  practitioner: string;
}

const fromAppointment = (a: CourseAppointment, date: string): Line => ({
  number: a.course?.session ?? 0,
  date,
  start: a.start,
  end: a.end,
  practitioner: a.practitioner.name,
});

const fromPlan = (s: PlannedCourseSession): Line => ({
  number: s.number,
  date: s.date,
  start: s.start,
  end: s.end,
  practitioner: s.practitioner.name,
});

function Column(props: { title: string; lines: Line[]; timeZone: string; empty: string }) {
  const format = useCalendarFormat(props.timeZone);
  const { t } = useI18n();
  return (
    <section className="course-replan__column" aria-label={props.title}>
      <h4>{props.title}</h4>
      {props.lines.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ol className="course-replan__lines">
          {props.lines.map((line) => (
            <li key={`${line.number}-${line.start}`}>
              <span className="course-session__number">
                <span className="visually-hidden">{t("course.session.label")} </span>
                {line.number}
              </span>
              <span>
                {format.day(line.date)}, {format.timeRange(line.start, line.end)}
                <span className="muted"> · {line.practitioner}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function CourseReplan(props: {
  course: Course;
  onApplied: (course: Course) => void;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [version, setVersion] = useState(0);
  const preview = useLoad(`replan:${props.course.id}:${version}`, () =>
    coursesApi.replanPreview(props.course.id),
  );
  const submission = useSubmission();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const apply = async () => {
    const applied = await submission.run(() => coursesApi.replan(props.course.id));
    if (applied) props.onApplied(applied);
    // A time taken meanwhile: show what planning proposes now.
    else setVersion((n) => n + 1);
  };

  return (
    <section className="course-replan" aria-labelledby={`replan-${props.course.id}`}>
      <h4 id={`replan-${props.course.id}`} ref={heading} tabIndex={-1}>
        {t("course.replan.title")}
      </h4>
      {submission.error ? (
        <p className="notice notice--error" role="alert">
          {courseProblemMessage(submission.error, i18n)}
        </p>
      ) : null}
      <LoadState data={preview.data} error={preview.error} loading={preview.loading}>
        {(data) => {
          const timeZone = data.timeZone;
          const before = data.before.map((a) => fromAppointment(a, localMoment(a.start, timeZone).date));
          const after = data.after.sessions.map(fromPlan);
          return (
            <>
              {!data.after.complete && data.after.problem && (
                <p className="notice notice--warning" role="alert">
                  {planProblemMessage(data.after.problem, i18n)}
                </p>
              )}
              <div className="course-replan__columns">
                <Column
                  title={t("course.replan.before")}
                  lines={before}
                  timeZone={timeZone}
                  empty={t("course.replan.nothingBooked")}
                />
                <Column
                  title={t("course.replan.after")}
                  lines={after}
                  timeZone={timeZone}
                  empty={t("course.replan.nothingFits")}
                />
              </div>
              <div className="form-actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={submission.pending || !data.after.complete}
                  onClick={apply}
                >
                  {submission.pending ? t("course.replan.applying") : t("course.replan.apply")}
                </button>
                <button type="button" className="button button--quiet" onClick={props.onClose}>
                  {t("course.replan.close")}
                </button>
              </div>
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
