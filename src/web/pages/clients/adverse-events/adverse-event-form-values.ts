import { Temporal } from "temporal-polyfill";
import type {
  AdverseEventCreate,
  AdverseEventType,
  ObservedDuration,
  Severity,
} from "../../../api/adverse-events-types.ts";
import { parseDecimal } from "../../../i18n/parse-decimal.ts";
import { instantFromClinicTime } from "../../booking-setup/clinic-instant.ts";

// The adverse event form as a practitioner fills it in, and the request it sends. The onset
// is typed on the clock of the device in hand (a datetime-local box) and sent with that
// zone's offset. Only what cannot be sent at all, or is plainly a slip (an onset still to
// come), is caught here; the rest is the server's to check.

export interface AdverseEventFormValues {
  type: AdverseEventType | "";
  severity: Severity | "";
  /** "2026-11-20T11:30", local to the device. */
  onset: string;
  description: string;
  actions: string;
  followUp: string;
  /** Whether the event followed the session the form was opened for. */
  linkSession: boolean;
  lastedValue: string;
  lastedUnit: ObservedDuration["unit"];
}

/** The request's field each problem is shown at, as the server names it. */
export type AdverseEventField = "type" | "severity" | "onsetAt" | "description" | "lasted.value";

export type AdverseEventProblem =
  | "typeRequired"
  | "severityRequired"
  | "onsetRequired"
  | "onsetFuture"
  | "descriptionRequired"
  | "lastedInvalid";

/** A blank form whose onset is the current minute: most events are recorded as they are noticed. */
export function emptyAdverseEvent(now: Temporal.Instant, timeZone: string): AdverseEventFormValues {
  return {
    type: "",
    severity: "",
    onset: now.toZonedDateTimeISO(timeZone).toPlainDateTime().toString({ smallestUnit: "minute" }),
    description: "",
    actions: "",
    followUp: "",
    linkSession: true,
    lastedValue: "",
    lastedUnit: "h",
  };
}

export function requestFromValues(
  values: AdverseEventFormValues,
  context: { now: Temporal.Instant; timeZone: string; appointmentId?: string | undefined },
): {
  request: AdverseEventCreate | null;
  problems: { field: AdverseEventField; problem: AdverseEventProblem }[];
} {
  const problems: { field: AdverseEventField; problem: AdverseEventProblem }[] = [];
  if (!values.type) problems.push({ field: "type", problem: "typeRequired" });
  if (!values.severity) problems.push({ field: "severity", problem: "severityRequired" });
  const onsetAt = instantFromClinicTime(values.onset, context.timeZone);
  if (onsetAt === null) problems.push({ field: "onsetAt", problem: "onsetRequired" });
  else if (Temporal.Instant.compare(Temporal.Instant.from(onsetAt), context.now) > 0)
    problems.push({ field: "onsetAt", problem: "onsetFuture" });
  if (!values.description.trim()) problems.push({ field: "description", problem: "descriptionRequired" });
  const linked = context.appointmentId !== undefined && values.linkSession;
  // How long it has lasted matters only against a session's procedure.
  const lasted = linked ? parseDecimal(values.lastedValue) : undefined;
  if (lasted === null || (lasted !== undefined && lasted <= 0))
    problems.push({ field: "lasted.value", problem: "lastedInvalid" });
  if (problems.length > 0 || !values.type || !values.severity || onsetAt === null)
    return { request: null, problems };
  return {
    request: {
      type: values.type,
      severity: values.severity,
      onsetAt,
      description: values.description.trim(),
      actions: values.actions.trim(),
      followUp: values.followUp.trim(),
      ...(linked && { appointmentId: context.appointmentId }),
      ...(lasted !== undefined && lasted !== null && { lasted: { value: lasted, unit: values.lastedUnit } }),
    },
    problems,
  };
}
