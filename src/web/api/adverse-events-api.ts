import type {
  AdverseEvent,
  AdverseEventCreate,
  RecordedAdverseEvent,
  RecoveredAdverseEvent,
} from "./adverse-events-types.ts";
import { request } from "./http.ts";

// Adverse events after cold procedures: recording one pauses the client's courses and
// blocks booking until recovery is recorded.

const clientPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/adverse-events`;

export const adverseEventsApi = {
  /** Newest onset first. */
  ofClient: (clientId: string) => request<{ items: AdverseEvent[] }>("GET", clientPath(clientId)),
  /** The key is made once per form, so a retried request records one event. */
  record: (clientId: string, input: AdverseEventCreate, idempotencyKey: string) =>
    request<RecordedAdverseEvent>("POST", clientPath(clientId), { body: input, idempotencyKey }),
  recordRecovery: (id: string, note: string) =>
    request<RecoveredAdverseEvent>("POST", `/adverse-events/${encodeURIComponent(id)}/recovery`, {
      body: { note },
    }),
};
