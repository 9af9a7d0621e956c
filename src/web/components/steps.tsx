import { type ReactNode, useEffect, useRef } from "react";

// A visitor's way through a flow of numbered steps (the advisor, online booking): the list
// of steps with the current one marked for screen readers too, and each step's heading,
// "Step 2 of 5 — Day and time", which takes focus when the visitor moves to the step so
// keyboard and screen reader users carry on reading there.

export function StepList<S extends string>(props: {
  steps: readonly S[];
  current: S;
  label: string;
  name: (step: S) => string;
  className?: string;
  /** Wraps each name, e.g. so that a narrow screen can hide names and keep numbers. */
  nameClassName?: string;
}) {
  const currentIndex = props.steps.indexOf(props.current);
  return (
    <ol className={`steps${props.className ? ` ${props.className}` : ""}`} aria-label={props.label}>
      {props.steps.map((step, index) => (
        <li
          key={step}
          className={`steps__item${index < currentIndex ? " steps__item--done" : ""}`}
          aria-current={step === props.current ? "step" : undefined}
        >
          <span className="steps__number" aria-hidden="true">
            {index + 1}
          </span>
          {props.nameClassName ? (
            <span className={props.nameClassName}>{props.name(step)}</span>
          ) : (
            props.name(step)
          )}
        </li>
      ))}
    </ol>
  );
}

export function StepHeadingOf(props: {
  id: string;
  /** "Step 2 of 5". */
  count: string;
  name: string;
  focus: boolean;
  children?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!props.focus) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: "start" });
  }, [props.focus]);
  return (
    <div className="step-heading">
      <h2 ref={heading} tabIndex={-1} id={props.id}>
        <span className="step-heading__count">{props.count}</span> {props.name}
      </h2>
      {props.children}
    </div>
  );
}
