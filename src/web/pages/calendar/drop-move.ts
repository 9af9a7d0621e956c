import type { Appointment, AppointmentMove } from "../../api/booking-types.ts";
import { type CalendarColumn, type ColumnMode, NO_RESOURCE } from "./calendar-layout.ts";
import { instantAt } from "./calendar-time.ts";
import type { DropTarget } from "./use-appointment-drag.ts";

// What a drop asks of the server, and how the appointment looks until it answers.
// The practitioner is always named: a drop onto a column means that person (or the same
// one), never "whoever is free", so an occupied time is refused rather than reassigned.

export interface DroppedMove {
  body: AppointmentMove;
  /** The appointment at its new place, shown while the move is on its way. */
  shownMeanwhile: Appointment;
}

export function moveForDrop(
  original: Appointment,
  origin: DropTarget,
  target: DropTarget,
  view: { week: boolean; columns: ColumnMode; entityColumns: readonly CalendarColumn[]; timeZone: string },
): DroppedMove {
  const start = instantAt(target.date, target.minutes, view.timeZone);
  const end = new Date(
    Date.parse(start) + Date.parse(original.end) - Date.parse(original.start),
  ).toISOString();
  const body: AppointmentMove = { start, practitionerId: original.practitioner.id };
  const shownMeanwhile: Appointment = { ...original, start, end };
  const columnOf = (key: string) => view.entityColumns.find((column) => column.key === key);
  // In the week view a column is a day: only the time changes.
  if (view.week) return { body, shownMeanwhile };
  if (view.columns === "practitioners") {
    body.practitionerId = target.columnKey;
    shownMeanwhile.practitioner = { id: target.columnKey, name: columnOf(target.columnKey)?.label ?? "" };
    return { body, shownMeanwhile };
  }
  const resourceIds = resourcesAfterDrop(original, origin.columnKey, target.columnKey);
  body.resourceIds = resourceIds;
  shownMeanwhile.resources = resourceIds.map((id) => {
    const held = original.resources.find((resource) => resource.id === id);
    const column = columnOf(id);
    return held ?? { id, name: column?.label ?? "", type: column?.resourceType ?? "" };
  });
  return { body, shownMeanwhile };
}

/** The resources after dragging from one resource's column to another's: that one is swapped. */
function resourcesAfterDrop(appointment: Appointment, fromKey: string, toKey: string): string[] {
  const held = appointment.resources.map((resource) => resource.id);
  if (fromKey === toKey) return held;
  const kept = held.filter((id) => id !== fromKey);
  return toKey === NO_RESOURCE ? kept : [...kept, toKey];
}
