import { ApiError } from "./api-error.ts";
import { request } from "./http.ts";
import type { ScreeningRequest } from "./screening-types.ts";
import type { OpeningHours } from "./types.ts";

// The public self-booking: a clinic's online offerings, their free times and the booking
// itself. No session: a 401 never sends a visitor to the staff login.

export interface PublicOffering {
  id: string;
  procedureId: string;
  name: string;
  durationMinutes: number;
  priceMinor: number;
  currency: string;
}

export interface PublicClinic {
  id: string;
  name: string;
  city: string;
  address: string;
  timeZone: string;
  currency: string;
  openingHours: OpeningHours;
  offerings: PublicOffering[];
}

export interface PublicSlot {
  start: string;
  end: string;
}

export interface PublicAvailability {
  timeZone: string;
  slots: PublicSlot[];
}

export interface PublicClientDetails {
  firstName: string;
  lastName: string;
  phone: string;
  email?: string;
  language?: string;
}

export interface PublicBookingRequest {
  offeringId: string;
  start: string;
  client: PublicClientDetails;
  screening: ScreeningRequest;
  consentDataProcessing: boolean;
}

/** What the clinic answers a booking with: enough to show the visitor their appointment. */
export interface PublicBooking {
  appointmentId: string;
  start: string;
  end: string;
  offering: { name: string; procedureId: string };
  clinic: { name: string; city: string; address: string; timeZone: string };
  priceMinor: number;
  currency: string;
}

/**
 * A refused booking. Besides the usual problem fields it keeps what the visitor needs next:
 * other free times when the slot was just taken, the date a postponement lasts until.
 */
export class BookingRefusal extends ApiError {
  constructor(
    base: ApiError,
    readonly alternatives: PublicSlot[],
    readonly until: string | null,
    readonly reason: string | null,
  ) {
    super(base.status, base.code, base.message, base.fieldErrors, base.retryAfterSeconds, base.extensions);
    this.name = "BookingRefusal";
  }
}

const open = { allowUnauthenticated: true };
const clinicPath = (clinicId: string) => `/public/clinics/${encodeURIComponent(clinicId)}`;

function slotsOf(value: unknown): PublicSlot[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (slot): slot is PublicSlot => typeof slot?.start === "string" && typeof slot?.end === "string",
  );
}

const text = (value: unknown) => (typeof value === "string" ? value : null);

/** The server's refusal read for the visitor; a request that never reached it stays as it is. */
function refusalFrom(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.status === 0) return error;
  const { alternatives, until, reason } = error.extensions;
  return new BookingRefusal(error, slotsOf(alternatives), text(until), text(reason));
}

async function postBooking(
  clinicId: string,
  body: PublicBookingRequest,
  idempotencyKey: string,
): Promise<PublicBooking> {
  try {
    return await request<PublicBooking>("POST", `${clinicPath(clinicId)}/appointments`, {
      ...open,
      body,
      idempotencyKey,
    });
  } catch (error) {
    throw refusalFrom(error);
  }
}

export const publicBookingApi = {
  clinic: (clinicId: string) => request<PublicClinic>("GET", clinicPath(clinicId), open),
  /** Free starts of an offering on the clinic's local days [from, to). */
  availability: (clinicId: string, offeringId: string, from: string, to: string) =>
    request<PublicAvailability>("GET", `${clinicPath(clinicId)}/availability`, {
      ...open,
      query: { offering: offeringId, from, to },
    }),
  book: postBooking,
};
