import type { Offering, OfferingInput, OfferingPatch, PractitionerHours } from "./booking-types.ts";
import { request } from "./http.ts";
import type { OpeningHours, Qualification, Resource } from "./types.ts";

// The clinic's booking setup: rooms and devices with their out-of-service periods,
// offerings, and practitioners' working hours and time off (owner, admin). The lists of
// offerings and working hours are read through bookingApi, which the calendar shares.

export interface ResourceDraft {
  name: string;
  kind: Resource["kind"];
  deviceKind?: string;
}

/** A resource as the setup pages see it: with its type as offerings name it. */
export type SetupResource = Resource & {
  clinicId: string;
  /** "room", "cryosauna-cabin", "dewar" or "device:<device kind>". */
  type: string;
};

/** A resource out of service over [start, end). */
export interface Outage {
  id: string;
  resourceId: string;
  resourceName: string;
  start: string;
  end: string;
  reason: string;
}

/** What the catalog suggests for a procedure's offering; the clinic adjusts it before saving. */
export interface OfferingDefaults {
  procedureId: string;
  names: { en: string; ru: string };
  durationMinutes: number;
  /** catalog: the longest documented session; editorial: the articles give no session length. */
  durationBasis: "catalog" | "editorial";
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  resourceTypes: string[];
  qualifications: Qualification[];
  bookableOnline: boolean;
  /** The median of the articles' prices in the clinic's currency, or null when they quote none. */
  priceMinor: number | null;
}

export interface TimeOff {
  id: string;
  start: string;
  end: string;
  reason: string;
}

export interface TimeRangeDraft {
  start: string;
  end: string;
  reason: string;
}

const clinicPath = (clinicId: string) => `/clinics/${encodeURIComponent(clinicId)}`;
const staffPath = (userId: string) => `/staff/${encodeURIComponent(userId)}`;

export const bookingSetupApi = {
  /** Every resource of the clinic, inactive ones too. */
  resources: (clinicId: string) =>
    request<{ items: SetupResource[] }>("GET", `${clinicPath(clinicId)}/resources`),
  addResource: (clinicId: string, draft: ResourceDraft, idempotencyKey: string) =>
    request<SetupResource>("POST", `${clinicPath(clinicId)}/resources`, { body: draft, idempotencyKey }),
  updateResource: (clinicId: string, resourceId: string, patch: { name?: string; active?: boolean }) =>
    request<SetupResource>("PATCH", `${clinicPath(clinicId)}/resources/${encodeURIComponent(resourceId)}`, {
      body: patch,
    }),
  /** Out-of-service periods overlapping the clinic's local days [from, to); either end may be open. */
  outages: (clinicId: string, from?: string, to?: string) =>
    request<{ items: Outage[] }>("GET", `${clinicPath(clinicId)}/outages`, { query: { from, to } }),
  addOutage: (clinicId: string, resourceId: string, draft: TimeRangeDraft, idempotencyKey: string) =>
    request<Outage>("POST", `${clinicPath(clinicId)}/resources/${encodeURIComponent(resourceId)}/outages`, {
      body: draft,
      idempotencyKey,
    }),
  removeOutage: (clinicId: string, outageId: string) =>
    request<void>("DELETE", `${clinicPath(clinicId)}/outages/${encodeURIComponent(outageId)}`),

  offeringDefaults: (clinicId: string, procedureId: string) =>
    request<OfferingDefaults>("GET", `${clinicPath(clinicId)}/offerings/defaults`, {
      query: { procedure: procedureId },
    }),
  addOffering: (clinicId: string, draft: OfferingInput, idempotencyKey: string) =>
    request<Offering>("POST", `${clinicPath(clinicId)}/offerings`, { body: draft, idempotencyKey }),
  updateOffering: (clinicId: string, offeringId: string, patch: OfferingPatch) =>
    request<Offering>("PATCH", `${clinicPath(clinicId)}/offerings/${encodeURIComponent(offeringId)}`, {
      body: patch,
    }),

  setWorkingHours: (clinicId: string, userId: string, hours: OpeningHours) =>
    request<PractitionerHours>("PUT", `${clinicPath(clinicId)}/working-hours/${encodeURIComponent(userId)}`, {
      body: { hours },
    }),
  timeOff: (userId: string) => request<{ items: TimeOff[] }>("GET", `${staffPath(userId)}/time-off`),
  addTimeOff: (userId: string, draft: TimeRangeDraft, idempotencyKey: string) =>
    request<TimeOff>("POST", `${staffPath(userId)}/time-off`, { body: draft, idempotencyKey }),
  removeTimeOff: (userId: string, timeOffId: string) =>
    request<void>("DELETE", `${staffPath(userId)}/time-off/${encodeURIComponent(timeOffId)}`),
};
