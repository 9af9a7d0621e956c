import { type ReactNode, useEffect, useRef } from "react";

/**
 * The page's h1. It takes focus when the page opens so a screen reader announces the
 * new page after an in-app navigation, as it would after a full page load.
 */
export function PageHeading({ title, actions }: { title: string; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="page-heading">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {actions && <div className="page-heading__actions">{actions}</div>}
    </div>
  );
}
