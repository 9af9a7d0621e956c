import type { ReactNode } from "react";
import { StepHeadingOf, StepList } from "../../components/steps.tsx";
import { useI18n } from "../../i18n/i18n.tsx";

export const BOOKING_STEPS = ["offering", "time", "health", "contact", "confirm"] as const;
export type BookingStep = (typeof BOOKING_STEPS)[number];

/** Where the visitor is in the booking: five numbered steps, the current one marked for screen readers. */
export function BookingProgress({ current }: { current: BookingStep }) {
  const { t } = useI18n();
  return (
    <StepList
      steps={BOOKING_STEPS}
      current={current}
      label={t("book.steps")}
      name={(step) => t(`book.step.${step}`)}
      className="booking-steps"
      nameClassName="booking-steps__name"
    />
  );
}

/** A step's heading, "Step 2 of 5 — Day and time", focused when the visitor moves to the step. */
export function BookingStepHeading(props: { step: BookingStep; focus: boolean; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <StepHeadingOf
      id={`booking-step-${props.step}`}
      count={t("book.stepOf", { n: BOOKING_STEPS.indexOf(props.step) + 1, total: BOOKING_STEPS.length })}
      name={t(`book.step.${props.step}`)}
      focus={props.focus}
    >
      {props.children}
    </StepHeadingOf>
  );
}
