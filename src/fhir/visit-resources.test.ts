import { beforeAll, describe, expect, it } from "vitest";
import { find, ids, record, session } from "../../test/support/fhir-record-fixtures.ts";
import { loadSpecification, validateR4 } from "../../test/support/fhir-validator.ts";
import { procedureResource } from "./visit-resources.ts";

// Indexing the R4 specification takes seconds on a busy machine.
beforeAll(() => loadSpecification(), 60_000);

describe("the client's visits as FHIR R4", () => {
  it("exports a completed appointment as fulfilled and the next one as booked", () => {
    const [done, next] = find(record().resources, "Appointment");
    expect([done?.status, next?.status]).toEqual(["fulfilled", "booked"]);
    expect(next?.description).toBe("Криосауна: Курс криосауны, 2/10");
    expect(next?.participant.map((p) => p.actor?.type ?? p.actor?.reference)).toEqual([
      `Patient/${ids.client}`,
      `Practitioner/${ids.practitioner}`,
      "Device",
    ]);
  });

  it("records the session with its cabin, performer, period and treated area", () => {
    const procedure = procedureResource(session, "ru");
    expect(procedure.status).toBe("completed");
    expect(procedure.code?.text).toBe("Криосауна");
    expect(procedure.contained?.[0]?.deviceName?.[0]?.name).toBe("Криокапсула 1");
    expect(procedure.usedReference?.[0]?.reference).toBe("#device");
    expect(procedure.performer?.[0]?.actor.reference).toBe(`Practitioner/${ids.practitioner}`);
    expect(procedure.performedPeriod).toEqual({
      start: "2026-03-02T07:00:00.000Z",
      end: "2026-03-02T07:04:00.000Z",
    });
    expect(procedure.bodySite).toEqual([{ text: "всё тело до шеи" }]);
    expect(procedureResource({ ...session, device: null, finishedAt: null }).status).toBe("in-progress");
  });

  it("notes the client's condition at discharge, and why they left early, at the time they left", () => {
    const discharged = procedureResource(
      {
        ...session,
        notes: "",
        discharge: { at: "2026-03-02T07:20:00Z", note: "Кожа розовая", earlyReason: "Торопится" },
      },
      "ru",
    );
    expect(discharged.note).toEqual([
      { time: "2026-03-02T07:20:00.000Z", text: "Состояние при выписке: Кожа розовая" },
      { time: "2026-03-02T07:20:00.000Z", text: "Выписан до конца наблюдения: Торопится" },
    ]);
    expect(validateR4(discharged)).toEqual([]);
    const onTime = procedureResource({
      ...session,
      notes: "",
      discharge: { at: "2026-03-02T07:40:00Z", note: "Fine", earlyReason: null },
    });
    expect(onTime.note).toEqual([{ time: "2026-03-02T07:40:00.000Z", text: "Condition at discharge: Fine" }]);
    expect(procedureResource({ ...session, notes: "" }).note).toBeUndefined();
  });
});
