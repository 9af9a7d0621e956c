import { ApiError } from "../../api/api-error.ts";
import { BookingRefusal, type PublicSlot } from "../../api/public-booking-api.ts";
import { type ContactField, contactFieldOf } from "./contact-details.ts";

// A refused booking sorted by what the visitor does next: see the clinic first (a screening
// refusal), pick another time, correct a contact box or an answer, or try again.

/** The screening verdicts that stop an online booking: the clinic must see the visitor first. */
export type Refusal = "contraindicated" | "postpone" | "needs-review";

// The booking's problem codes and the screening's verdicts: "postponed" is the code of "postpone".
const REFUSALS: Readonly<Record<string, Refusal>> = {
  contraindicated: "contraindicated",
  postponed: "postpone",
  postpone: "postpone",
  "needs-review": "needs-review",
};

/** The refusal an API problem code or a screening verdict stands for, if it is one. */
export function refusalOf(codeOrVerdict: string): Refusal | null {
  return Object.hasOwn(REFUSALS, codeOrVerdict) ? (REFUSALS[codeOrVerdict] ?? null) : null;
}

/** What went wrong with the last attempt to book, in the terms the visitor acts on. */
export type BookingProblem =
  | { kind: "slot-taken"; alternatives: PublicSlot[] }
  | { kind: "slot-unavailable" }
  | { kind: "client-busy" };

export type RefusedBooking =
  | { kind: "refused"; refusal: Refusal; until: string | null }
  | { kind: "problem"; problem: BookingProblem }
  | { kind: "contact"; errors: Partial<Record<ContactField, string>> }
  | { kind: "health"; errors: { field: string; message: string }[] }
  | { kind: "unknown"; error: unknown };

export function refusedBooking(error: unknown): RefusedBooking {
  if (!(error instanceof ApiError)) return { kind: "unknown", error };
  const refusal = refusalOf(error.code);
  if (refusal)
    return { kind: "refused", refusal, until: error instanceof BookingRefusal ? error.until : null };
  switch (error.code) {
    case "slot-taken":
      return {
        kind: "problem",
        problem: {
          kind: "slot-taken",
          alternatives: error instanceof BookingRefusal ? error.alternatives : [],
        },
      };
    case "slot-unavailable":
      return { kind: "problem", problem: { kind: "slot-unavailable" } };
    case "client-busy":
      return { kind: "problem", problem: { kind: "client-busy" } };
  }
  const contact: Partial<Record<ContactField, string>> = {};
  for (const { field, message } of error.fieldErrors) {
    const box = contactFieldOf(field);
    if (box && !contact[box]) contact[box] = message;
  }
  if (Object.keys(contact).length > 0) return { kind: "contact", errors: contact };
  const health = error.fieldErrors
    .filter(({ field }) => field.startsWith("screening."))
    .map(({ field, message }) => ({ field: field.slice("screening.".length), message }));
  if (health.length > 0) return { kind: "health", errors: health };
  return { kind: "unknown", error };
}
