import type { Language } from "../i18n/language-store.ts";
import { request } from "./http.ts";
import type { Questionnaire } from "./questionnaire-types.ts";
import type {
  ClientScreenings,
  ScreeningKind,
  ScreeningRequest,
  ScreeningResponse,
  StoredScreening,
} from "./screening-types.ts";

const screeningsPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/screenings`;

export const screeningApi = {
  /** The public advisor's screening: answered at once, nothing stored. */
  screen: (input: ScreeningRequest) =>
    request<ScreeningResponse>("POST", "/screenings", { body: input, allowUnauthenticated: true }),
  /** The intake questions, generated from the catalog, in one language. */
  questionnaire: (lang: Language) =>
    request<Questionnaire>("GET", "/intake/questionnaire", { query: { lang }, allowUnauthenticated: true }),
  ofClient: (clientId: string) => request<ClientScreenings>("GET", screeningsPath(clientId)),
  /** Birth date and sex come from the client; the date is the clinic's today. */
  record: (clientId: string, kind: ScreeningKind, input: ScreeningRequest, idempotencyKey: string) =>
    request<StoredScreening>("POST", screeningsPath(clientId), {
      body: input,
      query: { kind },
      idempotencyKey,
    }),
  /** Physicians only (403 physician-required otherwise); answers with the client's screenings. */
  clear: (clientId: string, screeningId: string, input: { procedureId: string; reason: string }) =>
    request<ClientScreenings>(
      "POST",
      `${screeningsPath(clientId)}/${encodeURIComponent(screeningId)}/reviews`,
      { body: input },
    ),
};
