// The adverse event API's shapes as the web app reads and sends them, taken from the domain
// and from the service's answers so they cannot drift. Instants are ISO 8601 strings.
import type { z } from "zod";
import type {
  adverseEventView,
  recordAdverseEvent,
  recordRecovery,
} from "../../app/adverse-event-service.ts";
import type {
  AdverseEventType,
  adverseEventCreateSchema,
  DescribedReaction,
  ObservedDuration,
  ReactionAssessment,
  Severity,
} from "../../domain/sessions/adverse-events.ts";

export type { AdverseEventType, DescribedReaction, ObservedDuration, ReactionAssessment, Severity };

// Records, so adding a type or a severity to the domain fails to compile here until the
// form offers it; the order is the order the form lists them in.
const TYPES: Record<AdverseEventType, true> = {
  frostbite: true,
  "cold-burn": true,
  dermatitis: true,
  "pigmentation-change": true,
  pain: true,
  oedema: true,
  "allergic-reaction": true,
  "nerve-damage": true,
  other: true,
};
const SEVERITY_LEVELS: Record<Severity, true> = { mild: true, moderate: true, severe: true };

export const ADVERSE_EVENT_TYPES = Object.keys(TYPES) as AdverseEventType[];
export const SEVERITIES = Object.keys(SEVERITY_LEVELS) as Severity[];
export const DURATION_UNITS: readonly ObservedDuration["unit"][] = ["min", "h", "days"];

/** What recording an event sends. */
export type AdverseEventCreate = z.input<typeof adverseEventCreateSchema>;

/** One event as the client's list shows it, with its recovery once recorded. */
export type AdverseEvent = ReturnType<typeof adverseEventView>;

/** The answer to recording: the event, the courses it paused, and what the catalog expects. */
export type RecordedAdverseEvent = Awaited<ReturnType<typeof recordAdverseEvent>>;

/** The answer to recording recovery: the event, and the courses still paused. */
export type RecoveredAdverseEvent = Awaited<ReturnType<typeof recordRecovery>>;
