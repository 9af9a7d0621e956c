import { useI18n } from "../../i18n/i18n.tsx";
import type { BookingKind } from "./booking-wizard-state.ts";

// After the procedure: one session at a free time, or a whole course planned under the
// procedure's spacing rules.

const KINDS: readonly BookingKind[] = ["single", "course"];

export function BookingKindChoice(props: { chosen: BookingKind; onChoose: (kind: BookingKind) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="choice-list booking-kind">
      <legend>{t("course.kind.legend")}</legend>
      {KINDS.map((kind) => (
        <label key={kind} className="choice">
          <input
            type="radio"
            name="wizard-kind"
            checked={props.chosen === kind}
            onChange={() => props.onChoose(kind)}
          />
          <span className="choice__main">{t(`course.kind.${kind}`)}</span>
          <span className="choice__sub">{t(`course.kind.${kind}.hint`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
