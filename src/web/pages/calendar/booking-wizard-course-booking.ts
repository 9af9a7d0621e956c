import { useState } from "react";
import { coursesApi } from "../../api/courses-api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { navigateWithFlash } from "../../session/flash.ts";
import { problemCode } from "./booking-problem.ts";
import { bookRequest } from "./booking-wizard-course.ts";
import { type CourseAttempt, IDLE_COURSE_ATTEMPT } from "./booking-wizard-course-confirm.tsx";
import type { WizardAction, WizardState } from "./booking-wizard-state.ts";
import { useCalendarFormat } from "./calendar-format.ts";
import { localMoment } from "./calendar-time.ts";

// Booking a whole course: one idempotency key per course the user confirms (a retry of
// the same sessions sends it again), every session at once, and when a slot was taken
// meanwhile the course is planned again at once so the user sees the new times.

export function useCourseBooking(timeZone: string, dispatch: (action: WizardAction) => void) {
  const { t } = useI18n();
  const { quantity } = useFormat();
  const format = useCalendarFormat(timeZone);
  const [attempt, setAttempt] = useState<CourseAttempt>(IDLE_COURSE_ATTEMPT);

  const book = async (state: WizardState) => {
    const request = bookRequest(state.course);
    if (!state.client || !state.offering || !request) return;
    // The key already sent for these very sessions, or a new one.
    const idempotencyKey = state.course.idempotencyKey ?? crypto.randomUUID();
    dispatch({ type: "course", action: { type: "submit", idempotencyKey } });
    setAttempt({ pending: true, error: null, replanned: false });
    try {
      const course = await coursesApi.book(request, idempotencyKey);
      const first = course.sessions[0]?.appointment.start;
      navigateWithFlash(
        `/clients/${encodeURIComponent(state.client.id)}`,
        t("course.booked", {
          client: state.client.name,
          sessions: quantity({ min: course.sessions.length, max: course.sessions.length, unit: "sessions" }),
          first: first ? `${format.longDay(localMoment(first, timeZone).date)}, ${format.time(first)}` : "",
        }),
      );
    } catch (error) {
      if (problemCode(error) !== "course-slot-taken" || !state.course.request) {
        setAttempt({ pending: false, error, replanned: false });
        return;
      }
      setAttempt({ pending: true, error, replanned: false });
      const { request: planned } = state.course;
      try {
        const plan = await coursesApi.plan(planned);
        dispatch({ type: "course", action: { type: "planned", plan, request: planned } });
        // The alternative the user had taken, planned anew, when it still fits.
        const { shown } = state.course;
        if (shown !== "plan" && plan.alternatives[shown])
          dispatch({ type: "course", action: { type: "take-alternative", kind: shown } });
        setAttempt({ pending: false, error, replanned: true });
      } catch (planError) {
        setAttempt({ pending: false, error: planError, replanned: false });
      }
    }
  };

  return { attempt, book, reset: () => setAttempt(IDLE_COURSE_ATTEMPT) };
}
