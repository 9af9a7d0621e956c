import type { Offering } from "../../api/booking-types.ts";
import type { Clinic } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { courseProblemMessage, sessionRefusal } from "../courses/course-problem.ts";
import { ProposalOutcome, useCourseSpan } from "../courses/course-proposal.tsx";
import { CourseSessionList } from "../courses/course-session-list.tsx";
import { isScreeningRefusal, problemCode } from "./booking-problem.ts";
import type { CourseAction, CourseDraft } from "./booking-wizard-course.ts";

// Step 4 of a course: what is about to be booked, every session (each can be moved by
// hand, and the server checks it again), and what the server said when it refused: the
// session and the rule it breaks next to that session, or a new plan when a slot was taken.

export interface CourseAttempt {
  pending: boolean;
  error: unknown;
  /** A slot was taken meanwhile and the course was planned again. */
  replanned: boolean;
}

export const IDLE_COURSE_ATTEMPT: CourseAttempt = { pending: false, error: null, replanned: false };

export function CourseConfirm(props: {
  clinic: Clinic;
  client: { id: string; name: string };
  offering: Offering;
  course: CourseDraft;
  attempt: CourseAttempt;
  dispatch: (action: CourseAction) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { money } = useFormat();
  const { course, offering, attempt } = props;
  const plan = course.plan;
  const timeZone = plan?.timeZone ?? props.clinic.timeZone;
  const span = useCourseSpan(timeZone);
  const resourceNames = new Map(props.clinic.resources.map((resource) => [resource.id, resource.name]));
  const refusal = attempt.replanned ? null : sessionRefusal(attempt.error, i18n);
  const problems = new Map(refusal ? [[refusal.number, refusal.message]] : []);
  const count = course.sessions.length;

  return (
    <div className="wizard-step">
      <dl className="appointment-facts">
        <dt>{t("calendar.details.client")}</dt>
        <dd>{props.client.name}</dd>
        <dt>{t("calendar.details.offering")}</dt>
        <dd>
          {offering.name}{" "}
          <span className="muted">
            ({t("wizard.offering.minutes", { minutes: offering.durationMinutes })})
          </span>
        </dd>
        <dt>{t("course.confirm.course")}</dt>
        <dd>
          {span(course.sessions)} <span className="muted">({timeZone})</span>
        </dd>
        <dt>{t("calendar.details.price")}</dt>
        <dd className="wizard-price">
          {t("course.confirm.price", {
            count,
            each: money(offering.priceMinor, offering.currency),
            total: money(offering.priceMinor * count, offering.currency),
          })}
        </dd>
      </dl>
      {attempt.error ? (
        <CourseRefusal error={attempt.error} replanned={attempt.replanned} clientId={props.client.id} />
      ) : null}
      {attempt.replanned && plan && (
        <ProposalOutcome
          plan={plan}
          shown={course.shown}
          onAlternative={(kind) => props.dispatch({ type: "take-alternative", kind })}
        />
      )}
      <p className="field__hint">{t("course.confirm.moveHint")}</p>
      <CourseSessionList
        label={t("course.proposal.sessions")}
        sessions={course.sessions}
        timeZone={timeZone}
        resourceNames={resourceNames}
        problems={problems}
        onMove={(move) => props.dispatch({ type: "edit-session", ...move })}
        onUndo={(number) => props.dispatch({ type: "undo-edit", number })}
      />
    </div>
  );
}

function CourseRefusal(props: { error: unknown; replanned: boolean; clientId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const message = courseProblemMessage(props.error, i18n);
  if (problemCode(props.error) === "course-slot-taken") {
    return (
      <div className="notice notice--warning wizard-refusal" role="alert">
        <p className="wizard-refusal__title">{message}</p>
        <p>{props.replanned ? t("course.refused.replanned") : t("course.refused.replanning")}</p>
      </div>
    );
  }
  if (isScreeningRefusal(props.error)) {
    return (
      <div className="notice notice--error wizard-refusal" role="alert">
        <p className="wizard-refusal__title">{message}</p>
        <p>{t("wizard.screening.explain")}</p>
        <a href={`/clients/${encodeURIComponent(props.clientId)}`} target="_blank" rel="noopener">
          {t("wizard.screening.open")}
        </a>
      </div>
    );
  }
  return (
    <p className="notice notice--error" role="alert">
      {message}
    </p>
  );
}
