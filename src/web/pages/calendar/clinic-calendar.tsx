import { useCallback, useMemo, useState } from "react";
import { bookingApi } from "../../api/booking-api.ts";
import type { Appointment } from "../../api/booking-types.ts";
import type { Clinic } from "../../api/types.ts";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { problemMessage } from "../../i18n/problem-message.ts";
import { AppointmentDetails } from "./appointment-details.tsx";
import type { CalendarAddress } from "./calendar-address.ts";
import { useCalendarFormat } from "./calendar-format.ts";
import { CalendarGrid, type GridColumn } from "./calendar-grid.tsx";
import { calendarColumns, columnKeysOf, daySpanOf, placeInCells, visibleHours } from "./calendar-layout.ts";
import { CalendarLegend } from "./calendar-legend.tsx";
import type { CalendarSetup } from "./calendar-setup.ts";
import { addDays, daysFrom, localMoment, todayIn, weekStart } from "./calendar-time.ts";
import { CalendarToolbar } from "./calendar-toolbar.tsx";
import { moveForDrop } from "./drop-move.ts";
import { MoveNotice } from "./move-notice.tsx";
import type { DropTarget } from "./use-appointment-drag.ts";
import { useAppointmentDrag } from "./use-appointment-drag.ts";
import { useCalendarMoves } from "./use-calendar-moves.ts";

// One clinic's calendar: the day (columns per practitioner or resource) or the week
// (a column per day), its appointments placed by the clinic's clock, dragging to move,
// and the details dialog.

/** In the week view a column is a day; a drop there changes the time only. */
const WEEK_COLUMN = "day";

