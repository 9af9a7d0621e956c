import type { ProcedureDetail } from "../../api/catalog-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { TextItems } from "./text-items.tsx";

const TIMINGS = ["after-session", "during-course", "until-healed"] as const;

/** Aftercare advice, grouped by when it applies. */
export function AftercareSection({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useI18n();
  const groups = TIMINGS.map((timing) => ({
    timing,
    items: procedure.aftercare.filter((item) => item.timing === timing),
  })).filter((group) => group.items.length > 0);
  return (
    <section className="panel" aria-labelledby="aftercare">
      <h2 id="aftercare">{t("procedure.aftercare")}</h2>
      {groups.length === 0 && <p className="muted">{t("procedure.noneStated")}</p>}
      {groups.map((group) => (
        <div key={group.timing}>
          <h3>{t(`timing.${group.timing}`)}</h3>
          <TextItems items={group.items} />
        </div>
      ))}
    </section>
  );
}
