import type { ReactNode } from "react";
import type { PublicSlot } from "../../api/public-booking-api.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { BookingProblem } from "./booking-outcome.ts";
import { BookingStepHeading } from "./booking-steps.tsx";
import { formatClinicTime, formatShortDay, localDateIn } from "./clinic-time.ts";
import { TimePicker } from "./time-picker.tsx";

/** Step 5: the booking in full, and the button that books it. */
export function ConfirmStep(props: {
  summary: ReactNode;
  timeZone: string;
  chosen: PublicSlot;
  problem: BookingProblem | null;
  /** Any other failure of the last attempt, in words. */
  formError: string | null;
  pending: boolean;
  onChooseAlternative: (slot: PublicSlot) => void;
  onChangeTime: () => void;
  onBack: () => void;
  onBook: () => void;
}) {
  const { t, language } = useI18n();
  const { problem } = props;
  const alternativeDay = (slot: PublicSlot) =>
    formatShortDay(localDateIn(slot.start, props.timeZone), language);

  return (
    <section className="panel booking-step" aria-labelledby="booking-step-confirm">
      <BookingStepHeading step="confirm" focus />
      <p className="muted">{t("book.confirmLead")}</p>
      {props.summary}
      {problem?.kind === "slot-taken" && (
        <div className="booking-problem">
          <p className="notice notice--error" role="alert">
            {problem.alternatives.length > 0 ? t("book.slotTaken") : t("book.slotTakenNoAlternatives")}
          </p>
          {problem.alternatives.length > 0 && (
            <TimePicker
              legend={t("book.alternatives")}
              slots={problem.alternatives}
              timeZone={props.timeZone}
              chosen={props.chosen}
              onChoose={props.onChooseAlternative}
              label={(slot) =>
                `${alternativeDay(slot)}, ${formatClinicTime(slot.start, props.timeZone, language)}`
              }
            />
          )}
        </div>
      )}
      {problem?.kind === "slot-unavailable" && (
        <p className="notice notice--error" role="alert">
          {t("book.slotUnavailable")}
        </p>
      )}
      {problem?.kind === "client-busy" && (
        <p className="notice notice--error" role="alert">
          {t("book.clientBusy")}
        </p>
      )}
      <FormAlert error={props.formError} />
      <div className="form-actions">
        <button type="button" className="button" onClick={props.onBack}>
          {t("book.back")}
        </button>
        {problem && (
          <button type="button" className="button" onClick={props.onChangeTime}>
            {t("book.changeTime")}
          </button>
        )}
        <button
          type="button"
          className="button button--primary"
          disabled={props.pending || problem?.kind === "slot-unavailable"}
          onClick={props.onBook}
        >
          {props.pending ? t("book.booking") : t("book.book")}
        </button>
      </div>
    </section>
  );
}
