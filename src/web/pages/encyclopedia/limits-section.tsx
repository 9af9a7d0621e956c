import type { ProcedureDetail } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { EvidenceMarks } from "./evidence/evidence-marks.tsx";
import { TextItems } from "./text-items.tsx";

type PersonField = ProcedureDetail["limits"]["person"][number]["field"];

const UNITS: Record<PersonField, string> = {
  weightKg: "kg",
  bodyTemperatureC: "°C",
  systolicBpMmHg: "mmHg",
  diastolicBpMmHg: "mmHg",
};

/** Who the procedure is not done for by measurement (weight, pressure…), and the conditions it needs. */
export function LimitsSection({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useI18n();
  const format = useFormat();
  const { person, requirements } = procedure.limits;
  return (
    <section className="panel" aria-labelledby="limits">
      <h2 id="limits">{t("procedure.limits")}</h2>
      {person.length > 0 && (
        <ul className="condition-list">
          {person.map((limit) => (
            <li key={limit.field} className="condition-item">
              <span className="condition-item__name">
                {t(`personField.${limit.field}`)}:{" "}
                {format.quantity({ min: limit.min, max: limit.max, unit: UNITS[limit.field] })}
              </span>{" "}
              <EvidenceMarks evidence={limit} />
            </li>
          ))}
        </ul>
      )}
      <TextItems items={requirements} />
    </section>
  );
}
