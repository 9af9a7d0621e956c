import type { CSSProperties } from "react";
import type { Offering } from "../../api/booking-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { procedureColour } from "./procedure-palette.ts";

// Step 2: which of the clinic's active offerings, with its length and price.

export function OfferingStep(props: {
  offerings: readonly Offering[];
  chosen: Offering | null;
  onChoose: (offering: Offering) => void;
}) {
  const { t } = useI18n();
  const { money } = useFormat();
  const active = props.offerings.filter((offering) => offering.active);
  return (
    <div className="wizard-step">
      <fieldset className="choice-list">
        <legend>{t("wizard.offering.choose")}</legend>
        {active.length === 0 && <p className="empty">{t("wizard.offering.none")}</p>}
        {active.map((offering) => {
          const colour = procedureColour(offering.procedureId);
          return (
            <label
              key={offering.id}
              className="choice choice--offering"
              style={{ "--procedure": colour.strong } as CSSProperties}
            >
              <input
                type="radio"
                name="wizard-offering"
                checked={props.chosen?.id === offering.id}
                onChange={() => props.onChoose(offering)}
              />
              <span className="choice__main">{offering.name}</span>
              <span className="choice__sub">
                {t("wizard.offering.minutes", { minutes: offering.durationMinutes })} ·{" "}
                {money(offering.priceMinor, offering.currency)}
              </span>
            </label>
          );
        })}
      </fieldset>
    </div>
  );
}
