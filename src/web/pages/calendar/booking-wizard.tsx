import { useEffect, useReducer, useRef, useState } from "react";
import { bookingApi } from "../../api/booking-api.ts";
import type { AvailableSlot } from "../../api/booking-types.ts";
import type { Clinic } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { navigateWithFlash } from "../../session/flash.ts";
import { offeredAlternatives, problemCode } from "./booking-problem.ts";
import { ClientStep } from "./booking-wizard-client-step.tsx";
import { ConfirmStep } from "./booking-wizard-confirm-step.tsx";
import { OfferingStep } from "./booking-wizard-offering-step.tsx";
import { BookingRefusal } from "./booking-wizard-refusal.tsx";
import { SlotStep } from "./booking-wizard-slot-step.tsx";
import {
  canEnter,
  idempotencyKeyFor,
  initialWizard,
  WIZARD_STEPS,
  type WizardState,
  wizardReducer,
} from "./booking-wizard-state.ts";
import { WizardSteps } from "./booking-wizard-steps.tsx";
import { calendarHref } from "./calendar-address.ts";
import { useCalendarFormat } from "./calendar-format.ts";
import { type CalendarSetup, qualifiedFor } from "./calendar-setup.ts";
import { isIsoDate, localMoment, todayIn } from "./calendar-time.ts";

// The booking wizard's four steps on one page, and the booking itself: one idempotency
// key per confirmed booking, and what to offer when the server refuses it.

interface Attempt {
  pending: boolean;
  error: unknown;
  /** For a taken slot: the free ones offered instead; null while looked up. */
  alternatives: AvailableSlot[] | null;
}

const IDLE: Attempt = { pending: false, error: null, alternatives: null };

