import type { ProcedureDetail } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useEvidence } from "./evidence/evidence-context.ts";
import { EvidenceMarks } from "./evidence/evidence-marks.tsx";

/** What the procedure is for, with the areas where an indication is limited to some. */
export function IndicationsSection({ procedure }: { procedure: ProcedureDetail }) {
  const { t, language } = useI18n();
  const { conditionName } = useEvidence();
  return (
    <section className="panel" aria-labelledby="indications">
      <h2 id="indications">{t("procedure.indications")}</h2>
      {procedure.indications.length === 0 && <p className="muted">{t("procedure.noneStated")}</p>}
      <ul className="condition-list">
        {procedure.indications.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a condition can be listed twice with different qualifiers
          <li key={`${item.condition}-${index}`} className="condition-item">
            <span className="condition-item__name">{conditionName(item.condition)}</span>
            {item.qualifier && <span className="muted"> — {item.qualifier[language]}</span>}
            {item.sites && (
              <span className="muted"> ({item.sites.map((site) => t(`site.${site}`)).join(", ")})</span>
            )}{" "}
            <EvidenceMarks evidence={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
