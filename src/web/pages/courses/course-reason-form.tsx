import type { FormEvent } from "react";
import type { Course } from "../../api/courses-types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { TextAreaField } from "../../components/form-field.tsx";
import { SubmitAndCancel } from "../../components/submit-and-cancel.tsx";
import { useRequiredText } from "../../components/use-required-text.ts";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { courseProblemMessage } from "./course-problem.ts";

// Pausing or cancelling a course: the reason is required, it is what the next person to
// open the course reads. Pausing suspends the sessions still to come; cancelling cancels
// them, and sessions already held stay as the record of what happened.

const TEXT = {
  pause: {
    reason: "course.pause.reason",
    hint: "course.pause.hint",
    required: "course.pause.reasonRequired",
    submit: "course.pause.submit",
    close: "common.cancel",
  },
  cancel: {
    reason: "course.cancel.reason",
    hint: "course.cancel.hint",
    required: "course.cancel.reasonRequired",
    submit: "course.cancel.submit",
    close: "course.cancel.keep",
  },
} as const;

export function CourseReasonForm(props: {
  action: keyof typeof TEXT;
  send: (reason: string) => Promise<Course>;
  onDone: (course: Course) => void;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const text = TEXT[props.action];
  const submission = useSubmission();
  const reason = useRequiredText(submission.formRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const given = reason.filled();
    if (given === null) return;
    const changed = await submission.run(() => props.send(given));
    if (changed) props.onDone(changed);
  };

  return (
    <form ref={submission.formRef} className="course-pause" onSubmit={submit} noValidate>
      <FormAlert error={submission.error ? courseProblemMessage(submission.error, i18n) : null} />
      <TextAreaField
        label={t(text.reason)}
        hint={t(text.hint)}
        field="reason"
        rows={2}
        maxLength={500}
        required
        value={reason.value}
        error={reason.missing ? t(text.required) : submission.fieldError("reason")}
        onChange={(event) => reason.change(event.target.value)}
      />
      <SubmitAndCancel
        label={t(text.submit)}
        cancelLabel={t(text.close)}
        tone="danger"
        pending={submission.pending}
        onCancel={props.onClose}
      />
    </form>
  );
}
