import type { Contraindication, ProcedureDetail } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { groupContraindications } from "./contraindication-groups.ts";
import { useEvidence } from "./evidence/evidence-context.ts";
import { EvidenceMarks } from "./evidence/evidence-marks.tsx";

function ContraindicationItem({ item }: { item: Contraindication }) {
  const { t, language } = useI18n();
  const format = useFormat();
  const { conditionName } = useEvidence();
  const { rescreen } = item;
  return (
    <li className="condition-item">
      <span className="condition-item__name">{conditionName(item.condition)}</span>
      {item.qualifier && <span className="muted"> — {item.qualifier[language]}</span>}{" "}
      {item.specialistReview && (
        <span className="badge badge--pending">{t("procedure.specialistDecides")}</span>
      )}{" "}
      <EvidenceMarks evidence={item} />
      {rescreen && (
        <span className="condition-item__rescreen">
          {rescreen.afterDays !== undefined &&
            t("procedure.rescreenAfter", {
              duration: format.quantity({ min: rescreen.afterDays, max: rescreen.afterDays, unit: "days" }),
            })}
          {rescreen.until && t("procedure.rescreenUntil", { until: rescreen.until[language] })}{" "}
          <EvidenceMarks evidence={rescreen} />
        </span>
      )}
    </li>
  );
}

/** Contraindications, grouped: whole body or the treated site only, permanent or temporary. */
export function ContraindicationsSection({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useI18n();
  const groups = groupContraindications(procedure.contraindications);
  return (
    <section className="panel" aria-labelledby="contraindications">
      <h2 id="contraindications">{t("procedure.contraindications")}</h2>
      {groups.length === 0 && <p className="muted">{t("procedure.noneStated")}</p>}
      {groups.map((group) => (
        <div key={group.key} className="condition-group">
          <h3>{t(`procedure.contraindications.${group.key}`)}</h3>
          <ul className="condition-list">
            {group.items.map((item, index) => (
              // The same condition can be listed twice, from two articles with different qualifiers.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <ContraindicationItem key={`${item.condition}-${index}`} item={item} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
