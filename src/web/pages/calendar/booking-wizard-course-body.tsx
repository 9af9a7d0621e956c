import type { PractitionerHours } from "../../api/booking-types.ts";
import type { Clinic } from "../../api/types.ts";
import { type CourseAttempt, CourseConfirm } from "./booking-wizard-course-confirm.tsx";
import { CourseStep } from "./booking-wizard-course-step.tsx";
import type { WizardAction, WizardState } from "./booking-wizard-state.ts";

// Steps 3 and 4 when a course is booked: its plan, then its check and booking.

export function CourseWizardStep(props: {
  state: WizardState;
  clinic: Clinic;
  practitioners: readonly PractitionerHours[];
  attempt: CourseAttempt;
  /** A session was moved: the last refusal no longer holds, the next booking checks again. */
  onAttemptOutdated: () => void;
  dispatch: (action: WizardAction) => void;
}) {
  const { state, dispatch } = props;
  const { client, offering } = state;
  if (!client || !offering) return null;
  if (state.step === "slot") {
    return (
      <CourseStep
        clinic={props.clinic}
        client={client}
        offering={offering}
        practitioners={props.practitioners}
        course={state.course}
        dispatch={(action) => dispatch({ type: "course", action })}
      />
    );
  }
  if (state.step === "confirm") {
    return (
      <CourseConfirm
        clinic={props.clinic}
        client={client}
        offering={offering}
        course={state.course}
        attempt={props.attempt}
        dispatch={(action) => {
          if (action.type === "edit-session" || action.type === "undo-edit") props.onAttemptOutdated();
          dispatch({ type: "course", action });
        }}
      />
    );
  }
  return null;
}
