import type { PublicClinic } from "../../api/public-booking-api.ts";
import { BookingConfirmation } from "./booking-confirmation.tsx";
import { BookingProgress } from "./booking-steps.tsx";
import { BookingSummary } from "./booking-summary.tsx";
import { ConfirmStep } from "./confirm-step.tsx";
import { ContactStep } from "./contact-step.tsx";
import { HealthStep } from "./health-step.tsx";
import { OfferingStep } from "./offering-step.tsx";
import { RefusalPanel } from "./refusal-panel.tsx";
import { TimeStep } from "./time-step.tsx";
import { useBookingFlow } from "./use-booking-flow.ts";

/** The five booking steps and their outcome: booked, or refused kindly with what to do instead. */
export function BookingFlow({
  clinic,
  initialOfferingId,
}: {
  clinic: PublicClinic;
  initialOfferingId: string | null;
}) {
  const flow = useBookingFlow(clinic, initialOfferingId);
  const { offering, slot } = flow;

  if (flow.booking) return <BookingConfirmation booking={flow.booking} person={flow.person} />;
  if (flow.refused && offering) {
    return (
      <RefusalPanel
        refusal={flow.refused.refusal}
        procedure={offering.name}
        until={flow.refused.until}
        reasons={flow.refused.reasons}
        clinic={clinic}
        onChangeAnswers={flow.changeAnswers}
      />
    );
  }

  return (
    <>
      <BookingProgress current={flow.step} />
      {flow.step === "offering" && (
        <OfferingStep
          offerings={clinic.offerings}
          chosenId={flow.offeringId}
          focusHeading={flow.moved}
          onChoose={flow.chooseOffering}
          onNext={() => flow.go("time")}
        />
      )}
      {flow.step === "time" && offering && (
        <TimeStep
          clinicId={clinic.id}
          timeZone={clinic.timeZone}
          offeringId={offering.id}
          today={flow.today}
          chosen={slot}
          onChoose={flow.setSlot}
          onBack={() => flow.go("offering")}
          onNext={() => flow.go("health")}
        />
      )}
      {flow.step === "health" && (
        <HealthStep
          answers={flow.answers}
          onChange={flow.setAnswers}
          errors={flow.answerErrors}
          formError={flow.formError}
          checking={flow.pending}
          onBack={() => flow.go("time")}
          onSubmit={flow.checkHealth}
        />
      )}
      {flow.step === "contact" && (
        <ContactStep
          details={flow.contact}
          errors={flow.contactErrors}
          formError={flow.formError}
          onChange={flow.setContact}
          onBack={() => flow.go("health")}
          onNext={flow.toConfirm}
        />
      )}
      {flow.step === "confirm" && offering && slot && (
        <ConfirmStep
          summary={
            <BookingSummary
              procedure={offering.name}
              slot={slot}
              timeZone={clinic.timeZone}
              clinic={clinic}
              price={{ minor: offering.priceMinor, currency: offering.currency }}
              person={flow.person}
            />
          }
          timeZone={clinic.timeZone}
          chosen={slot}
          problem={flow.problem}
          formError={flow.formError}
          pending={flow.pending}
          onChooseAlternative={flow.setSlot}
          onChangeTime={() => flow.go("time")}
          onBack={() => flow.go("contact")}
          onBook={flow.book}
        />
      )}
    </>
  );
}
