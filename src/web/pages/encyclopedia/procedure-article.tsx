import { useMemo } from "react";
import type { ConditionSummary, ProcedureDetail } from "../../api/catalog-types.ts";
import { PageHeading } from "../../components/page-heading.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { AftercareSection } from "./aftercare-section.tsx";
import { ContraindicationsSection } from "./contraindications-section.tsx";
import { collectFootnotes } from "./evidence/citations.ts";
import { EvidenceContext, type EvidenceLookup } from "./evidence/evidence-context.ts";
import { EvidenceMarks } from "./evidence/evidence-marks.tsx";
import { SourcesList } from "./evidence/sources-list.tsx";
import { IndicationsSection } from "./indications-section.tsx";
import { LimitsSection } from "./limits-section.tsx";
import { MethodsSection } from "./methods-section.tsx";
import { PageContents } from "./page-contents.tsx";
import { ParametersSection } from "./parameters-section.tsx";
import { PeopleSection } from "./people-section.tsx";
import { ReactionsSection } from "./reactions-section.tsx";
import { StepsSection } from "./steps-section.tsx";
import { TextItems } from "./text-items.tsx";

/**
 * The parts of a procedure the page shows; the footnotes are gathered from exactly these.
 * Left out: the response's conflicts (they hold other procedures' claims too), the shared
 * contraindication lists (merged into `contraindications` already) and combination rules.
 */
function shownParts(procedure: ProcedureDetail) {
  const { conflicts, contraindicationLists, combinations, ...shown } = procedure;
  return shown;
}

/** One procedure as the articles describe it: every fact cited, every disagreement shown. */
export function ProcedureArticle(props: {
  procedure: ProcedureDetail;
  conditions: readonly ConditionSummary[];
}) {
  const { t, language } = useI18n();
  const { procedure, conditions } = props;
  const footnotes = useMemo(() => collectFootnotes(shownParts(procedure)), [procedure]);
  const lookup = useMemo<EvidenceLookup>(() => {
    const conflicts = new Map(procedure.conflicts.map((conflict) => [conflict.id, conflict]));
    const names = new Map(conditions.map((condition) => [condition.id, condition.names[language]]));
    return { conflict: (id) => conflicts.get(id), conditionName: (id) => names.get(id) ?? id };
  }, [procedure, conditions, language]);
  const otherLanguage = language === "ru" ? "en" : "ru";

  return (
    <EvidenceContext.Provider value={lookup}>
      <article className="procedure">
        <PageHeading title={procedure.names[language]} />
        <p className="procedure__aka">
          <span lang={otherLanguage}>{procedure.names[otherLanguage]}</span>{" "}
          <EvidenceMarks evidence={procedure.names} />
        </p>
        <p className="procedure__category">
          {procedure.category.value.purposes.map((purpose) => (
            <span key={purpose} className="badge">
              {t(`purpose.${purpose}`)}
            </span>
          ))}
          <span className="badge badge--muted">{t(`extent.${procedure.category.value.extent}`)}</span>{" "}
          <EvidenceMarks evidence={procedure.category} />
        </p>
        <p className="lead procedure__summary">
          {procedure.summary.value[language]} <EvidenceMarks evidence={procedure.summary} />
        </p>
        <PageContents />
        <div className="sections">
          <ParametersSection procedure={procedure} />
          <MethodsSection procedure={procedure} />
          <section className="panel" aria-labelledby="effects">
            <h2 id="effects">{t("procedure.effects")}</h2>
            <TextItems items={procedure.effects} />
          </section>
          <StepsSection procedure={procedure} />
          <ContraindicationsSection procedure={procedure} />
          <IndicationsSection procedure={procedure} />
          <AftercareSection procedure={procedure} />
          <ReactionsSection procedure={procedure} />
          <PeopleSection procedure={procedure} />
          <LimitsSection procedure={procedure} />
          <SourcesList footnotes={footnotes} />
        </div>
      </article>
    </EvidenceContext.Provider>
  );
}
