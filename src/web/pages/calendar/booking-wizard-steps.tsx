import { useI18n } from "../../i18n/i18n.tsx";
import { canEnter, WIZARD_STEPS, type WizardState, type WizardStep } from "./booking-wizard-state.ts";

// Where the wizard stands: the four steps, each with what was chosen in it; a step that
// can be opened is a button to go back to it.

export function WizardSteps(props: {
  state: WizardState;
  chosen: Record<WizardStep, string | null>;
  /** Steps named otherwise than usual (a course's plan in place of a time). */
  names?: Partial<Record<WizardStep, string>>;
  onGo: (step: WizardStep) => void;
}) {
  const { t } = useI18n();
  return (
    <ol className="wizard-steps" aria-label={t("wizard.steps")}>
      {WIZARD_STEPS.map((step, index) => {
        const current = props.state.step === step;
        const label = (
          <>
            <span className="wizard-steps__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="wizard-steps__text">
              <span className="wizard-steps__name">{props.names?.[step] ?? t(`wizard.step.${step}`)}</span>
              {props.chosen[step] && <span className="wizard-steps__chosen">{props.chosen[step]}</span>}
            </span>
          </>
        );
        return (
          <li
            key={step}
            className={`wizard-steps__item${current ? " wizard-steps__item--current" : ""}`}
            aria-current={current ? "step" : undefined}
          >
            {!current && canEnter(props.state, step) ? (
              <button type="button" className="wizard-steps__button" onClick={() => props.onGo(step)}>
                {label}
              </button>
            ) : (
              <span className="wizard-steps__button">{label}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
