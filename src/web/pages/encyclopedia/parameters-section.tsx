import type { ProcedureDetail } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { DisputableValue } from "./evidence/disputable-value.tsx";
import { EvidenceMarks } from "./evidence/evidence-marks.tsx";
import { FactRow } from "./fact-row.tsx";

/** Agent, temperatures, session and course, how long the effect lasts, areas, equipment, price. */
export function ParametersSection({ procedure }: { procedure: ProcedureDetail }) {
  const { t, language } = useI18n();
  const format = useFormat();
  const { course } = procedure;
  const notStated = <span className="muted">{t("procedure.notStated")}</span>;
  return (
    <section className="panel" aria-labelledby="parameters">
      <h2 id="parameters">{t("procedure.parameters")}</h2>
      <dl className="fact-sheet">
        <FactRow label={t("procedure.agent")}>
          <span className="fact">
            <span className="fact__value">
              {procedure.agent.value.agents.map((agent) => t(`agent.${agent}`)).join(", ")}
              {procedure.agent.value.detail && ` — ${procedure.agent.value.detail[language]}`}
            </span>{" "}
            <EvidenceMarks evidence={procedure.agent} />
          </span>
        </FactRow>
        <FactRow label={t("procedure.temperature")}>
          {procedure.temperatures.length === 0 && notStated}
          {procedure.temperatures.map((temperature, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: temperatures have no identity but their place
            <div key={index} className="fact-sheet__item">
              <DisputableValue
                value={temperature}
                render={(value) => `${t(`temperatureOf.${value.of}`)}: ${format.quantity(value.range)}`}
              />
            </div>
          ))}
        </FactRow>
        <FactRow label={t("procedure.sessionDuration")}>
          {procedure.sessionDuration ? (
            <DisputableValue value={procedure.sessionDuration} render={format.quantity} />
          ) : (
            notStated
          )}
        </FactRow>
        <FactRow label={t("procedure.courseSessions")}>
          {course.sessions ? <DisputableValue value={course.sessions} render={format.quantity} /> : notStated}
        </FactRow>
        <FactRow label={t("procedure.spacing")}>
          {course.spacing ? <DisputableValue value={course.spacing} render={format.quantity} /> : notStated}
        </FactRow>
        <FactRow label={t("procedure.repeatAfter")}>
          {course.repeatAfter ? (
            <DisputableValue value={course.repeatAfter} render={format.quantity} />
          ) : (
            notStated
          )}
        </FactRow>
        <FactRow label={t("procedure.effectDuration")}>
          {procedure.effectDuration ? (
            <DisputableValue value={procedure.effectDuration} render={(value) => value.text[language]} />
          ) : (
            notStated
          )}
        </FactRow>
        <FactRow label={t("procedure.sites")}>
          <span className="fact">
            <span className="fact__value">
              {procedure.sites.value.map((site) => t(`site.${site}`)).join(", ")}
            </span>{" "}
            <EvidenceMarks evidence={procedure.sites} />
          </span>
        </FactRow>
        <FactRow label={t("procedure.equipment")}>
          {procedure.equipment.length === 0 && notStated}
          {procedure.equipment.map((item) => (
            <div key={item.id} className="fact-sheet__item">
              <span className="fact__value">{item.names[language]}</span>
              {item.detail && <span className="muted"> — {item.detail[language]}</span>}{" "}
              <EvidenceMarks evidence={item} />
            </div>
          ))}
        </FactRow>
        {procedure.price && (
          <FactRow label={t("procedure.price")}>
            <DisputableValue value={procedure.price} render={(value) => format.quantity(value.perSession)} />
          </FactRow>
        )}
      </dl>
    </section>
  );
}
