import type { ProcedureDetail } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { DisputableValue } from "./evidence/disputable-value.tsx";
import { EvidenceMarks } from "./evidence/evidence-marks.tsx";

/** What to expect after a session and for how long, then the side effects and what to do about them. */
export function ReactionsSection({ procedure }: { procedure: ProcedureDetail }) {
  const { t, language } = useI18n();
  const format = useFormat();
  return (
    <section className="panel" aria-labelledby="reactions">
      <h2 id="reactions">{t("procedure.reactions")}</h2>
      {procedure.reactions.length === 0 && <p className="muted">{t("procedure.noneStated")}</p>}
      <ul className="condition-list">
        {procedure.reactions.map((reaction) => (
          <li key={reaction.id} className="condition-item">
            <span className="condition-item__name">{reaction.text[language]}</span>{" "}
            <EvidenceMarks evidence={reaction} />
            {reaction.lasts && (
              <div className="condition-item__detail">
                <span className="muted">{t("procedure.lasts")} </span>
                <DisputableValue value={reaction.lasts} render={format.quantity} />
              </div>
            )}
          </li>
        ))}
      </ul>
      <h3 id="side-effects">{t("procedure.sideEffects")}</h3>
      {procedure.sideEffects.length === 0 && <p className="muted">{t("procedure.noneStated")}</p>}
      <ul className="condition-list">
        {procedure.sideEffects.map((effect) => (
          <li key={effect.id} className="condition-item">
            <span className="condition-item__name">{effect.text[language]}</span>{" "}
            <span className={`badge ${effect.frequency === "rare" ? "badge--muted" : "badge--pending"}`}>
              {t(`frequency.${effect.frequency}`)}
            </span>{" "}
            <EvidenceMarks evidence={effect} />
            {effect.management && (
              <span className="condition-item__detail">
                {t("procedure.management", { text: effect.management[language] })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
