import { type FormEvent, useEffect, useState } from "react";
import { coursesApi } from "../../api/courses-api.ts";
import type { Course } from "../../api/courses-types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { TextAreaField } from "../../components/form-field.tsx";
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
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const submission = useSubmission();
  const form = submission.formRef;

  // The form opens on a press of "Pause": the reason is what to type next.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the form opens
  useEffect(() => {
    form.current?.querySelector("textarea")?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      form.current?.querySelector("textarea")?.focus();
      return;
    }
    const paused = await submission.run(() => coursesApi.pause(props.course.id, reason.trim()));
    if (paused) props.onPaused(paused);
  };

  const fieldError =
    missing && !reason.trim() ? t("course.pause.reasonRequired") : submission.fieldError("reason");
  return (
    <form ref={form} className="course-pause" onSubmit={submit} noValidate>
      <FormAlert error={submission.error ? courseProblemMessage(submission.error, i18n) : null} />
      <TextAreaField
        label={t("course.pause.reason")}
        hint={t("course.pause.hint")}
        field="reason"
        rows={2}
        maxLength={500}
        required
        value={reason}
        error={fieldError}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button--danger" disabled={submission.pending}>
          {t("course.pause.submit")}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
