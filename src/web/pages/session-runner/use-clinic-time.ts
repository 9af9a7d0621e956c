import { bookingApi } from "../../api/booking-api.ts";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";

// Times of a session as the clinic's wall clock shows them, not the tablet's zone: the
// appointment knows the clinic's zone.

export interface ClinicTime {
  /** False until the clinic's zone is known (or its look-up failed: then the device's zone). */
  ready: boolean;
  /** "10:35" for an ISO instant; "" for none. */
  format: (iso: string | null) => string;
}

export function useClinicTime(appointmentId: string): ClinicTime {
  const { language } = useI18n();
  const appointment = useLoad(appointmentId, () => bookingApi.appointment(appointmentId));
  const timeZone = appointment.data?.timeZone;
  const formatter = new Intl.DateTimeFormat(language, { hour: "2-digit", minute: "2-digit", timeZone });
  return {
    ready: Boolean(appointment.data || appointment.error),
    format: (iso) => (iso ? formatter.format(new Date(iso)) : ""),
  };
}
