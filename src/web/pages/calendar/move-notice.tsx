import { useI18n } from "../../i18n/i18n.tsx";
import { bookingProblemMessage } from "./booking-problem.ts";
import { useCalendarFormat } from "./calendar-format.ts";
import { localMoment } from "./calendar-time.ts";
import type { MoveOutcome } from "./use-calendar-moves.ts";

// What became of a drag: the server's refusal, or where the appointment now is. It floats
// over the bottom of the page so the calendar never shifts under the pointer; both live
// regions are always in the page, so screen readers announce what appears in them.

export function MoveNotice(props: { outcome: MoveOutcome | null; timeZone: string; onDismiss: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const format = useCalendarFormat(props.timeZone);
  const { outcome } = props;
  const refused = outcome?.error ? outcome : null;
  const moved = outcome && !outcome.error ? outcome : null;
  const who = (item: MoveOutcome) =>
    `${item.appointment.client.name}, ${format.time(item.appointment.start)}`;
  return (
    <div className={`move-notice${outcome ? " move-notice--shown" : ""}`}>
      <div role="alert" className={refused ? "notice notice--error move-notice__text" : undefined}>
        {refused && (
          <>
            <strong>{t("calendar.moveRefused", { appointment: who(refused) })}</strong>{" "}
            {bookingProblemMessage(refused.error, i18n)}
          </>
        )}
      </div>
      <div role="status" className={moved ? "notice notice--success move-notice__text" : undefined}>
        {moved &&
          t("calendar.moved", {
            time: `${format.day(localMoment(moved.appointment.start, props.timeZone).date)}, ${format.time(moved.appointment.start)}`,
          })}
      </div>
      {outcome && (
        <button type="button" className="button button--small move-notice__close" onClick={props.onDismiss}>
          {t("calendar.dismiss")}
        </button>
      )}
    </div>
  );
}
