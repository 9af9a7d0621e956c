import type { RecentProcedure, ScreeningCondition, Subject } from "../screening/contract.ts";

// A client's record as the plain inputs the FHIR builders take for `Patient/{id}/$everything`:
// the caller maps stored rows to them, so the builders stay pure.

export type Lang = "en" | "ru";

export interface Exposure {
  area: string;
  method: string;
  seconds: number;
  /** The protocol's limit for this exposure; null where the protocol sets none. */
  limitSeconds: number | null;
  temperatureSetC?: number | null;
  temperatureMeasuredC?: number | null;
}

/** What was done in one session, as the session record stores it. */
export interface SessionRecord {
  id: string;
  appointmentId: string;
  clientId: string;
  practitioner: { id: string; name: string };
  /** The cabin or apparatus used; null for procedures done by hand (ice cryomassage). */
  device: { id: string; name: string; kind: string } | null;
  procedureId: string;
  procedureName: { en: string; ru: string };
  method: string;
  startedAt: string | Date;
  finishedAt: string | Date | null;
  exposures: readonly Exposure[];
  nitrogenLitres: number | null;
  outcome: string;
  notes: string;
  /** The client's condition as they left after observation, and why early if they did. */
  discharge?: { at: string | Date; note: string; earlyReason: string | null } | null;
}

export const ADVERSE_EVENT_TYPES = [
  "frostbite",
  "cold-burn",
  "dermatitis",
  "pigmentation-change",
  "pain",
  "oedema",
  "allergic-reaction",
  "nerve-damage",
  "other",
] as const;
export type AdverseEventType = (typeof ADVERSE_EVENT_TYPES)[number];

export interface AdverseEventRecord {
  id: string;
  sessionId: string | null;
  clientId: string;
  type: AdverseEventType;
  severity: "mild" | "moderate" | "severe";
  onsetAt: string | Date;
  actions: string;
  followUp: string;
}

/** Vital signs taken before a session (or at intake): any subset. */
export interface VitalSigns {
  /** The record they were taken in; observation ids derive from it. */
  id: string;
  clientId: string;
  measuredAt: string | Date;
  sessionId?: string;
  weightKg?: number;
  bodyTemperatureC?: number;
  bloodPressure?: { systolic: number; diastolic: number };
  heartRatePerMin?: number;
}

export type RecordedCondition = ScreeningCondition & {
  /** The Condition resource's id (a UUID): `id` is the catalog condition. */
  resourceId: string;
  text?: string;
  recordedDate?: string;
};

/** One stored screening: the answers its request held, and who recorded them when. */
export interface ScreeningAnswers {
  /** The screening's id, which its QuestionnaireResponse keeps. */
  id: string;
  clientId: string;
  kind: "intake" | "pre-session";
  recordedAt: string | Date;
  /** The staff member who recorded it; null when the client booked online or it was imported. */
  recordedBy: { id: string; name: string } | null;
  /** The session it was the pre-session check of, when that session is exported. */
  sessionId?: string;
  subject: Subject;
  conditions: readonly ScreeningCondition[];
  recentProcedures: readonly RecentProcedure[];
  /** The area to be treated. */
  site?: string;
}

/** The catalog's names for the codes answers carry, in the client's language, where it has one. */
export interface CatalogNames {
  condition(id: string): string | undefined;
  site(id: string): string | undefined;
  procedure(id: string): string | undefined;
}
