import { beforeAll, describe, expect, it } from "vitest";
import {
  adverseEvent,
  appointment,
  client,
  ids,
  intakeScreening,
  record,
  session,
} from "../../test/support/fhir-record-fixtures.ts";
import { loadSpecification, validateR4 } from "../../test/support/fhir-validator.ts";
import { adverseEventResource } from "./adverse-event-resource.ts";
import { bundleEverything } from "./everything-bundle.ts";
import { observationResources } from "./observation-resources.ts";
import { conditionResources, patientResource } from "./person-resources.ts";
import { questionnaireResponseResource } from "./questionnaire-response-resource.ts";
import type * as R4 from "./r4-types.ts";
import { procedureResource } from "./visit-resources.ts";

beforeAll(loadSpecification, 60_000);

describe("the validators catch a broken resource", () => {
  const mutated = <T>(resource: T, change: (copy: Record<string, unknown>) => void) => {
    const copy = structuredClone(resource) as Record<string, unknown>;
    change(copy);
    return copy;
  };
  const exposure = () => observationResources({ session })[0] as R4.Observation;
  const cases: [string, () => object, RegExp][] = [
    [
      "an Observation without status",
      () => mutated(exposure(), (o) => delete o.status),
      /status: Missing required property/,
    ],
    [
      "an Appointment with the Cryodesk status instead of the FHIR one",
      () =>
        mutated(
          appointment(ids.doneAppointment, "2026-03-02T07:00:00Z", "completed", 1),
          (a) => (a.status = "completed"),
        ),
      /schema \/status must be equal to one of the allowed values/,
    ],
    [
      "a Condition whose code is a bare string",
      () =>
        mutated(
          conditionResources(ids.client, [{ resourceId: ids.acne, icd10: "L70" }])[0],
          (c) => (c.code = "L70"),
        ),
      /Condition\.code/,
    ],
    [
      "a Procedure with an impossible start",
      () =>
        mutated(procedureResource(session), (p) => (p.performedPeriod = { start: "2026-02-30T25:00:00Z" })),
      /Invalid dateTime format/,
    ],
    [
      "an Observation time without its offset",
      () => mutated(exposure(), (o) => (o.effectiveDateTime = "2026-03-02T07:00:00")),
      /schema \/effectiveDateTime must match pattern/,
    ],
    [
      "a quantity whose value is text",
      () => mutated(exposure(), (o) => (o.valueQuantity = { value: "200", unit: "s" })),
      /expected number/,
    ],
    [
      "an Observation with both a value and a reason it is absent (obs-6)",
      () => mutated(exposure(), (o) => (o.dataAbsentReason = { text: "not measured" })),
      /obs-6/,
    ],
    [
      "an AdverseEvent whose suspect is the patient",
      () =>
        mutated(
          adverseEventResource(adverseEvent),
          (e) => (e.suspectEntity = [{ instance: { reference: `Patient/${ids.client}` } }]),
        ),
      /suspectEntity\[0\]\.instance: Invalid reference/,
    ],
    [
      "a Patient with an element R4 does not have",
      () => mutated(patientResource(client), (p) => (p.patronymic = "Петровна")),
      /Invalid additional property "patronymic"/,
    ],
    [
      "a QuestionnaireResponse answering a date the local way",
      () =>
        mutated(questionnaireResponseResource(intakeScreening), (r) => {
          const [subject] = r.item as R4.QuestionnaireResponseItem[];
          subject?.item?.[0]?.answer?.splice(0, 1, { valueDate: "12.04.1985" });
        }),
      /answer\[0\]\.value\[x\]: Invalid date format/,
    ],
    [
      "a QuestionnaireResponse authored by a Condition",
      () =>
        mutated(
          questionnaireResponseResource(intakeScreening),
          (r) => (r.author = { reference: `Condition/${ids.acne}` }),
        ),
      /QuestionnaireResponse\.author: Invalid reference/,
    ],
    [
      "a Bundle listing one fullUrl twice (bdl-7)",
      () =>
        mutated(bundleEverything(record()), (b) => {
          const entries = b.entry as R4.BundleEntry[];
          entries.push({
            ...structuredClone(entries[1] as R4.BundleEntry),
            fullUrl: (entries[0] as R4.BundleEntry).fullUrl,
          });
        }),
      /bdl-7/,
    ],
  ];

  it.each(cases)("rejects %s", (_name, build, expected) => {
    expect(validateR4(build()).join("\n")).toMatch(expected);
  });
});
