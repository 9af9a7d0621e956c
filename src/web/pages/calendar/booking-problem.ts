import { CHECK_IN_EARLY_MINUTES } from "../../../domain/booking/appointments.ts";
import type { AvailableSlot } from "../../api/booking-types.ts";
import type { MessageKey } from "../../i18n/en.ts";
import type { I18n } from "../../i18n/i18n.tsx";
import { problemMessage } from "../../i18n/problem-message.ts";

// What to tell the front desk when the server refuses a booking or a change, by the
// problem's code; the server decides, the calendar and the wizard only explain.

/** Screening refusals: the client must be screened or cleared before this procedure. */
export const SCREENING_CODES = [
  "screening-required",
  "contraindicated",
  "postponed",
  "needs-review",
] as const;
export type ScreeningCode = (typeof SCREENING_CODES)[number];

const SLOT_REASONS = [
  "in-the-past",
  "clinic-closed",
  "outside-opening-hours",
  "no-practitioner",
  "resource-unavailable",
] as const;
type SlotReason = (typeof SLOT_REASONS)[number];

/** The server's English titles of slot-unavailable, for when the reason member is not at hand. */
const REASON_BY_TITLE: Record<string, SlotReason> = {
  "This time has already passed.": "in-the-past",
  "The clinic is closed that day.": "clinic-closed",
  "The session would not fit in the clinic's opening hours.": "outside-opening-hours",
  "No qualified practitioner is free then.": "no-practitioner",
  "A room or device it needs is not free then.": "resource-unavailable",
};

const BY_CODE: Record<string, MessageKey> = {
  "slot-taken": "calendar.problem.slotTaken",
  "client-busy": "calendar.problem.clientBusy",
  "invalid-status": "calendar.problem.invalidStatus",
  "client-archived": "calendar.problem.clientArchived",
  "screening-required": "calendar.problem.screeningRequired",
  contraindicated: "calendar.problem.contraindicated",
  "needs-review": "calendar.problem.needsReview",
  "appointment-not-found": "calendar.problem.appointmentNotFound",
  "offering-not-found": "calendar.problem.offeringNotFound",
  "check-in-too-late": "calendar.problem.checkInTooLate",
  "no-show-too-early": "calendar.problem.noShowTooEarly",
};

interface Refusal {
  code?: unknown;
  message?: unknown;
  /** Members of the problem document beyond code and title (ApiError.extensions). */
  extensions?: Record<string, unknown>;
}

function member(error: unknown, name: string): unknown {
  return (error as Refusal | null)?.extensions?.[name];
}

export function problemCode(error: unknown): string | null {
  const code = (error as Refusal | null)?.code;
  return typeof code === "string" ? code : null;
}

export function isScreeningRefusal(error: unknown): boolean {
  return (SCREENING_CODES as readonly string[]).includes(problemCode(error) ?? "");
}

function slotReason(error: unknown): SlotReason | null {
  const reason = member(error, "reason");
  if (typeof reason === "string" && (SLOT_REASONS as readonly string[]).includes(reason))
    return reason as SlotReason;
  const title = (error as Refusal | null)?.message;
  return typeof title === "string" ? (REASON_BY_TITLE[title] ?? null) : null;
}

/** The date a postponement lasts until, from the problem or its title. */
function postponedUntil(error: unknown): string | null {
  const until = member(error, "until");
  if (typeof until === "string") return until;
  const title = (error as Refusal | null)?.message;
  return typeof title === "string" ? (title.match(/until (\d{4}-\d{2}-\d{2})/)?.[1] ?? null) : null;
}

export function bookingProblemMessage(
  error: unknown,
  i18n: Pick<I18n, "t" | "serverMessage" | "formatDate">,
): string {
  const code = problemCode(error);
  if (code === "slot-unavailable") {
    const reason = slotReason(error);
    return reason
      ? i18n.t(`calendar.problem.slotUnavailable.${reason}`)
      : i18n.t("calendar.problem.slotUnavailable");
  }
  if (code === "check-in-too-early") {
    return i18n.t("calendar.problem.checkInTooEarly", { minutes: CHECK_IN_EARLY_MINUTES });
  }
  if (code === "postponed") {
    const until = postponedUntil(error);
    return until
      ? i18n.t("calendar.problem.postponedUntil", { date: i18n.formatDate(until) })
      : i18n.t("calendar.problem.postponed");
  }
  const key = code ? BY_CODE[code] : undefined;
  return key ? i18n.t(key) : problemMessage(error, i18n);
}

/** The free slots a slot-taken refusal offered instead, when the error carries them. */
export function offeredAlternatives(error: unknown): AvailableSlot[] | null {
  const alternatives = member(error, "alternatives");
  if (!Array.isArray(alternatives)) return null;
  return alternatives.filter(
    (slot): slot is AvailableSlot => typeof slot?.start === "string" && typeof slot?.end === "string",
  );
}
