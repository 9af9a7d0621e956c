import type { ApiError } from "../api/api-error.ts";
import type { MessageKey } from "./en.ts";
import type { I18n } from "./i18n.tsx";

// What to tell the user when a request fails, chosen by the problem's stable code.

const BY_CODE: Record<string, MessageKey> = {
  "network-error": "problem.network",
  "invalid-credentials": "problem.invalidCredentials",
  "too-many-login-attempts": "problem.tooManyLoginAttempts",
  "validation-failed": "problem.validation",
  "email-taken": "problem.emailTaken",
  "invitation-not-found": "problem.invitationNotFound",
  "client-not-found": "problem.notFound",
  "clinic-not-found": "problem.notFound",
  "staff-member-not-found": "problem.notFound",
  "closure-not-found": "problem.notFound",
  "offering-not-found": "problem.notFound",
  "resource-not-found": "problem.notFound",
  "outage-not-found": "problem.notFound",
  "time-off-not-found": "problem.notFound",
  "appointment-not-found": "problem.notFound",
  "course-not-found": "problem.notFound",
  "not-found": "problem.notFound",
  "procedure-not-found": "problem.procedureNotFound",
  "protocol-out-of-range": "problem.protocolOutOfRange",
  "screening-input-invalid": "problem.validation",
  "screening-not-found": "problem.notFound",
  "physician-required": "problem.physicianRequired",
  "not-needs-review": "problem.notNeedsReview",
  "already-reviewed": "problem.alreadyReviewed",
  "csrf-token-invalid": "problem.sessionChanged",
  "not-authenticated": "problem.sessionEnded",
  "internal-error": "problem.internal",
};

export function problemMessage(error: unknown, i18n: Pick<I18n, "t" | "serverMessage">): string {
  const apiError = error as ApiError;
  if (apiError?.code === "too-many-login-attempts" && apiError.retryAfterSeconds) {
    return i18n.t("problem.tooManyLoginAttemptsFor", { minutes: Math.ceil(apiError.retryAfterSeconds / 60) });
  }
  const key = typeof apiError?.code === "string" ? BY_CODE[apiError.code] : undefined;
  if (key) return i18n.t(key);
  // Forbidden and other coded refusals carry a specific English title worth showing.
  if (typeof apiError?.message === "string" && apiError.message) return i18n.serverMessage(apiError.message);
  return i18n.t("problem.unknown");
}
