import type { CSSProperties, KeyboardEvent, PointerEvent } from "react";
import type { Appointment } from "../../api/booking-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { STATUS_SYMBOLS, StatusLabel } from "./appointment-status.tsx";
import type { Lane } from "./calendar-layout.ts";
import { procedureColour } from "./procedure-palette.ts";

// One appointment on the calendar: a real button (click or Enter opens its details) that
// can also be dragged. Its colour is its procedure; its status is a pattern and a word.

/** The calendar's scale: an hour is 4rem tall. */
export const REM_PER_MINUTE = 4 / 60;
/** Shorter appointments have room for one line of text only. */
const COMPACT_MINUTES = 25;

export interface DragHandlers {
  onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLElement>) => void;
  onPointerCancel: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

export function AppointmentBlock(props: {
  appointment: Appointment;
  /** Minutes from the top of the column. */
  offsetMinutes: number;
  durationMinutes: number;
  lane: Lane;
  timeText: string;
  /** Who or what it is with, when the column does not say it (the week view). */
  withText?: string | undefined;
  /** Read by screen readers only: the day and column, which sighted users see around it. */
  context: string;
  dragging: boolean;
  saving: boolean;
  movable: boolean;
  drag: DragHandlers;
  onOpen: () => void;
}) {
  const { t } = useI18n();
  const { appointment, lane } = props;
  const colour = procedureColour(appointment.offering.procedureId);
  const compact = props.durationMinutes < COMPACT_MINUTES;
  const style = {
    top: `${props.offsetMinutes * REM_PER_MINUTE}rem`,
    height: `${Math.max(props.durationMinutes, 15) * REM_PER_MINUTE}rem`,
    left: `calc(${(lane.lane / lane.lanes) * 100}% + 2px)`,
    width: `calc(${100 / lane.lanes}% - 4px)`,
    "--procedure": colour.strong,
    "--procedure-tint": colour.tint,
  } as CSSProperties;
  const classes = [
    "appointment",
    `appointment--${appointment.status}`,
    props.dragging ? "appointment--dragging" : "",
    props.saving ? "appointment--saving" : "",
    props.movable ? "appointment--movable" : "",
  ].filter(Boolean);
  return (
    <button
      type="button"
      className={classes.join(" ")}
      style={style}
      data-appointment-id={appointment.id}
      aria-busy={props.saving || undefined}
      onClick={props.onOpen}
      {...(props.movable ? props.drag : {})}
    >
      {/* Time and client share the first line, so even a quarter-hour block says who and when;
          one too short for more lines keeps its status as a symbol there, in words for screen readers. */}
      <span className="appointment__line">
        {compact && appointment.status !== "booked" && (
          <span aria-hidden="true">{STATUS_SYMBOLS[appointment.status]} </span>
        )}
        <span className="appointment__time">{props.timeText}</span>{" "}
        <span className="appointment__client">{appointment.client.name}</span>
      </span>{" "}
      <span className={compact ? "visually-hidden" : "appointment__line"}>
        {appointment.offering.name}
        {props.withText ? ` · ${props.withText}` : ""}
      </span>
      {appointment.status !== "booked" && (
        <>
          {" "}
          <span className={compact ? "visually-hidden" : "appointment__line"}>
            <StatusLabel status={appointment.status} />
          </span>
        </>
      )}
      <span className="visually-hidden">
        , {props.context}
        {props.saving ? `, ${t("calendar.saving")}` : ""}
      </span>
    </button>
  );
}
