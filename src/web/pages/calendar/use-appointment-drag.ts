import { type KeyboardEvent, type PointerEvent, useCallback, useRef, useState } from "react";

// Dragging an appointment with pointer events (mouse, pen, touch): the block follows the
// pointer over the calendar's columns on a five-minute grid, and letting go asks for the
// move. A press without movement stays a click, which opens the details instead.

export const SNAP_MINUTES = 5;
/** Pointer travel, in CSS pixels, before a press becomes a drag. */
const DRAG_THRESHOLD = 6;
/** Distance from the scroll area's edge where dragging scrolls it, and by how much per move. */
const EDGE = 36;
const EDGE_STEP = 14;

/** Where a block can land: a column of one day, at a wall-clock minute. */
export interface DropTarget {
  columnKey: string;
  date: string;
  minutes: number;
}

export interface DragPreview {
  appointmentId: string;
  durationMinutes: number;
  /** Null while the pointer is outside every column. */
  target: DropTarget | null;
}

interface Drag {
  appointmentId: string;
  origin: DropTarget;
  durationMinutes: number;
  pointerId: number;
  startX: number;
  startY: number;
  /** How far below the block's top it was grabbed, in minutes, so the block does not jump. */
  grabMinutes: number;
  moving: boolean;
  target: DropTarget | null;
}

/** A column's drawing: its box and the minutes it spans (data-range-start/end on it). */
function columnGeometry(column: HTMLElement) {
  const rect = column.getBoundingClientRect();
  const start = Number(column.dataset.rangeStart);
  const end = Number(column.dataset.rangeEnd);
  return { rect, start, end, pixelsPerMinute: rect.height / Math.max(1, end - start) };
}

function columnAt(x: number, y: number): HTMLElement | undefined {
  return document
    .elementsFromPoint(x, y)
    .find(
      (element): element is HTMLElement => element instanceof HTMLElement && "dropColumn" in element.dataset,
    );
}

function scrollNearEdges(block: HTMLElement, x: number, y: number): void {
  const area = block.closest<HTMLElement>("[data-scroll-area]");
  if (!area) return;
  const rect = area.getBoundingClientRect();
  if (x > rect.right - EDGE) area.scrollLeft += EDGE_STEP;
  else if (x < rect.left + EDGE) area.scrollLeft -= EDGE_STEP;
  if (y > rect.bottom - EDGE) area.scrollTop += EDGE_STEP;
  else if (y < rect.top + EDGE) area.scrollTop -= EDGE_STEP;
}

const sameTarget = (a: DropTarget, b: DropTarget) =>
  a.columnKey === b.columnKey && a.date === b.date && a.minutes === b.minutes;

export interface BlockPlace {
  appointmentId: string;
  columnKey: string;
  date: string;
  startMinutes: number;
  durationMinutes: number;
}

export function useAppointmentDrag(
  onDrop: (appointmentId: string, from: DropTarget, to: DropTarget) => void,
) {
  const [preview, setPreview] = useState<DragPreview | null>(null);
  const drag = useRef<Drag | null>(null);
  /** Set when a drag ends, so the click that follows the release does not open the details. */
  const dragged = useRef(false);

  const stop = useCallback(() => {
    drag.current = null;
    setPreview(null);
  }, []);

  const targetAt = (current: Drag, x: number, y: number): DropTarget | null => {
    const column = columnAt(x, y);
    if (!column?.dataset.dropColumn || !column.dataset.dropDate) return null;
    const { rect, start, end, pixelsPerMinute } = columnGeometry(column);
    const raw = start + (y - rect.top) / pixelsPerMinute - current.grabMinutes;
    const snapped = Math.round(raw / SNAP_MINUTES) * SNAP_MINUTES;
    const latest = Math.max(start, end - current.durationMinutes);
    return {
      columnKey: column.dataset.dropColumn,
      date: column.dataset.dropDate,
      minutes: Math.min(latest, Math.max(start, snapped)),
    };
  };

  const handlersFor = (place: BlockPlace) => ({
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.button !== 0 || drag.current) return;
      const column = event.currentTarget.closest<HTMLElement>("[data-drop-column]");
      if (!column) return;
      const { pixelsPerMinute } = columnGeometry(column);
      const blockTop = event.currentTarget.getBoundingClientRect().top;
      dragged.current = false;
      drag.current = {
        appointmentId: place.appointmentId,
        origin: { columnKey: place.columnKey, date: place.date, minutes: place.startMinutes },
        durationMinutes: place.durationMinutes,
        pointerId: event.pointerId,
        startX: event.clientX,
        startY: event.clientY,
        grabMinutes: (event.clientY - blockTop) / pixelsPerMinute,
        moving: false,
        target: null,
      };
      event.currentTarget.setPointerCapture(event.pointerId);
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const current = drag.current;
      if (!current || current.pointerId !== event.pointerId) return;
      if (!current.moving) {
        const travel = Math.hypot(event.clientX - current.startX, event.clientY - current.startY);
        if (travel < DRAG_THRESHOLD) return;
        current.moving = true;
      }
      event.preventDefault();
      scrollNearEdges(event.currentTarget, event.clientX, event.clientY);
      current.target = targetAt(current, event.clientX, event.clientY);
      setPreview({
        appointmentId: current.appointmentId,
        durationMinutes: current.durationMinutes,
        target: current.target,
      });
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      const current = drag.current;
      if (!current || current.pointerId !== event.pointerId) return;
      if (current.moving) {
        dragged.current = true;
        const target = targetAt(current, event.clientX, event.clientY);
        if (target && !sameTarget(target, current.origin))
          onDrop(current.appointmentId, current.origin, target);
      }
      stop();
    },
    onPointerCancel: stop,
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      if (event.key !== "Escape" || !drag.current) return;
      // Escape drops nothing: the block goes back where it was.
      event.preventDefault();
      dragged.current = drag.current.moving;
      stop();
    },
  });

  /** True once for the click that ends a drag: that click must not open the details. */
  const consumeDragClick = useCallback(() => {
    const was = dragged.current;
    dragged.current = false;
    return was;
  }, []);

  return { preview, handlersFor, consumeDragClick };
}
