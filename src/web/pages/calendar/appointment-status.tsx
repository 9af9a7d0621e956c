import type { AppointmentStatus } from "../../api/booking-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";

// A status in words with a symbol, so the calendar's patterns are never the only sign of it.

export const STATUS_SYMBOLS: Record<AppointmentStatus, string> = {
  booked: "○",
  "checked-in": "✓",
  completed: "✔",
  "no-show": "✕",
  cancelled: "⊘",
};

export function StatusLabel({ status }: { status: AppointmentStatus }) {
  const { t } = useI18n();
  return (
    <span className={`status-label status-label--${status}`}>
      <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span> {t(`calendar.status.${status}`)}
    </span>
  );
}
