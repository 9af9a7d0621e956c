import type { CSSProperties } from "react";
import { APPOINTMENT_STATUSES } from "../../api/booking-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { STATUS_SYMBOLS } from "./appointment-status.tsx";
import { procedureColour } from "./procedure-palette.ts";

// What the calendar's colours and patterns mean: one colour per procedure, one pattern
// per status (each block also names both in words).

export function CalendarLegend(props: { procedures: { id: string; name: string }[] }) {
  const { t } = useI18n();
  return (
    <section className="calendar-legend" aria-labelledby="calendar-legend-heading">
      <h2 id="calendar-legend-heading" className="calendar-legend__heading">
        {t("calendar.legend")}
      </h2>
      <div className="calendar-legend__groups">
        <div>
          <h3 className="calendar-legend__title">{t("calendar.legend.procedures")}</h3>
          {props.procedures.length === 0 ? (
            <p className="muted">{t("calendar.legend.noProcedures")}</p>
          ) : (
            <ul className="calendar-legend__list">
              {props.procedures.map((procedure) => {
                const colour = procedureColour(procedure.id);
                return (
                  <li key={procedure.id}>
                    <span
                      className="calendar-legend__swatch"
                      style={
                        { "--procedure": colour.strong, "--procedure-tint": colour.tint } as CSSProperties
                      }
                      aria-hidden="true"
                    />
                    {procedure.name}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        <div>
          <h3 className="calendar-legend__title">{t("calendar.legend.statuses")}</h3>
          <ul className="calendar-legend__list">
            {APPOINTMENT_STATUSES.map((status) => (
              <li key={status}>
                <span className={`calendar-legend__swatch appointment--${status}`} aria-hidden="true">
                  {STATUS_SYMBOLS[status]}
                </span>
                {t(`calendar.status.${status}`)}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
