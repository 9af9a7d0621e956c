import type { AvailableSlot } from "../../api/booking-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { bookingProblemMessage, isScreeningRefusal, problemCode } from "./booking-problem.ts";
import { useCalendarFormat } from "./calendar-format.ts";
import { localMoment } from "./calendar-time.ts";

// Why the booking was refused and what to do next: another free time in one click when
// the slot was just taken, the client's screening when it stands in the way.

export function BookingRefusal(props: {
  error: unknown;
  clientId: string;
  timeZone: string;
  /** Null while they are being looked up. */
  alternatives: AvailableSlot[] | null;
  pending: boolean;
  onTake: (slot: AvailableSlot) => void;
  onOtherTime: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const format = useCalendarFormat(props.timeZone);
  const when = (slot: AvailableSlot) =>
    `${format.day(localMoment(slot.start, props.timeZone).date)}, ${format.time(slot.start)}`;

  if (problemCode(props.error) === "slot-taken") {
    return (
      <div className="notice notice--warning wizard-refusal" role="alert">
        <p className="wizard-refusal__title">{t("wizard.slotTaken")}</p>
        {props.alternatives === null ? (
          <p>{t("wizard.alternatives.loading")}</p>
        ) : props.alternatives.length === 0 ? (
          <p>{t("wizard.alternatives.none")}</p>
        ) : (
          <>
            <p>{t("wizard.alternatives.lead")}</p>
            <ul className="wizard-refusal__alternatives">
              {props.alternatives.map((slot) => (
                <li key={slot.start}>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={props.pending}
                    onClick={() => props.onTake(slot)}
                  >
                    {t("wizard.alternatives.take", { when: when(slot) })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <button type="button" className="button button--quiet button--small" onClick={props.onOtherTime}>
          {t("wizard.alternatives.other")}
        </button>
      </div>
    );
  }
  const message = bookingProblemMessage(props.error, i18n);
  if (isScreeningRefusal(props.error)) {
    return (
      <div className="notice notice--error wizard-refusal" role="alert">
        <p className="wizard-refusal__title">{message}</p>
        <p>{t("wizard.screening.explain")}</p>
        <a href={`/clients/${encodeURIComponent(props.clientId)}`} target="_blank" rel="noopener">
          {t("wizard.screening.open")}
        </a>
      </div>
    );
  }
  return (
    <p className="notice notice--error" role="alert">
      {message}
    </p>
  );
}
