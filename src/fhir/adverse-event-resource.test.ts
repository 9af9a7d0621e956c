import { describe, expect, it } from "vitest";
import { adverseEvent, ids } from "../../test/support/fhir-record-fixtures.ts";
import { ADVERSE_EVENT_ACTIONS_URL, adverseEventResource } from "./adverse-event-resource.ts";

describe("a reaction as a FHIR R4 AdverseEvent", () => {
  it("reports an adverse event with its ICD-10 code, severity, the session as suspect and what was done", () => {
    const event = adverseEventResource(adverseEvent, "ru");
    expect(event.event?.text).toBe("Обморожение");
    expect(event.event?.coding?.[1]).toMatchObject({
      system: "http://hl7.org/fhir/sid/icd-10",
      code: "T35.7",
    });
    expect(event.severity?.coding?.[0]?.code).toBe("mild");
    expect(event.seriousness?.coding?.[0]?.code).toBe("non-serious");
    expect(adverseEventResource({ ...adverseEvent, severity: "severe" }).seriousness?.coding?.[0]?.code).toBe(
      "serious",
    );
    expect(event.suspectEntity?.[0]?.instance.reference).toBe(`Procedure/${ids.session}`);
    expect(event.extension?.find((e) => e.url === ADVERSE_EVENT_ACTIONS_URL)?.valueString).toBe(
      "Согревание, сухая повязка.",
    );
  });
});
