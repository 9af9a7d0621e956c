import { describe, expect, it } from "vitest";
import { client, find, record } from "../../test/support/fhir-record-fixtures.ts";
import { patientResource } from "./person-resources.ts";

describe("the client as FHIR R4", () => {
  it("writes the client's name with the patronymic as a given name, and their language", () => {
    const patient = patientResource(client);
    expect(patient.name?.[0]).toEqual({
      use: "official",
      text: "Иванова Мария Петровна",
      family: "Иванова",
      given: ["Мария", "Петровна"],
    });
    expect(patient.communication?.[0]?.language.coding?.[0]?.code).toBe("ru");
    expect(patientResource({ ...client, archivedAt: "2026-03-03T00:00:00Z" }).active).toBe(false);
  });

  it("codes conditions in ICD-10 and keeps a past one as resolved", () => {
    const [hypertension, acne] = find(record().resources, "Condition");
    expect(hypertension?.code?.coding).toEqual([{ system: "http://hl7.org/fhir/sid/icd-10", code: "I10" }]);
    expect(acne?.code?.coding?.[0]?.code).toBe("L70.0");
    expect(acne?.clinicalStatus?.coding?.[0]?.code).toBe("resolved");
    expect(acne?.bodySite?.[0]?.coding?.[0]?.code).toBe("face");
  });

  it("states each consent as a permit or a deny", () => {
    const consent = find(record().resources, "Consent")[0];
    expect(consent?.provision?.provision?.map((p) => [p.code?.[0]?.coding?.[0]?.code, p.type])).toEqual([
      ["data-processing", "permit"],
      ["marketing", "deny"],
      ["photos", "permit"],
    ]);
  });
});
