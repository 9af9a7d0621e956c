import { useState } from "react";
import type { Offering } from "../../api/booking-types.ts";
import type { ProcedureSummary } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { OfferingForm } from "./offering-form.tsx";
import { resourceTypeLabel } from "./resource-type-label.ts";

/** One offering in short, and its form in place when it is being changed. */
export function OfferingItem(props: {
  offering: Offering;
  clinicId: string;
  procedures: ProcedureSummary[];
  clinicTypes: string[];
  editable: boolean;
  onSaved: (offering: Offering) => void;
}) {
  const { t, language } = useI18n();
  const format = useFormat();
  const { offering } = props;
  const [editing, setEditing] = useState(false);
  const procedure = props.procedures.find((p) => p.id === offering.procedureId)?.names[language];
  const buffers = offering.bufferBeforeMinutes + offering.bufferAfterMinutes;

  return (
    <li className="setup-item">
      <div className="setup-item__head">
        <span className="setup-item__name">{offering.name}</span>
        <span className="setup-item__price">{format.money(offering.priceMinor, offering.currency)}</span>
        <span className={`badge ${offering.bookableOnline ? "badge--ok" : "badge--muted"}`}>
          {offering.bookableOnline ? t("setup.online") : t("setup.staffOnly")}
        </span>
        {!offering.active && <span className="badge badge--pending">{t("setup.inactive")}</span>}
      </div>
      <p className="setup-item__facts muted">
        {[
          // The procedure is named only where the offering's own name does not say it.
          procedure !== offering.name ? procedure : null,
          t("setup.minutesFacts", { n: offering.durationMinutes }),
          buffers > 0
            ? t("setup.buffersFacts", {
                before: offering.bufferBeforeMinutes,
                after: offering.bufferAfterMinutes,
              })
            : null,
          offering.resourceTypes.map((type) => resourceTypeLabel(type, t)).join(", "),
          offering.qualifications.map((q) => t(`qualification.${q}`)).join(", "),
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {props.editable &&
        (editing ? (
          <OfferingForm
            clinicId={props.clinicId}
            currency={offering.currency}
            procedures={props.procedures}
            clinicTypes={props.clinicTypes}
            offering={offering}
            onSaved={(saved) => {
              setEditing(false);
              props.onSaved(saved);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <div className="form-actions setup-item__actions">
            <button
              type="button"
              className="button button--small"
              aria-label={t("setup.editNamed", { name: offering.name })}
              onClick={() => setEditing(true)}
            >
              {t("setup.edit")}
            </button>
          </div>
        ))}
    </li>
  );
}
