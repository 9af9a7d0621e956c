import type { CSSProperties, ReactNode } from "react";
import type { Appointment } from "../../api/booking-types.ts";
import { AppointmentBlock, type DragHandlers, REM_PER_MINUTE } from "./appointment-block.tsx";
import { cellKey, type HourRange, type Placement } from "./calendar-layout.ts";
import { clockText } from "./calendar-time.ts";
import type { BlockPlace, DragPreview } from "./use-appointment-drag.ts";

// The drawing both views share: a time axis in the clinic's wall-clock hours and columns
// (practitioners or resources of one day, or the days of a week) with their appointments.
// It scrolls both ways inside its own area, headers and hours staying in sight.

export interface GridColumn {
  /** What a drop on it changes: a practitioner's or resource's id, or the day in the week view. */
  key: string;
  date: string;
  heading: ReactNode;
  /** The column's name for screen readers, which hear it on entering a block in it. */
  label: string;
  isToday?: boolean;
}

const columnId = (column: GridColumn) => cellKey(column.key, column.date);

export function CalendarGrid(props: {
  columns: GridColumn[];
  /** The appointments of each column, by column key and date ("key|date"). */
  placed: Map<string, Placement[]>;
  range: HourRange;
  regionLabel: string;
  /** The narrowest a column may get before the area scrolls sideways. */
  minColumnWidth: string;
  timeText: (appointment: Appointment) => string;
  /** Who or what an appointment is with, when its column does not say it (the week view). */
  withText?: (appointment: Appointment) => string;
  contextText: (appointment: Appointment, column: GridColumn) => string;
  preview: DragPreview | null;
  savingIds: ReadonlySet<string>;
  isMovable: (appointment: Appointment) => boolean;
  dragHandlers: (place: BlockPlace) => DragHandlers;
  onOpen: (appointment: Appointment) => void;
}) {
  const { range } = props;
  const totalMinutes = range.end - range.start;
  const hours: number[] = [];
  for (let minute = range.start; minute < range.end; minute += 60) hours.push(minute);
  const gridStyle = {
    gridTemplateColumns: `3.75rem repeat(${props.columns.length}, minmax(${props.minColumnWidth}, 1fr))`,
    "--calendar-height": `${totalMinutes * REM_PER_MINUTE}rem`,
  } as CSSProperties;

  return (
    <section
      className="calendar-scroll"
      data-scroll-area=""
      aria-label={props.regionLabel}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling area must be reachable by keyboard to scroll it
      tabIndex={0}
    >
      <div className="calendar-grid" style={gridStyle}>
        <div className="calendar-grid__corner" aria-hidden="true" />
        {props.columns.map((column) => (
          <div
            key={`head-${columnId(column)}`}
            className={`calendar-grid__head${column.isToday ? " calendar-grid__head--today" : ""}`}
          >
            {column.heading}
          </div>
        ))}
        <div className="calendar-grid__axis" aria-hidden="true">
          {hours.map((minute) => (
            <span
              key={minute}
              className="calendar-grid__hour"
              style={{ top: `${(minute - range.start) * REM_PER_MINUTE}rem` }}
            >
              {clockText(minute)}
            </span>
          ))}
        </div>
        {props.columns.map((column) => {
          const target = props.preview?.target;
          const showPreview = target && target.columnKey === column.key && target.date === column.date;
          return (
            // biome-ignore lint/a11y/useSemanticElements: a column of the drawing, not a set of form fields
            <div
              key={`body-${columnId(column)}`}
              role="group"
              aria-label={column.label}
              className="calendar-grid__column"
              data-drop-column={column.key}
              data-drop-date={column.date}
              data-range-start={range.start}
              data-range-end={range.end}
            >
              {(props.placed.get(columnId(column)) ?? []).map((placed) => (
                <AppointmentBlock
                  key={placed.appointment.id}
                  appointment={placed.appointment}
                  offsetMinutes={placed.span.start - range.start}
                  durationMinutes={placed.span.end - placed.span.start}
                  lane={placed.lane}
                  timeText={props.timeText(placed.appointment)}
                  withText={props.withText?.(placed.appointment)}
                  context={props.contextText(placed.appointment, column)}
                  dragging={props.preview?.appointmentId === placed.appointment.id}
                  saving={props.savingIds.has(placed.appointment.id)}
                  movable={props.isMovable(placed.appointment)}
                  drag={props.dragHandlers({
                    appointmentId: placed.appointment.id,
                    columnKey: column.key,
                    date: column.date,
                    startMinutes: placed.span.start,
                    durationMinutes: placed.span.end - placed.span.start,
                  })}
                  onOpen={() => props.onOpen(placed.appointment)}
                />
              ))}
              {showPreview && props.preview && (
                <div
                  className="calendar-grid__drop"
                  aria-hidden="true"
                  style={{
                    top: `${(target.minutes - range.start) * REM_PER_MINUTE}rem`,
                    height: `${props.preview.durationMinutes * REM_PER_MINUTE}rem`,
                  }}
                >
                  {clockText(target.minutes)}–{clockText(target.minutes + props.preview.durationMinutes)}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
