import type { ScreeningCondition, ScreeningRequest, Subject } from "../../api/screening-types.ts";
import { vitalsSubject } from "../../api/vitals-subject.ts";
import { type ConcernId, conditionsOf } from "./concerns.ts";

// The visitor's answers as the form holds them (text as typed), and the screening request
// they make. Ranges are the server's to check; here only what cannot be sent at all is
// caught: a number that is not one, half a blood pressure, a procedure ticked without its date.

export interface HealthAnswers {
  weightKg: string;
  bodyTemperatureC: string;
  systolic: string;
  diastolic: string;
  pregnant: boolean;
  /** Ticked conditions, each with the body areas it is at (none chosen: anywhere). */
  conditions: Record<string, { sites: string[] }>;
  /** Ticked earlier procedures with their date, "YYYY-MM-DD" or "" until given. */
  recentProcedures: Record<string, string>;
}

export const NO_ANSWERS: HealthAnswers = {
  weightKg: "",
  bodyTemperatureC: "",
  systolic: "",
  diastolic: "",
  pregnant: false,
  conditions: {},
  recentProcedures: {},
};

/** A form field an answer problem or a server error is shown at. */
export type AnswerField = "weightKg" | "bodyTemperatureC" | "systolic" | "diastolic" | `recent:${string}`;

export type AnswerProblem = "not-a-number" | "both-pressures" | "date-required";

export interface BuiltRequest {
  request: ScreeningRequest;
  problems: { field: AnswerField; problem: AnswerProblem }[];
}

export function buildScreeningRequest(
  concerns: readonly ConcernId[],
  answers: HealthAnswers,
  procedures?: readonly string[],
): BuiltRequest {
  const problems: BuiltRequest["problems"] = [];
  const vitals = vitalsSubject(answers);
  problems.push(...vitals.problems);
  const subject: Subject = vitals.subject;

  // The concerns are conditions the visitor has: the engine weighs disputed indications too.
  const conditions: ScreeningCondition[] = conditionsOf(concerns).map((id) => ({ id }));
  for (const [id, { sites }] of Object.entries(answers.conditions)) {
    if (sites.length === 0) conditions.push({ id });
    for (const site of sites) conditions.push({ id, site });
  }

  const recentProcedures = Object.entries(answers.recentProcedures).flatMap(([id, date]) => {
    if (date) return [{ id, date }];
    problems.push({ field: `recent:${id}`, problem: "date-required" });
    return [];
  });

  const request: ScreeningRequest = { conditions };
  if (Object.keys(subject).length > 0) request.subject = subject;
  if (recentProcedures.length > 0) request.recentProcedures = recentProcedures;
  if (procedures) request.procedures = [...procedures];
  return { request, problems };
}

/** The form field a server error path ("subject.weightKg", "recentProcedures.1.date") belongs to. */
export function answerFieldOf(path: string, request: ScreeningRequest): AnswerField | null {
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
  const recent = path.match(/^recentProcedures\.(\d+)\./);
  const procedure = recent ? request.recentProcedures?.[Number(recent[1])] : undefined;
  return procedure ? `recent:${procedure.id}` : null;
}
