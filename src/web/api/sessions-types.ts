// The treatment session API's shapes as the web app reads and sends them, taken from the
// domain where it has them so they cannot drift. Times are ISO 8601 instants; every
// exposure's elapsed time is measured by the server's clock at the moment of the read.
import type { ChecklistItem } from "../../domain/sessions/checklist.ts";
import type { ExposurePhase } from "../../domain/sessions/exposure.ts";
import type { ExposureStop } from "../../domain/sessions/session-requests.ts";

export type { ExposurePhase, ExposureStop };

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

export interface Session {
  id: string;
  appointmentId: string;
  procedureId: string;
  methodId: string;
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
  createdAt: string;
  updatedAt: string;
}

export interface SessionFinish {
  nitrogenLitres?: number;
  outcome: string;
  notes: string;
}
