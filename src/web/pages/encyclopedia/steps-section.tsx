import type { ProcedureDetail } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { TextItems } from "./text-items.tsx";

/** What to do before, and how a session goes step by step. */
export function StepsSection({ procedure }: { procedure: ProcedureDetail }) {
  const { t, language } = useI18n();
  const methodName = (id: string) =>
    procedure.methods.find((method) => method.id === id)?.names[language] ?? id;
  // Steps that belong to one method only say which; the others apply to every method.
  const showMethods = procedure.methods.length > 1;
  return (
    <section className="panel" aria-labelledby="steps">
      <h2 id="steps">{t("procedure.stepsTitle")}</h2>
      <h3>{t("procedure.preparation")}</h3>
      <TextItems items={procedure.preparation} />
      <h3>{t("procedure.steps")}</h3>
      <TextItems
        items={procedure.steps}
        ordered
        prefix={(step) =>
          step.method && showMethods ? (
            <span className="badge badge--muted">{methodName(step.method)}</span>
          ) : null
        }
      />
    </section>
  );
}
