import { useCallback, useState } from "react";
import { bookingApi } from "../../api/booking-api.ts";
import type { Appointment, AppointmentMove } from "../../api/booking-types.ts";

// Moves asked for by dragging: the block shows at its new place at once, and goes back
// where it was if the server refuses, with the refusal kept for the page to explain.

export interface MoveOutcome {
  appointment: Appointment;
  /** The refusal, or null when the move was made. */
  error: unknown;
}

export function useCalendarMoves(onMoved: (appointment: Appointment) => void) {
  /** Appointments at the place they are being moved to, until the server answers. */
  const [pending, setPending] = useState<ReadonlyMap<string, Appointment>>(new Map());
  const [outcome, setOutcome] = useState<MoveOutcome | null>(null);

  const move = useCallback(
    async (original: Appointment, body: AppointmentMove, shownMeanwhile: Appointment) => {
      setOutcome(null);
      setPending((previous) => new Map(previous).set(original.id, shownMeanwhile));
      try {
        const moved = await bookingApi.move(original.id, body);
        onMoved(moved);
        setOutcome({ appointment: moved, error: null });
      } catch (error) {
        setOutcome({ appointment: original, error });
      } finally {
        setPending((previous) => {
          const next = new Map(previous);
          next.delete(original.id);
          return next;
        });
      }
    },
    [onMoved],
  );

  return { pending, outcome, move, dismiss: useCallback(() => setOutcome(null), []) };
}
