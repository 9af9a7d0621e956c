import type { ProcedureDetail } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { DisputableText } from "./disputable-text.tsx";

/** What to expect after a session, and for how long, as the articles describe it. */
export function ReactionsFacts({ procedure }: { procedure: ProcedureDetail }) {
  const { t, language } = useI18n();
  const format = useFormat();
  const summary = (id: string) =>
    procedure.conflicts.find((conflict) => conflict.id === id)?.summary[language];
  return (
    <div className="advice-facts__block">
      <h4>{t("advisor.afterwards")}</h4>
      {procedure.reactions.length === 0 ? (
        <p className="muted">{t("advisor.noReactions")}</p>
      ) : (
        <ul className="advice-reactions">
          {procedure.reactions.map((reaction) => (
            <li key={reaction.id}>
              {reaction.text[language]}
              {reaction.lasts && (
                <>
                  {" — "}
                  <DisputableText
                    value={reaction.lasts}
                    render={(duration) => t("advisor.lasts", { duration: format.quantity(duration) })}
                    conflictSummary={summary}
                  />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
