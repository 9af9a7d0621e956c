import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { canEnter, WIZARD_STEPS, type WizardState, type WizardStep } from "./booking-wizard-state.ts";

// The wizard's footer: back (or out to the calendar), next while there is a next step,
// and on the last step the booking itself, of one appointment or of a whole course.

export function WizardActions(props: {
  state: WizardState;
  calendarAddress: string;
  pending: boolean;
  onGo: (step: WizardStep) => void;
  onBook: () => void;
}) {
  const { t } = useI18n();
  const { state } = props;
  const index = WIZARD_STEPS.indexOf(state.step);
  const previous = WIZARD_STEPS[index - 1];
  const next = WIZARD_STEPS[index + 1];
  const course = state.kind === "course";
  return (
    <div className="form-actions wizard-actions">
      {previous ? (
        <button type="button" className="button" onClick={() => props.onGo(previous)}>
          {t("wizard.back")}
        </button>
      ) : (
        <Link className="button button--quiet" to={props.calendarAddress}>
          {t("wizard.toCalendar")}
        </Link>
      )}
      {next ? (
        <button
          type="button"
          className="button button--primary"
          disabled={!canEnter(state, next)}
          onClick={() => props.onGo(next)}
        >
          {t("wizard.next")}
        </button>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={props.pending || !canEnter(state, "confirm")}
          onClick={props.onBook}
        >
          {props.pending ? t("wizard.booking") : course ? t("course.wizard.book") : t("wizard.book")}
        </button>
      )}
    </div>
  );
}