export function BookingWizard(props: { setup: CalendarSetup & { clinic: Clinic }; date: string | null }) {
  const { t } = useI18n();
  const { clinic } = props.setup;
  const today = todayIn(clinic.timeZone);
  const start = isIsoDate(props.date) && props.date > today ? props.date : today;
  const [state, dispatch] = useReducer(wizardReducer, start, initialWizard);
  const [attempt, setAttempt] = useState<Attempt>(IDLE);
  const format = useCalendarFormat(clinic.timeZone);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  // A new step is announced by moving focus to its heading (not on opening the page:
  // the page's own heading has it then).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of step
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [state.step]);

  const practitioners = state.offering ? qualifiedFor(state.offering, props.setup.practitioners) : [];
  const stepIndex = WIZARD_STEPS.indexOf(state.step);
  const nextStep = WIZARD_STEPS[stepIndex + 1];
  const previousStep = WIZARD_STEPS[stepIndex - 1];

  const book = async (current: WizardState, slot: AvailableSlot, practitionerId: string) => {
    if (!current.client || !current.offering) return;
    const idempotencyKey =
      slot.start === current.slot?.start
        ? idempotencyKeyFor(current, () => crypto.randomUUID())
        : crypto.randomUUID();
    dispatch({ type: "submit", idempotencyKey });
    setAttempt({ pending: true, error: null, alternatives: null });
    try {
      const created = await bookingApi.create(
        {
          clientId: current.client.id,
          offeringId: current.offering.id,
          start: slot.start,
          ...(practitionerId && { practitionerId }),
          ...(current.notes.trim() && { notes: current.notes.trim() }),
        },
        idempotencyKey,
      );
      const day = localMoment(created.start, clinic.timeZone).date;
      navigateWithFlash(
        calendarHref({
          clinicId: clinic.id,
          date: day,
          view: "day",
          columns: "practitioners",
          showCancelled: false,
        }),
        t("wizard.booked", {
          client: created.client.name,
          when: `${format.longDay(day)}, ${format.time(created.start)}`,
        }),
      );
    } catch (error) {
      setAttempt({ pending: false, error, alternatives: null });
      if (problemCode(error) !== "slot-taken") return;
      setAttempt({ pending: false, error, alternatives: offeredAlternatives(error) ?? [] });
    }
  };

  /** One click on an offered slot books it, with the same client, offering and practitioner. */
  const takeAlternative = (slot: AvailableSlot) => {
    dispatch({ type: "choose-slot", slot });
    const practitionerId = slot.practitionerIds.includes(state.practitionerId) ? state.practitionerId : "";
    void book({ ...state, slot, idempotencyKey: null }, slot, state.practitionerFilter || practitionerId);
  };

  const chosen = {
    client: state.client?.name ?? null,
    offering: state.offering?.name ?? null,
    slot: state.slot
      ? `${format.day(localMoment(state.slot.start, clinic.timeZone).date)}, ${format.time(state.slot.start)}`
      : null,
    confirm: null,
  };

  return (
    <>
      <WizardSteps state={state} chosen={chosen} onGo={(step) => dispatch({ type: "go", step })} />
      <section className="panel wizard-panel" aria-labelledby="wizard-step-heading">
        <h2 id="wizard-step-heading" ref={stepHeading} tabIndex={-1}>
          {t(`wizard.heading.${state.step}`)}
        </h2>
        {state.step === "client" && (
          <ClientStep
            chosen={state.client}
            onChoose={(client) => dispatch({ type: "choose-client", client })}
          />
        )}
        {state.step === "offering" && (
          <OfferingStep
            offerings={props.setup.offerings}
            chosen={state.offering}
            onChoose={(offering) => dispatch({ type: "choose-offering", offering })}
          />
        )}
        {state.step === "slot" && state.offering && (
          <SlotStep
            clinicId={clinic.id}
            timeZone={clinic.timeZone}
            offering={state.offering}
            practitioners={practitioners}
            searchFrom={state.searchFrom}
            practitionerFilter={state.practitionerFilter}
            chosen={state.slot}
            onSearchFrom={(date) => dispatch({ type: "search-from", date })}
            onFilter={(practitionerId) => dispatch({ type: "filter-practitioner", practitionerId })}
            onChoose={(slot) => dispatch({ type: "choose-slot", slot })}
          />
        )}
        {state.step === "confirm" && state.client && state.offering && state.slot && (
          <>
            <ConfirmStep
              timeZone={clinic.timeZone}
              client={state.client}
              offering={state.offering}
              slot={state.slot}
              practitioners={practitioners}
              practitionerFilter={state.practitionerFilter}
              practitionerId={state.practitionerId}
              notes={state.notes}
              onPractitioner={(practitionerId) => dispatch({ type: "choose-practitioner", practitionerId })}
              onNotes={(notes) => dispatch({ type: "notes", notes })}
            />
            {attempt.error ? (
              <BookingRefusal
                error={attempt.error}
                clientId={state.client.id}
                timeZone={clinic.timeZone}
                alternatives={attempt.alternatives}
                pending={attempt.pending}
                onTake={takeAlternative}
                onOtherTime={() => {
                  setAttempt(IDLE);
                  dispatch({ type: "go", step: "slot" });
                }}
              />
            ) : null}
          </>
        )}
        <div className="form-actions wizard-actions">
          {previousStep ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setAttempt(IDLE);
                dispatch({ type: "go", step: previousStep });
              }}
            >
              {t("wizard.back")}
            </button>
          ) : (
            <Link
              className="button button--quiet"
              to={calendarHref({
                clinicId: clinic.id,
                date: props.date,
                view: "day",
                columns: "practitioners",
                showCancelled: false,
              })}
            >
              {t("wizard.toCalendar")}
            </Link>
          )}
          {nextStep ? (
            <button
              type="button"
              className="button button--primary"
              disabled={!canEnter(state, nextStep)}
              onClick={() => dispatch({ type: "go", step: nextStep })}
            >
              {t("wizard.next")}
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary"
              disabled={attempt.pending || !state.slot}
              onClick={() => state.slot && book(state, state.slot, state.practitionerId)}
            >
              {attempt.pending ? t("wizard.booking") : t("wizard.book")}
            </button>
          )}
        </div>
      </section>
    </>
  );
}
