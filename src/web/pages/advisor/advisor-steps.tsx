import { type ReactNode, useEffect, useRef } from "react";
import { useI18n } from "../../i18n/i18n.tsx";

export const STEPS = ["concerns", "health", "results"] as const;
export type Step = (typeof STEPS)[number];

/** Where the visitor is: three numbered steps, the current one marked for screen readers too. */
export function AdvisorSteps({ current }: { current: Step }) {
  const { t } = useI18n();
  const currentIndex = STEPS.indexOf(current);
  return (
    <ol className="steps" aria-label={t("advisor.steps")}>
      {STEPS.map((step, index) => (
        <li
          key={step}
          className={`steps__item${index < currentIndex ? " steps__item--done" : ""}`}
          aria-current={step === current ? "step" : undefined}
        >
          <span className="steps__number" aria-hidden="true">
            {index + 1}
          </span>
          {t(`advisor.step.${step}`)}
        </li>
      ))}
    </ol>
  );
}

/**
 * A step's heading, "Step 2 of 3 — Your health". It takes focus when the visitor moves to
 * the step, so keyboard and screen reader users start reading there.
 */
export function StepHeading({ step, focus, children }: { step: Step; focus: boolean; children?: ReactNode }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focus) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: "start" });
  }, [focus]);
  return (
    <div className="step-heading">
      <h2 ref={heading} tabIndex={-1} id={`step-${step}`}>
        <span className="step-heading__count">
          {t("advisor.stepOf", { n: STEPS.indexOf(step) + 1, total: STEPS.length })}
        </span>{" "}
        {t(`advisor.step.${step}`)}
      </h2>
      {children}
    </div>
  );
}
