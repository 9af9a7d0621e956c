import { useI18n } from "../i18n/i18n.tsx";

// The two buttons that end a form opened in place: submit (saying so while it saves) and
// cancel. "danger" marks a submit whose effect is hard to undo, such as pausing a course.

export function SubmitAndCancel(props: {
  label: string;
  pending: boolean;
  onCancel: () => void;
  /** "Cancel" unless the submit itself cancels something: then say what closing keeps. */
  cancelLabel?: string;
  tone?: "primary" | "danger";
}) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" className={`button button--${props.tone ?? "primary"}`} disabled={props.pending}>
        {props.pending ? t("common.saving") : props.label}
      </button>
      <button type="button" className="button button--quiet" onClick={props.onCancel}>
        {props.cancelLabel ?? t("common.cancel")}
      </button>
    </div>
  );
}
