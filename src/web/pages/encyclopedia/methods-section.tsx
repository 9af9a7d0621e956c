import type { ProcedureDetail } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { DisputableValue } from "./evidence/disputable-value.tsx";
import { EvidenceMarks } from "./evidence/evidence-marks.tsx";
import { FactRow } from "./fact-row.tsx";

/** How the procedure is done, method by method, with each method's exposure limit. */
export function MethodsSection({ procedure }: { procedure: ProcedureDetail }) {
  const { t, language } = useI18n();
  const format = useFormat();
  return (
    <section className="panel" aria-labelledby="methods">
      <h2 id="methods">{t("procedure.methods")}</h2>
      <ul className="cards">
        {procedure.methods.map((method) => (
          <li key={method.id} className="card">
            <h3>{method.names[language]}</h3>
            <p>
              {method.description[language]} <EvidenceMarks evidence={method} />
            </p>
            <dl className="fact-sheet fact-sheet--compact">
              <FactRow label={t("procedure.exposure")}>
                {method.exposure ? (
                  <DisputableValue
                    value={method.exposure}
                    render={(value) => t(`exposurePer.${value.per}`, { range: format.quantity(value.range) })}
                  />
                ) : (
                  <span className="muted">{t("procedure.notStated")}</span>
                )}
              </FactRow>
              {method.sites && (
                <FactRow label={t("procedure.sites")}>
                  {method.sites.map((site) => t(`site.${site}`)).join(", ")}
                </FactRow>
              )}
              {method.repeatable && (
                <FactRow label={t("procedure.repeatable")}>
                  <DisputableValue
                    value={method.repeatable}
                    render={(repeatable) => t(repeatable ? "procedure.yes" : "procedure.no")}
                  />
                </FactRow>
              )}
            </dl>
            {method.selfAdministered && <p className="badge">{t("procedure.selfAdministered")}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
