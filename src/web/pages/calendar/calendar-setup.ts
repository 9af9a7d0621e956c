import { bookingApi } from "../../api/booking-api.ts";
import type { Offering, PractitionerHours } from "../../api/booking-types.ts";
import { catalogApi } from "../../api/catalog-api.ts";
import type { ProcedureSummary } from "../../api/catalog-types.ts";
import { clinicsApi } from "../../api/clinics-api.ts";
import type { Clinic } from "../../api/types.ts";

// What the calendar and the wizard need about a clinic before any appointment: the
// clinic (zone, hours, resources), its practitioners' hours, its offerings and the
// catalog's procedure names for the legend.

export interface CalendarSetup {
  clinics: Clinic[];
  clinic: Clinic | null;
  practitioners: PractitionerHours[];
  offerings: Offering[];
  procedures: ProcedureSummary[];
}

export async function loadCalendarSetup(clinicId: string | null): Promise<CalendarSetup> {
  const [{ items: clinics }, { items: procedures }] = await Promise.all([
    clinicsApi.list(),
    catalogApi.procedures(),
  ]);
  const chosen = clinicId ?? clinics[0]?.id ?? null;
  if (!chosen) return { clinics, clinic: null, practitioners: [], offerings: [], procedures };
  const [clinic, hours, offerings] = await Promise.all([
    clinicsApi.get(chosen),
    bookingApi.workingHours(chosen),
    bookingApi.offerings(chosen),
  ]);
  return { clinics, clinic, practitioners: hours.items, offerings: offerings.items, procedures };
}

/** Practitioners with hours at the clinic who hold any one of the offering's qualifications. */
export function qualifiedFor(
  offering: Offering,
  practitioners: readonly PractitionerHours[],
): PractitionerHours[] {
  return practitioners.filter(
    (practitioner) =>
      practitioner.hoursSet &&
      practitioner.qualifications.some((qualification) => offering.qualifications.includes(qualification)),
  );
}
