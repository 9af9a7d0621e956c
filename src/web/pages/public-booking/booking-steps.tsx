import { type ReactNode, useEffect, useRef } from "react";
import { useI18n } from "../../i18n/i18n.tsx";

export const BOOKING_STEPS = ["offering", "time", "health", "contact", "confirm"] as const;
export type BookingStep = (typeof BOOKING_STEPS)[number];

/** Where the visitor is in the booking: five numbered steps, the current one marked for screen readers. */
export function BookingProgress({ current }: { current: BookingStep }) {
  const { t } = useI18n();
  const currentIndex = BOOKING_STEPS.indexOf(current);
  return (
    <ol className="steps booking-steps" aria-label={t("book.steps")}>
      {BOOKING_STEPS.map((step, index) => (
        <li
          key={step}
          className={`steps__item${index < currentIndex ? " steps__item--done" : ""}`}
          aria-current={step === current ? "step" : undefined}
        >
          <span className="steps__number" aria-hidden="true">
            {index + 1}
          </span>
          <span className="booking-steps__name">{t(`book.step.${step}`)}</span>
        </li>
      ))}
    </ol>
  );
}

/**
 * A step's heading, "Step 2 of 5 — Day and time". It takes focus when the visitor moves to the
 * step, so keyboard and screen reader users carry on reading there.
 */
export function BookingStepHeading(props: { step: BookingStep; focus: boolean; children?: ReactNode }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!props.focus) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: "start" });
  }, [props.focus]);
  return (
    <div className="step-heading">
      <h2 ref={heading} tabIndex={-1} id={`booking-step-${props.step}`}>
        <span className="step-heading__count">
          {t("book.stepOf", { n: BOOKING_STEPS.indexOf(props.step) + 1, total: BOOKING_STEPS.length })}
        </span>{" "}
        {t(`book.step.${props.step}`)}
      </h2>
      {props.children}
    </div>
  );
}
