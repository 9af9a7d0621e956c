import { useEffect, useReducer, useRef, useState } from "react";
import { bookingApi } from "../../api/booking-api.ts";
import type { AvailableSlot } from "../../api/booking-types.ts";
import type { Clinic } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { navigateWithFlash } from "../../session/flash.ts";
import { offeredAlternatives, problemCode } from "./booking-problem.ts";
import { WizardActions } from "./booking-wizard-actions.tsx";
import { ClientStep } from "./booking-wizard-client-step.tsx";
import { ConfirmStep } from "./booking-wizard-confirm-step.tsx";
import { CourseWizardStep } from "./booking-wizard-course-body.tsx";
import { useCourseBooking } from "./booking-wizard-course-booking.ts";
import { BookingKindChoice } from "./booking-wizard-kind.tsx";
import { OfferingStep } from "./booking-wizard-offering-step.tsx";
import { BookingRefusal } from "./booking-wizard-refusal.tsx";
import { SlotStep } from "./booking-wizard-slot-step.tsx";
import {
  type BookingKind,
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
import { addDays, isIsoDate, localMoment, todayIn } from "./calendar-time.ts";

// The booking wizard's four steps on one page, and the booking itself: one idempotency
// key per confirmed booking, and what to offer when the server refuses it. A course takes
// steps 3 and 4 for its plan and its booking.

interface Attempt {
  pending: boolean;
  error: unknown;
  /** For a taken slot: the free ones offered instead; null while looked up. */
  alternatives: AvailableSlot[] | null;
}

const IDLE: Attempt = { pending: false, error: null, alternatives: null };

export function BookingWizard(props: {
  setup: CalendarSetup & { clinic: Clinic };
  date: string | null;
  /** Chosen before the wizard opened (from the client's page): it starts at the procedure. */
  client?: { id: string; name: string } | null;
  kind?: BookingKind;
}) {
  const { t } = useI18n();
  const { clinic } = props.setup;
  const today = todayIn(clinic.timeZone);
  const start = isIsoDate(props.date) && props.date > today ? props.date : today;
  // A course starts tomorrow unless a later day was asked for.
  const courseFrom = start > today ? start : addDays(today, 1);
  const [state, dispatch] = useReducer(wizardReducer, start, (from) => {
    const fresh = { ...initialWizard(from, courseFrom), kind: props.kind ?? "single" };
    return props.client ? { ...fresh, client: props.client, step: "offering" as const } : fresh;
  });
  const [attempt, setAttempt] = useState<Attempt>(IDLE);
  const courseBooking = useCourseBooking(clinic.timeZone, dispatch);
  const isCourse = state.kind === "course";
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

  const firstSession = state.course.sessions[0];
  const lastSession = state.course.sessions.at(-1);
  const chosen = {
    client: state.client?.name ?? null,
    offering: state.offering
      ? `${state.offering.name}${isCourse ? ` · ${t("course.kind.course")}` : ""}`
      : null,
    slot: isCourse
      ? firstSession && lastSession
        ? `${format.day(firstSession.date)} – ${format.day(lastSession.date)}`
        : null
      : state.slot
        ? `${format.day(localMoment(state.slot.start, clinic.timeZone).date)}, ${format.time(state.slot.start)}`
        : null,
    confirm: null,
  };
  const heading =
    isCourse && state.step === "slot"
      ? t("course.wizard.heading.plan")
      : isCourse && state.step === "confirm"
        ? t("course.wizard.heading.confirm")
        : t(`wizard.heading.${state.step}`);
  const goBack = (step: typeof state.step) => {
    setAttempt(IDLE);
    courseBooking.reset();
    dispatch({ type: "go", step });
  };

  return (
    <>
      <WizardSteps
        state={state}
        chosen={chosen}
        names={isCourse ? { slot: t("course.wizard.step.plan") } : {}}
        onGo={goBack}
      />
      <section className="panel wizard-panel" aria-labelledby="wizard-step-heading">
        <h2 id="wizard-step-heading" ref={stepHeading} tabIndex={-1}>
          {heading}
        </h2>
        {state.step === "client" && (
          <ClientStep
            chosen={state.client}
            onChoose={(client) => dispatch({ type: "choose-client", client })}
          />
        )}
        {state.step === "offering" && (
          <>
            <OfferingStep
              offerings={props.setup.offerings}
              chosen={state.offering}
              onChoose={(offering) => dispatch({ type: "choose-offering", offering })}
            />
            <BookingKindChoice
              chosen={state.kind}
              onChoose={(kind) => dispatch({ type: "choose-kind", kind })}
            />
          </>
        )}
        {isCourse && (
          <CourseWizardStep
            state={state}
            clinic={clinic}
            practitioners={practitioners}
            attempt={courseBooking.attempt}
            onAttemptOutdated={courseBooking.reset}
            dispatch={dispatch}
          />
        )}
        {state.step === "slot" && !isCourse && state.offering && (
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
        {state.step === "confirm" && !isCourse && state.client && state.offering && state.slot && (
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
        <WizardActions
          state={state}
          calendarAddress={calendarHref({
            clinicId: clinic.id,
            date: props.date,
            view: "day",
            columns: "practitioners",
            showCancelled: false,
          })}
          pending={isCourse ? courseBooking.attempt.pending : attempt.pending}
          onGo={(step) =>
            WIZARD_STEPS.indexOf(step) < stepIndex ? goBack(step) : dispatch({ type: "go", step })
          }
          onBook={() =>
            isCourse ? courseBooking.book(state) : state.slot && book(state, state.slot, state.practitionerId)
          }
        />
      </section>
    </>
  );
}
