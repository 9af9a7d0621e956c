import type { CSSProperties } from "react";
import type { Course, CourseSessionState } from "../../api/courses-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";

// How far along a course is: "3 of 10 sessions done", the counts of each kind, and a bar
// whose parts say the same (the bar only repeats the text, so it is hidden from readers).

const COUNTED: readonly CourseSessionState[] = ["done", "upcoming", "missed", "cancelled", "suspended"];
/** The parts of the bar, in the order a course runs through them. */
const BAR: readonly CourseSessionState[] = ["done", "missed", "upcoming", "suspended"];

export function CourseProgress({ course }: { course: Course }) {
  const { t } = useI18n();
  const { progress } = course;
  const total = Math.max(course.sessionsPlanned, 1);
  return (
    <div className="course-progress">
      <p className="course-progress__summary">
        {t("course.progress.summary", { done: progress.done, total: course.sessionsPlanned })}
      </p>
      <div className="course-progress__bar" aria-hidden="true">
        {BAR.filter((state) => progress[state] > 0).map((state) => (
          <span
            key={state}
            className={`course-progress__part course-progress__part--${state}`}
            style={{ "--share": `${(Math.min(progress[state], total) / total) * 100}%` } as CSSProperties}
          />
        ))}
      </div>
      <ul className="course-progress__counts">
        {COUNTED.filter(
          (state) => state === "done" || state === "upcoming" || state === "missed" || progress[state] > 0,
        ).map((state) => (
          <li key={state}>
            <span className={`course-progress__key course-progress__part--${state}`} aria-hidden="true" />
            {t(`course.state.${state}`)}: <strong>{progress[state]}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
