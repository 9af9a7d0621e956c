import type { ConditionSummary } from "../../../api/catalog-types.ts";
import type { ScreeningKind, ScreeningRequest, Subject } from "../../../api/screening-types.ts";
import { vitalsSubject } from "../../../api/vitals-subject.ts";

// The screening form as staff fill it in, and the request it sends. Ranges and catalog ids
// are the server's to check; here only what cannot be sent at all is caught.

export interface ChosenCondition {
  condition: ConditionSummary;
  /** A site id, or "" when not stated. */
  site: string;
  /** Past and resolved rather than current. */
  inHistory: boolean;
}

export interface RecentProcedureRow {
  /** Stable across edits, for React and for focus. */
  key: string;
  procedureId: string;
  date: string;
}

export interface ScreeningFormValues {
  kind: ScreeningKind;
  weightKg: string;
  bodyTemperatureC: string;
  systolic: string;
  diastolic: string;
  pregnant: boolean;
  conditions: ChosenCondition[];
  recentProcedures: RecentProcedureRow[];
}

export const EMPTY_SCREENING: ScreeningFormValues = {
  kind: "intake",
  weightKg: "",
  bodyTemperatureC: "",
  systolic: "",
  diastolic: "",
  pregnant: false,
  conditions: [],
  recentProcedures: [],
};

/** Where a problem is shown: a vitals box, a chosen condition's row, a recent procedure's row. */
export type ScreeningField =
  | "weightKg"
  | "bodyTemperatureC"
  | "systolic"
  | "diastolic"
  | `condition:${number}`
  | `recent:${number}`;

export type ScreeningProblem = "not-a-number" | "both-pressures" | "date-required";

export function requestFromValues(values: ScreeningFormValues): {
  request: ScreeningRequest;
  problems: { field: ScreeningField; problem: ScreeningProblem }[];
} {
  const problems: { field: ScreeningField; problem: ScreeningProblem }[] = [];
  const vitals = vitalsSubject(values);
  problems.push(...vitals.problems);
  const subject: Subject = vitals.subject;

  values.recentProcedures.forEach((row, index) => {
    if (!row.date) problems.push({ field: `recent:${index}`, problem: "date-required" });
  });

  const request: ScreeningRequest = {
    conditions: values.conditions.map(({ condition, site, inHistory }) => ({
      id: condition.id,
      ...(site && { site }),
      ...(inHistory && { status: "history" as const }),
    })),
  };
  if (Object.keys(subject).length > 0) request.subject = subject;
  if (values.recentProcedures.length > 0) {
    request.recentProcedures = values.recentProcedures.map(({ procedureId, date }) => ({
      id: procedureId,
      date,
    }));
  }
  return { request, problems };
}

/** The form field a server error path belongs to ("subject.weightKg", "conditions.2.site"…). */
export function fieldOfServerPath(path: string): ScreeningField | null {
  switch (path) {
    case "subject.weightKg":
      return "weightKg";
    case "subject.bodyTemperatureC":
      return "bodyTemperatureC";
    case "subject.bloodPressure.systolic":
      return "systolic";
    case "subject.bloodPressure.diastolic":
      return "diastolic";
  }
  const row = path.match(/^(conditions|recentProcedures)\.(\d+)(\.|$)/);
  if (!row) return null;
  return row[1] === "conditions" ? `condition:${Number(row[2])}` : `recent:${Number(row[2])}`;
}
