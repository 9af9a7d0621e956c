import type { ReactNode } from "react";
import { StepHeadingOf, StepList } from "../../components/steps.tsx";
import { useI18n } from "../../i18n/i18n.tsx";

export const STEPS = ["concerns", "health", "results"] as const;
export type Step = (typeof STEPS)[number];

/** Where the visitor is: three numbered steps, the current one marked for screen readers too. */
export function AdvisorSteps({ current }: { current: Step }) {
  const { t } = useI18n();
  return (
    <StepList
      steps={STEPS}
      current={current}
      label={t("advisor.steps")}
      name={(step) => t(`advisor.step.${step}`)}
    />
  );
}

/** A step's heading, "Step 2 of 3 — Your health", focused when the visitor moves to the step. */
export function StepHeading({ step, focus, children }: { step: Step; focus: boolean; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <StepHeadingOf
      id={`step-${step}`}
      count={t("advisor.stepOf", { n: STEPS.indexOf(step) + 1, total: STEPS.length })}
      name={t(`advisor.step.${step}`)}
      focus={focus}
    >
      {children}
    </StepHeadingOf>
  );
}
