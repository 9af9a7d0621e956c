import { useEffect, useRef } from "react";
import {
  ALTERNATIVE_KINDS,
  type AlternativeKind,
  type CoursePlan,
  type CourseProposal,
  type PlannedCourseSession,
} from "../../api/courses-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { useCalendarFormat } from "../calendar/calendar-format.ts";
import { planProblemMessage } from "./course-problem.ts";

// What the planner proposes: when the whole course fits, how long it runs; when it does
// not, which session breaks which rule, and the whole courses that fit when one wish
// gives way, each a button that takes it instead.

/** "10 sessions · Mon 23 Nov – Mon 14 Dec". */
export function useCourseSpan(timeZone: string) {
  const { t } = useI18n();
  const { quantity } = useFormat();
  const format = useCalendarFormat(timeZone);
  return (sessions: readonly PlannedCourseSession[]) => {
    const first = sessions[0];
    const last = sessions.at(-1);
    if (!first || !last) return "";
    return t("course.proposal.span", {
      sessions: quantity({ min: sessions.length, max: sessions.length, unit: "sessions" }),
      first: format.day(first.date),
      last: format.day(last.date),
    });
  };
}

function alternativeLabel(
  kind: AlternativeKind,
  proposal: CourseProposal,
  t: ReturnType<typeof useI18n>["t"],
  day: (date: string) => string,
): string {
  const first = proposal.sessions[0];
  if (kind === "laterStart")
    return t("course.alternative.laterStart", { date: first ? day(first.date) : "" });
  if (kind === "otherPractitioner")
    return t("course.alternative.otherPractitioner", { name: first?.practitioner.name ?? "" });
  return t("course.alternative.otherTimes");
}

export function ProposalOutcome(props: {
  plan: CoursePlan;
  shown: "plan" | AlternativeKind;
  onAlternative: (kind: AlternativeKind) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const format = useCalendarFormat(props.plan.timeZone);
  const span = useCourseSpan(props.plan.timeZone);
  const { plan } = props;
  // The button pressed goes away with the problem: focus moves to what replaced it.
  const takenNotice = useRef<HTMLParagraphElement>(null);
  const pressed = useRef(false);
  useEffect(() => {
    if (pressed.current && props.shown !== "plan") takenNotice.current?.focus();
    pressed.current = false;
  }, [props.shown]);
  const take = (kind: AlternativeKind) => {
    pressed.current = true;
    props.onAlternative(kind);
  };

  if (props.shown !== "plan") {
    const taken = plan.alternatives[props.shown];
    return (
      <p ref={takenNotice} tabIndex={-1} className="notice notice--success" role="status">
        {t(`course.alternative.taken.${props.shown}`)} {taken && span(taken.sessions)}
      </p>
    );
  }
  if (plan.complete || !plan.problem) {
    return (
      <p className="notice notice--success" role="status">
        {t("course.proposal.fits", { span: span(plan.sessions) })}
      </p>
    );
  }
  const kinds = ALTERNATIVE_KINDS.filter((kind) => plan.alternatives[kind]);
  return (
    <div className="notice notice--warning course-problem" role="alert">
      <p className="course-problem__title">{t("course.proposal.doesNotFit")}</p>
      <p>{planProblemMessage(plan.problem, i18n)}</p>
      <p className="muted">
        {t("course.proposal.partial", { placed: plan.sessions.length, total: plan.rules.sessions })}
      </p>
      {kinds.length > 0 ? (
        <>
          <p>{t("course.alternative.lead")}</p>
          <ul className="course-problem__alternatives">
            {kinds.map((kind) => {
              const alternative = plan.alternatives[kind] as CourseProposal;
              return (
                <li key={kind}>
                  <button type="button" className="button button--small" onClick={() => take(kind)}>
                    {alternativeLabel(kind, alternative, t, format.day)}
                  </button>{" "}
                  <span className="muted">{span(alternative.sessions)}</span>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{t("course.alternative.none")}</p>
      )}
    </div>
  );
}
