import { request } from "./http.ts";
import type {
  ChecklistAnswer,
  ExposureStop,
  PhotoKind,
  Session,
  SessionDischargeRequest,
  SessionFinish,
  SessionPhoto,
} from "./sessions-types.ts";

// Running a treatment session: opened at a checked-in appointment, its checklist answered,
// started, its exposures timed by the server, finished into observation, discharged; its
// photos and the aftercare sheet, which the browser loads by address with the session cookie.

const sessionPath = (id: string) => `/sessions/${encodeURIComponent(id)}`;
const exposurePath = (id: string, exposureId: string) =>
  `${sessionPath(id)}/exposures/${encodeURIComponent(exposureId)}`;

export const sessionsApi = {
  /** The key is made once per click, so a retried request opens one session. */
  create: (appointmentId: string, methodId: string, idempotencyKey: string) =>
    request<Session>("POST", `/appointments/${encodeURIComponent(appointmentId)}/session`, {
      body: { methodId },
      idempotencyKey,
    }),
  get: (id: string) => request<Session>("GET", sessionPath(id)),
  answer: (id: string, answers: Record<string, ChecklistAnswer>) =>
    request<Session>("PUT", `${sessionPath(id)}/checklist`, { body: { answers } }),
  start: (id: string) => request<Session>("POST", `${sessionPath(id)}/start`),
  addExposure: (id: string, area: string) =>
    request<Session>("POST", `${sessionPath(id)}/exposures`, { body: { area } }),
  pause: (id: string, exposureId: string) =>
    request<Session>("POST", `${exposurePath(id, exposureId)}/pause`),
  resume: (id: string, exposureId: string) =>
    request<Session>("POST", `${exposurePath(id, exposureId)}/resume`),
  stop: (id: string, exposureId: string, stop: ExposureStop) =>
    request<Session>("POST", `${exposurePath(id, exposureId)}/stop`, { body: stop }),
  finish: (id: string, finish: SessionFinish) =>
    request<Session>("POST", `${sessionPath(id)}/finish`, { body: finish }),
  discharge: (id: string, discharge: SessionDischargeRequest) =>
    request<Session>("POST", `${sessionPath(id)}/discharge`, { body: discharge }),
  /** The picture's own bytes as the body, its type as Content-Type. */
  uploadPhoto: (id: string, kind: PhotoKind, picture: Blob) =>
    request<SessionPhoto>("POST", `${sessionPath(id)}/photos`, { body: picture, query: { kind } }),
  photoUrl: (id: string, photoId: string) =>
    `/api/v1${sessionPath(id)}/photos/${encodeURIComponent(photoId)}`,
  /** The sheet in the client's language, as a page to print or a PDF to hand over. */
  aftercareUrl: (id: string, format: "html" | "pdf") =>
    `/api/v1${sessionPath(id)}/aftercare?format=${format}`,
};
