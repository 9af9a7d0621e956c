import type { ReactNode } from "react";

/** One labelled row of a fact sheet (a <dl>): the label, then the value with its evidence. */
export function FactRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact-sheet__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
