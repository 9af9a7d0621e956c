import type { NumericPersonField, PersonFieldTest } from "../catalog/schema.ts";
import type { Subject } from "./contract.ts";

// Person data as the catalog's tests name it. Conditions with `presentWhen` (fever from
// body temperature, hypertension from blood pressure, pregnancy) are present when any
// test holds on a measured value; an unmeasured value proves nothing either way.

export type PersonValues = Readonly<Record<NumericPersonField, number | undefined>> & {
  readonly pregnant: boolean | undefined;
};

export function personValues(subject: Subject | undefined): PersonValues {
  return {
    weightKg: subject?.weightKg,
    bodyTemperatureC: subject?.bodyTemperatureC,
    systolicBpMmHg: subject?.bloodPressure?.systolic,
    diastolicBpMmHg: subject?.bloodPressure?.diastolic,
    pregnant: subject?.pregnant,
  };
}

export function testHolds(test: PersonFieldTest, person: PersonValues): boolean {
  if (test.field === "pregnant") return person.pregnant === test.equals;
  const value = person[test.field];
  if (value === undefined) return false;
  if (test.atLeast !== undefined && value < test.atLeast) return false;
  if (test.atMost !== undefined && value > test.atMost) return false;
  return true;
}

export function anyTestHolds(tests: readonly PersonFieldTest[], person: PersonValues): boolean {
  for (const test of tests) if (testHolds(test, person)) return true;
  return false;
}
