import { parseDecimal } from "../i18n/parse-decimal.ts";
import type { Subject } from "./screening-types.ts";

// Typed-in vitals (a decimal comma is fine) to the screening subject, with what is wrong
// with them: used by the public advisor and by the staff's screening form alike.

export type VitalField = "weightKg" | "bodyTemperatureC" | "systolic" | "diastolic";
export type VitalProblem = { field: VitalField; problem: "not-a-number" | "both-pressures" };

export interface TypedVitals {
  weightKg: string;
  bodyTemperatureC: string;
  systolic: string;
  diastolic: string;
  pregnant: boolean;
}

export function vitalsSubject(values: TypedVitals): { subject: Subject; problems: VitalProblem[] } {
  const problems: VitalProblem[] = [];
  const number = (field: VitalField) => {
    const value = parseDecimal(values[field]);
    if (value === null) problems.push({ field, problem: "not-a-number" });
    return value ?? undefined;
  };
  const subject: Subject = {};
  const weightKg = number("weightKg");
  const bodyTemperatureC = number("bodyTemperatureC");
  const systolic = number("systolic");
  const diastolic = number("diastolic");
  if (weightKg !== undefined) subject.weightKg = weightKg;
  if (bodyTemperatureC !== undefined) subject.bodyTemperatureC = bodyTemperatureC;
  if (systolic !== undefined && diastolic !== undefined) subject.bloodPressure = { systolic, diastolic };
  else if (systolic !== undefined) problems.push({ field: "diastolic", problem: "both-pressures" });
  else if (diastolic !== undefined) problems.push({ field: "systolic", problem: "both-pressures" });
  if (values.pregnant) subject.pregnant = true;
  return { subject, problems };
}
