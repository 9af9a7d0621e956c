import type { FormEvent } from "react";
import { coursesApi } from "../../api/courses-api.ts";
import type { Course } from "../../api/courses-types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { TextAreaField } from "../../components/form-field.tsx";
import { SubmitAndCancel } from "../../components/submit-and-cancel.tsx";
import { useRequiredText } from "../../components/use-required-text.ts";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { courseProblemMessage } from "./course-problem.ts";

// Pausing a course (after an adverse event, an illness…): the reason is required, it is
// what the next person to open the course reads. Its future sessions stop holding slots.

export function CoursePauseForm(props: {
  course: Course;
  onPaused: (course: Course) => void;
  onCancel: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const submission = useSubmission();
  const reason = useRequiredText(submission.formRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.filled();
    if (text === null) return;
    const paused = await submission.run(() => coursesApi.pause(props.course.id, text));
    if (paused) props.onPaused(paused);
  };

  return (
    <form ref={submission.formRef} className="course-pause" onSubmit={submit} noValidate>
      <FormAlert error={submission.error ? courseProblemMessage(submission.error, i18n) : null} />
      <TextAreaField
        label={t("course.pause.reason")}
        hint={t("course.pause.hint")}
        field="reason"
        rows={2}
        maxLength={500}
        required
        value={reason.value}
        error={reason.missing ? t("course.pause.reasonRequired") : submission.fieldError("reason")}
        onChange={(event) => reason.change(event.target.value)}
      />
      <SubmitAndCancel
        label={t("course.pause.submit")}
        tone="danger"
        pending={submission.pending}
        onCancel={props.onCancel}
      />
    </form>
  );
}
