import type { PractitionerRole, ProcedureDetail } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { DisputableValue } from "./evidence/disputable-value.tsx";
import { EvidenceMarks } from "./evidence/evidence-marks.tsx";
import { FactRow } from "./fact-row.tsx";

/** Who performs it, who prescribes it, and what must come first (a consultation, a test…). */
export function PeopleSection({ procedure }: { procedure: ProcedureDetail }) {
  const { t, language } = useI18n();
  const roles = (list: readonly PractitionerRole[]) =>
    list.map((role) => t(`qualification.${role}`)).join(", ");
  const { prescription } = procedure;
  return (
    <section className="panel" aria-labelledby="people">
      <h2 id="people">{t("procedure.people")}</h2>
      <dl className="fact-sheet">
        <FactRow label={t("procedure.performers")}>
          <DisputableValue value={procedure.performers} render={roles} />
        </FactRow>
        <FactRow label={t("procedure.prescribers")}>
          {prescription ? (
            <span className="fact">
              <span className="fact__value">
                {prescription.value.roles.length > 0
                  ? roles(prescription.value.roles)
                  : t("procedure.notStated")}
                {prescription.value.mandatory && ` — ${t("procedure.prescriptionRequired")}`}
              </span>{" "}
              <EvidenceMarks evidence={prescription} />
            </span>
          ) : (
            <span className="muted">{t("procedure.notStated")}</span>
          )}
        </FactRow>
      </dl>
      <h3>{t("procedure.prerequisites")}</h3>
      {procedure.prerequisites.length === 0 && <p className="muted">{t("procedure.noneStated")}</p>}
      <ul className="condition-list">
        {procedure.prerequisites.map((item) => (
          <li key={item.id} className="condition-item">
            <span className="badge badge--muted">{t(`prerequisiteKind.${item.kind}`)}</span>{" "}
            {item.text[language]}
            {item.roles && item.roles.length > 0 && <span className="muted"> — {roles(item.roles)}</span>}{" "}
            <span className="muted">({t(`prerequisiteWhen.${item.when}`)})</span>{" "}
            <EvidenceMarks evidence={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
