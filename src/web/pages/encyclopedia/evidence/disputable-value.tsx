import type { ReactNode } from "react";
import type { Disputable, Disputed } from "../../../api/catalog-types.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { CiteRefs } from "./cite-refs.tsx";
import { ConflictMarkers } from "./conflict-markers.tsx";
import { EvidenceMarks } from "./evidence-marks.tsx";

function isDisputed<T>(value: Disputable<T>): value is Disputed<T> {
  return "claims" in value;
}

/**
 * A value with its evidence. Where the articles disagree, every claim is shown side by side
 * with its own citations under the conflict marker: the page never picks one silently.
 * Not for use inside a paragraph: a disputed value is a block.
 */
export function DisputableValue<T>(props: { value: Disputable<T>; render: (value: T) => ReactNode }) {
  const { t, language } = useI18n();
  const { value, render } = props;
  if (!isDisputed(value)) {
    return (
      <span className="fact">
        <span className="fact__value">{render(value.value)}</span> <EvidenceMarks evidence={value} />
      </span>
    );
  }
  return (
    <div className="dispute">
      <ConflictMarkers ids={value.conflicts} />
      <ul className="dispute__claims" aria-label={t("conflict.claims")}>
        {value.claims.map((claim, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: claims have no identity but their place
          <li key={index} className="claim">
            <span className="claim__value">{render(claim.value)}</span>
            {claim.note && <span className="claim__note">{claim.note[language]}</span>}
            <CiteRefs sources={claim.sources} />
          </li>
        ))}
      </ul>
    </div>
  );
}
