// The treatment session API's shapes as the web app reads and sends them, taken from the
// domain where it has them so they cannot drift. Times are ISO 8601 instants; every
// exposure's elapsed time is measured by the server's clock at the moment of the read.
import type { ChecklistItem } from "../../domain/sessions/checklist.ts";
import type { ExposurePhase } from "../../domain/sessions/exposure.ts";
import type { ExposureStop, PhotoContentType } from "../../domain/sessions/session-requests.ts";

export type { ExposurePhase, ExposureStop, PhotoContentType };

export type SessionStatus = "preparing" | "running" | "observing" | "finished";
export type ExposureStatus = "running" | "paused" | "stopped";

export interface Vitals {
  bodyTemperatureC: number;
  bloodPressure: { systolic: number; diastolic: number };
}

/** What an item takes: true for a confirmation, kilograms, vitals or free text. */
export type ChecklistAnswer = boolean | number | Vitals | string;

export type SessionChecklistItem = ChecklistItem & { answered: boolean; answer: unknown };

export interface SessionExposure {
  id: string;
  area: string;
  methodId: string;
  status: ExposureStatus;
  limitSeconds: number;
  elapsedSeconds: number;
  phase: ExposurePhase;
  deviation: { overrunSeconds: number } | null;
  overrunReason: string | null;
  temperatureSetC: number | null;
  temperatureMeasuredC: number | null;
  startedAt: string;
  stoppedAt: string | null;
}

export type PhotoKind = "before" | "after";

/** What a stored photo is; its bytes come from its own address, with the session cookie. */
export interface SessionPhoto {
  id: string;
  kind: PhotoKind;
  contentType: string;
  size: number;
  createdAt: string;
}

/** How the client left the observation period. */
export interface SessionDischarge {
  dischargedAt: string;
  note: string;
  earlyReason: string | null;
  /** Before the observation time was over. */
  early: boolean;
}

export interface Session {
  id: string;
  appointmentId: string;
  clientId: string;
  /** The client's consent to photos, as their card records it now. */
  photoConsent: boolean;
  procedureId: string;
  methodId: string;
  /** The cabin or device the session is done with, among those the appointment holds. */
  resourceId: string | null;
  practitionerId: string;
  status: SessionStatus;
  checklist: { items: SessionChecklistItem[]; complete: boolean; missing: string[] };
  screeningId: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  observationUntil: string | null;
  outcome: string | null;
  notes: string | null;
  nitrogenLitres: number | null;
  exposures: SessionExposure[];
  photos: SessionPhoto[];
  discharge: SessionDischarge | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionDischargeRequest {
  note: string;
  earlyReason?: string;
}

export interface SessionFinish {
  nitrogenLitres?: number;
  outcome: string;
  notes: string;
}
