import { isPhysician } from "../../../../domain/roles.ts";
import type { ClientScreenings, CurrentVerdict } from "../../../api/screening-types.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { useSession } from "../../../session/use-session.ts";
import { VERDICTS_BEST_FIRST } from "../../advisor/ranking.ts";
import { ClearVerdictForm } from "./clear-verdict-form.tsx";
import { ReasonsList } from "./reasons-list.tsx";
import type { ScreeningNames } from "./screening-catalog.ts";
import { VerdictDetail } from "./verdict-detail.tsx";

/** Most severe first: what must not be done leads the list. */
function bySeverity(a: CurrentVerdict, b: CurrentVerdict): number {
  return VERDICTS_BEST_FIRST.indexOf(b.verdict) - VERDICTS_BEST_FIRST.indexOf(a.verdict);
}

/**
 * The latest screening's verdict per procedure, with its reasons; a physician may clear a
 * needs-review verdict with a written reason, and the clearance shows with their name.
 */
export function CurrentVerdicts(props: {
  clientId: string;
  screenings: ClientScreenings;
  names: ScreeningNames;
  onChanged: (screenings: ClientScreenings) => void;
  onCleared: (message: string) => void;
}) {
  const { t, formatDate } = useI18n();
  const me = useSession();
  const physician = isPhysician(me.qualifications);
  const { current, history } = props.screenings;
  const latest = history[0];
  const awaitingReview = current.some((item) => item.verdict === "needs-review" && !item.clearedBy);

  return (
    <section className="screening-section" aria-labelledby="screening-current">
      <h3 id="screening-current">{t("screening.current")}</h3>
      {!latest ? (
        <p className="muted">{t("screening.none")}</p>
      ) : (
        <>
          <p className="muted">
            {t("screening.currentFrom", {
              kind: t(`screening.kind.${latest.kind}`),
              date: formatDate(latest.date),
            })}
          </p>
          <ul className="verdict-list">
            {[...current].sort(bySeverity).map((item) => {
              const name = props.names.procedure(item.procedureId);
              const result = latest.results.results.find((r) => r.procedureId === item.procedureId);
              return (
                <li key={item.procedureId} className="verdict-row" data-procedure={item.procedureId}>
                  <VerdictDetail
                    name={name}
                    verdict={item.verdict}
                    until={item.until}
                    clearedBy={item.clearedBy}
                    action={
                      physician &&
                      item.verdict === "needs-review" &&
                      !item.clearedBy && (
                        <ClearVerdictForm
                          clientId={props.clientId}
                          screeningId={item.screeningId}
                          procedureId={item.procedureId}
                          procedureName={name}
                          onCleared={(next) => {
                            props.onChanged(next);
                            props.onCleared(t("screening.cleared", { procedure: name }));
                          }}
                        />
                      )
                    }
                  />
                  {result && result.reasons.length > 0 && (
                    <details className="verdict-row__reasons">
                      <summary>{t("screening.reasons", { procedure: name })}</summary>
                      <ReasonsList reasons={result.reasons} />
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
          {awaitingReview && !physician && <p className="muted">{t("screening.physicianOnly")}</p>}
        </>
      )}
    </section>
  );
}
