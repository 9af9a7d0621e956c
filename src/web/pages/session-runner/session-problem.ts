import { ApiError } from "../../api/api-error.ts";
import type { SessionChecklistItem } from "../../api/sessions-types.ts";
import type { MessageKey } from "../../i18n/en.ts";
import type { I18n } from "../../i18n/i18n.tsx";
import { problemMessage } from "../../i18n/problem-message.ts";

// A refusal of the session API in words: which checklist items are missing, why the
// screening does not allow the session today, what a timer needs before it may stop, why a
// photo or a discharge was refused.

const BY_CODE: Record<string, MessageKey> = {
  "screening-required": "session.problem.screeningRequired",
  contraindicated: "session.problem.contraindicated",
  "needs-review": "session.problem.needsReview",
  "overrun-reason-required": "session.problem.overrunReasonRequired",
  "no-exposure-limit": "session.problem.noExposureLimit",
  "exposure-not-stopped": "session.problem.exposureNotStopped",
  "invalid-session-status": "session.problem.invalidStatus",
  "appointment-not-checked-in": "session.problem.notCheckedIn",
  "session-exists": "session.problem.exists",
  "session-not-found": "problem.notFound",
  "photo-consent-missing": "session.problem.photoConsentMissing",
  "observation-not-over": "session.problem.observationNotOver",
};

export function sessionProblemMessage(
  error: unknown,
  i18n: Pick<I18n, "t" | "serverMessage" | "language" | "formatDate">,
  items: readonly SessionChecklistItem[] = [],
): string {
  if (!(error instanceof ApiError)) return problemMessage(error, i18n);
  if (error.code === "checklist-incomplete") {
    const missing = Array.isArray(error.extensions.missing) ? error.extensions.missing : [];
    const names = missing.map((id) => {
      const item = items.find((candidate) => candidate.id === id);
      return item ? item.text[i18n.language] : String(id);
    });
    return i18n.t("session.problem.checklistIncomplete", { items: names.join("; ") });
  }
  if (error.code === "postponed" && typeof error.extensions.until === "string") {
    return i18n.t("session.problem.postponedUntil", { date: i18n.formatDate(error.extensions.until) });
  }
  if (error.code === "postponed") return i18n.t("session.problem.postponed");
  const key = BY_CODE[error.code];
  return key ? i18n.t(key) : problemMessage(error, i18n);
}
