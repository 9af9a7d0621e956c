import type { StoredScreening } from "../../../api/screening-types.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { useFormat } from "../../../i18n/use-format.ts";
import type { ScreeningNames } from "./screening-catalog.ts";

/** What a screening was given: vitals, conditions (where, and whether past), recent procedures. */
export function ScreeningAnswers({
  screening,
  names,
}: {
  screening: StoredScreening;
  names: ScreeningNames;
}) {
  const { t, formatDate } = useI18n();
  const format = useFormat();
  const { subject, conditions, recentProcedures } = screening.request;
  const vitals: string[] = [];
  if (subject?.weightKg !== undefined)
    vitals.push(format.quantity({ min: subject.weightKg, max: subject.weightKg, unit: "kg" }));
  if (subject?.bodyTemperatureC !== undefined) {
    vitals.push(
      format.quantity({ min: subject.bodyTemperatureC, max: subject.bodyTemperatureC, unit: "°C" }),
    );
  }
  if (subject?.bloodPressure) vitals.push(t("screening.pressureValue", { ...subject.bloodPressure }));
  if (subject?.pregnant) vitals.push(t("screening.pregnant"));
  const conditionTexts = conditions.map((condition) => {
    const name = condition.id ? names.condition(condition.id) : (condition.icd10 ?? "");
    const details = [
      condition.site ? names.site(condition.site) : null,
      condition.status === "history" ? t("screening.history.status") : null,
    ].filter(Boolean);
    return details.length ? `${name} (${details.join(", ")})` : name;
  });
  const recent = (recentProcedures ?? []).map(
    (procedure) => `${names.relatedProcedure(procedure.id)}, ${formatDate(procedure.date)}`,
  );
  const unmatched = screening.results.unmatchedConditions.map((condition) => condition.icd10 ?? condition.id);
  if (vitals.length + conditionTexts.length + recent.length === 0) {
    return <p className="muted">{t("screening.noAnswers")}</p>;
  }
  return (
    <ul className="screening-answers">
      {vitals.length > 0 && <li>{vitals.join(" · ")}</li>}
      {conditionTexts.map((text) => (
        <li key={text}>{text}</li>
      ))}
      {recent.map((text) => (
        <li key={text}>{text}</li>
      ))}
      {unmatched.length > 0 && <li>{t("screening.unmatched", { codes: unmatched.join(", ") })}</li>}
    </ul>
  );
}
