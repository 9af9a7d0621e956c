import type { Disputable, ProcedureDetail, Range } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { sessionLength } from "./course-values.ts";
import { DisputableText } from "./disputable-text.tsx";

/** The typical course: how many sessions, how far apart, how long each; every side where the articles disagree. */
export function CourseFacts({ procedure }: { procedure: ProcedureDetail }) {
  const { t, language } = useI18n();
  const format = useFormat();
  const rows: { label: string; value: Disputable<Range<string>> }[] = [];
  if (procedure.course.sessions)
    rows.push({ label: t("advisor.sessions"), value: procedure.course.sessions });
  if (procedure.course.spacing) rows.push({ label: t("advisor.spacing"), value: procedure.course.spacing });
  const length = sessionLength(procedure);
  if (length) rows.push({ label: t("advisor.sessionLength"), value: length });
  const summary = (id: string) =>
    procedure.conflicts.find((conflict) => conflict.id === id)?.summary[language];

  return (
    <div className="advice-facts__block">
      <h4>{t("advisor.course")}</h4>
      {rows.length === 0 ? (
        <p className="muted">{t("advisor.courseNotStated")}</p>
      ) : (
        <dl className="fact-sheet fact-sheet--compact">
          {rows.map((row) => (
            <div key={row.label} className="fact-sheet__row">
              <dt>{row.label}</dt>
              <dd>
                <DisputableText value={row.value} render={format.quantity} conflictSummary={summary} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