export function ClinicCalendar(props: {
  setup: CalendarSetup & { clinic: Clinic };
  address: CalendarAddress;
  onChange: (patch: Partial<CalendarAddress>) => void;
}) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const { clinic } = props.setup;
  const { address } = props;
  const today = todayIn(clinic.timeZone);
  const date = address.date ?? today;
  const week = address.view === "week";
  const days = week ? daysFrom(weekStart(date), 7) : [date];
  const from = days[0] ?? date;
  const to = addDays(days[days.length - 1] ?? date, 1);

  const list = useLoad(`${clinic.id}|${from}|${to}|${address.showCancelled}`, () =>
    bookingApi.appointments(clinic.id, { from, to, includeCancelled: address.showCancelled }),
  );
  // The server's zone for its answer; the clinic's until it has answered.
  const timeZone = list.data?.timeZone ?? clinic.timeZone;
  const format = useCalendarFormat(timeZone);
  const replace = useCallback(
    (updated: Appointment) =>
      list.setData(
        (previous) =>
          previous && {
            ...previous,
            items: previous.items.map((item) => (item.id === updated.id ? updated : item)),
          },
      ),
    [list.setData],
  );
  const moves = useCalendarMoves(replace);
  const [openId, setOpenId] = useState<string | null>(null);

  const all = (list.data?.items ?? []).map((item) => moves.pending.get(item.id) ?? item);
  const shown = all.filter(
    (item) =>
      (address.showCancelled || item.status !== "cancelled") &&
      days.includes(localMoment(item.start, timeZone).date),
  );

  const entityColumns = calendarColumns(
    address.columns,
    {
      practitioners: props.setup.practitioners,
      resources: clinic.resources,
      offerings: props.setup.offerings,
    },
    shown,
    t("calendar.noResource"),
  );
  const columns: GridColumn[] = week
    ? days.map((day) => ({
        key: WEEK_COLUMN,
        date: day,
        label: format.longDay(day),
        isToday: day === today,
        heading: (
          <button
            type="button"
            className="calendar-grid__day"
            aria-current={day === today ? "date" : undefined}
            onClick={() => props.onChange({ view: "day", date: day })}
          >
            {format.day(day)}
            <span className="visually-hidden">, {t("calendar.openDay")}</span>
          </button>
        ),
      }))
    : entityColumns.map((column) => ({ key: column.key, date, label: column.label, heading: column.label }));
  const placed = placeInCells(shown, timeZone, (item) =>
    week ? [WEEK_COLUMN] : columnKeysOf(item, address.columns),
  );
  const range = visibleHours(
    days,
    clinic.openingHours,
    shown.map((item) => daySpanOf(item, timeZone)),
  );

  const withText = (item: Appointment) =>
    address.columns === "practitioners"
      ? item.practitioner.name
      : item.resources.map((resource) => resource.name).join(", ") || t("calendar.noResource");

  const drop = (appointmentId: string, origin: DropTarget, target: DropTarget) => {
    const original = all.find((item) => item.id === appointmentId);
    if (!original) return;
    const { body, shownMeanwhile } = moveForDrop(original, origin, target, {
      week,
      columns: address.columns,
      entityColumns,
      timeZone,
    });
    void moves.move(original, body, shownMeanwhile);
  };
  const drag = useAppointmentDrag(drop);

  const procedures = useMemo(() => {
    const names = new Map<string, string>();
    for (const offering of props.setup.offerings) {
      if (offering.active) names.set(offering.procedureId, offering.name);
    }
    for (const item of list.data?.items ?? []) {
      if (!names.has(item.offering.procedureId)) names.set(item.offering.procedureId, item.offering.name);
    }
    return [...names].map(([id, fallback]) => ({
      id,
      name: props.setup.procedures.find((procedure) => procedure.id === id)?.names[language] ?? fallback,
    }));
  }, [props.setup, list.data, language]);

  const rangeTitle = week ? format.dayRange(from, days[days.length - 1] ?? from) : format.longDay(date);
  const opened = openId ? all.find((item) => item.id === openId) : undefined;
  const step = (direction: -1 | 1) => props.onChange({ date: addDays(date, direction * (week ? 7 : 1)) });

  return (
    <>
      <CalendarToolbar
        address={address}
        date={date}
        rangeTitle={rangeTitle}
        onDate={(day) => props.onChange({ date: day })}
        onStep={step}
        onToday={() => props.onChange({ date: null })}
        onChange={props.onChange}
      />
      {list.error ? (
        <p className="notice notice--error" role="alert">
          {problemMessage(list.error, i18n)}
        </p>
      ) : null}
      {!week && columns.length === 0 ? (
        <p className="empty">
          {address.columns === "practitioners" ? t("calendar.noPractitioners") : t("calendar.noResources")}
        </p>
      ) : (
        <div className="calendar-frame" aria-busy={list.loading}>
          <CalendarGrid
            columns={columns}
            placed={placed}
            range={range}
            regionLabel={t("calendar.region", { range: rangeTitle })}
            minColumnWidth={week ? "6.5rem" : "9rem"}
            timeText={(item) => format.timeRange(item.start, item.end)}
            withText={week ? withText : undefined}
            contextText={(item, column) =>
              week ? `${withText(item)}, ${column.label}` : `${column.label}, ${format.longDay(column.date)}`
            }
            preview={drag.preview}
            savingIds={new Set(moves.pending.keys())}
            isMovable={(item) => item.status === "booked" && !moves.pending.has(item.id)}
            dragHandlers={drag.handlersFor}
            onOpen={(item) => {
              if (!drag.consumeDragClick()) setOpenId(item.id);
            }}
          />
        </div>
      )}
      <p className="calendar-hint muted">{t("calendar.dragHint")}</p>
      <CalendarLegend procedures={procedures} />
      <MoveNotice outcome={moves.outcome} timeZone={timeZone} onDismiss={moves.dismiss} />
      {opened && (
        <AppointmentDetails
          appointment={opened}
          timeZone={timeZone}
          practitioners={props.setup.practitioners}
          onChanged={replace}
          onClose={() => setOpenId(null)}
        />
      )}
    </>
  );
}
