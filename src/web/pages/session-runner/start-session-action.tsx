import { useState } from "react";
import { ApiError } from "../../api/api-error.ts";
import type { Appointment } from "../../api/booking-types.ts";
import { catalogApi } from "../../api/catalog-api.ts";
import { sessionsApi } from "../../api/sessions-api.ts";
import { SelectField } from "../../components/form-field.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { navigate } from "../../router/navigation.ts";
import { sessionProblemMessage } from "./session-problem.ts";

// From the appointment dialog: opens the treatment session of a checked-in client with one
// of the procedure's methods and goes to it; an existing session is opened instead.

/** The session id a session-exists refusal names, when the server says it. */
const existingSessionId = (error: unknown) =>
  error instanceof ApiError &&
  error.code === "session-exists" &&
  typeof error.extensions.sessionId === "string"
    ? error.extensions.sessionId
    : null;

const sessionAddress = (id: string) => `/sessions/${encodeURIComponent(id)}`;

export function StartSessionAction({ appointment }: { appointment: Appointment }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const procedureId = appointment.offering.procedureId;
  const procedure = useLoad(procedureId, () => catalogApi.procedure(procedureId));
  const methods = procedure.data?.methods ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const methodId = chosen ?? methods[0]?.id ?? "";
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const submission = useSubmission();

  if (appointment.status !== "checked-in") return null;
  const existing = existingSessionId(submission.error);

  const start = async () => {
    const session = await submission.run(() => sessionsApi.create(appointment.id, methodId, idempotencyKey));
    if (session) navigate(sessionAddress(session.id));
  };

  return (
    <section className="start-session" aria-label={t("session.startFromCalendar")}>
      {submission.error && !existing ? (
        <p className="notice notice--error" role="alert">
          {sessionProblemMessage(submission.error, i18n)}
        </p>
      ) : null}
      {methods.length > 1 && (
        <SelectField label={t("session.method")} value={methodId} onChange={(e) => setChosen(e.target.value)}>
          {methods.map((method) => (
            <option key={method.id} value={method.id}>
              {method.names[language]}
            </option>
          ))}
        </SelectField>
      )}
      <div className="form-actions">
        {existing ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => navigate(sessionAddress(existing))}
          >
            {t("session.open")}
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            disabled={submission.pending || !methodId}
            onClick={start}
          >
            {t("session.startFromCalendar")}
          </button>
        )}
      </div>
    </section>
  );
}
