import { useEffect, useRef } from "react";
import type { Offering, PractitionerHours } from "../../api/booking-types.ts";
import { coursesApi } from "../../api/courses-api.ts";
import type { Clinic } from "../../api/types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { ProposalOutcome } from "../courses/course-proposal.tsx";
import { CourseRulesView } from "../courses/course-rules.tsx";
import { CourseSessionList } from "../courses/course-session-list.tsx";
import { CourseWishesForm } from "../courses/course-wishes-form.tsx";
import { type CourseAction, type CourseDraft, planRequest } from "./booking-wizard-course.ts";
import "../courses/courses.css";

// Step 3 of a course: the wishes, then the planner's proposal — every session with its
// day, time and practitioner, the rules it keeps with their sources, and what to do
// when the course does not fit. Opening the step plans once with the rules' own values.

export function CourseStep(props: {
  clinic: Clinic;
  client: { id: string; name: string };
  offering: Offering;
  practitioners: readonly PractitionerHours[];
  course: CourseDraft;
  dispatch: (action: CourseAction) => void;
}) {
  const { t } = useI18n();
  const submission = useSubmission();
  const { course, dispatch } = props;
  const resourceNames = new Map(props.clinic.resources.map((resource) => [resource.id, resource.name]));

  const plan = async (draft: CourseDraft) => {
    const request = planRequest(props.client.id, props.offering.id, draft);
    const planned = await submission.run(() => coursesApi.plan(request));
    if (planned) dispatch({ type: "planned", plan: planned, request });
  };

  // The first proposal comes unasked: the rules' values fill the form from it.
  const planned = useRef(course.plan !== null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: plans once, on opening the step
  useEffect(() => {
    if (planned.current) return;
    planned.current = true;
    void plan(course);
  }, []);

  return (
    <div className="wizard-step course-step">
      <CourseWishesForm
        form={course.form}
        practitioners={props.practitioners}
        pending={submission.pending}
        fieldError={submission.fieldError}
        formRef={submission.formRef}
        onChange={(patch) => dispatch({ type: "form", patch })}
        onSubmit={() => plan(course)}
      />
      <p className="visually-hidden" role="status">
        {submission.pending ? t("course.form.planning") : ""}
      </p>
      <FormAlert error={submission.formError} />
      {course.stale && course.plan && !submission.pending && (
        <p className="notice notice--warning">{t("course.proposal.stale")}</p>
      )}
      {course.plan && (
        <section className="course-proposal" aria-labelledby="course-proposal-heading">
          <h3 id="course-proposal-heading">{t("course.proposal.title")}</h3>
          <p className="field__hint">{t("course.proposal.zone", { zone: course.plan.timeZone })}</p>
          <ProposalOutcome
            plan={course.plan}
            shown={course.shown}
            onAlternative={(kind) => dispatch({ type: "take-alternative", kind })}
          />
          {course.sessions.length > 0 && (
            <CourseSessionList
              label={t("course.proposal.sessions")}
              sessions={course.sessions}
              timeZone={course.plan.timeZone}
              resourceNames={resourceNames}
            />
          )}
          <CourseRulesView rules={course.plan.rules} />
        </section>
      )}
    </div>
  );
}
