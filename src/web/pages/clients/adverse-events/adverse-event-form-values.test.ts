import { Temporal } from "temporal-polyfill";
import { describe, expect, test } from "vitest";
import {
  type AdverseEventFormValues,
  emptyAdverseEvent,
  requestFromValues,
} from "./adverse-event-form-values.ts";

// Friday 2026-11-20, 12:00:30 in Moscow.
const now = Temporal.Instant.from("2026-11-20T09:00:30Z");
const zone = "Europe/Moscow";
const session = "8a3c2f0e-5b1d-4c6a-9e7f-0123456789ab";

const filled = (change: Partial<AdverseEventFormValues> = {}): AdverseEventFormValues => ({
  ...emptyAdverseEvent(now, zone),
  type: "cold-burn",
  severity: "moderate",
  description: "  Blistering on the left cheek ",
  ...change,
});

describe("the adverse event form", () => {
  test("opens on the current minute of the device's clock", () => {
    expect(emptyAdverseEvent(now, zone).onset).toBe("2026-11-20T12:00");
    expect(emptyAdverseEvent(now, "UTC").onset).toBe("2026-11-20T09:00");
  });

  test("sends the onset with the zone's offset and the texts trimmed", () => {
    const { request, problems } = requestFromValues(filled({ onset: "2026-11-20T11:30" }), {
      now,
      timeZone: zone,
    });
    expect(problems).toEqual([]);
    expect(request).toEqual({
      type: "cold-burn",
      severity: "moderate",
      onsetAt: "2026-11-20T11:30:00+03:00",
      description: "Blistering on the left cheek",
      actions: "",
      followUp: "",
    });
  });

  test("names every missing field and an onset still to come, and sends nothing", () => {
    const { request, problems } = requestFromValues(
      { ...emptyAdverseEvent(now, zone), onset: "2026-11-20T12:01" },
      { now, timeZone: zone },
    );
    expect(request).toBeNull();
    expect(problems).toEqual([
      { field: "type", problem: "typeRequired" },
      { field: "severity", problem: "severityRequired" },
      { field: "onsetAt", problem: "onsetFuture" },
      { field: "description", problem: "descriptionRequired" },
    ]);
    expect(requestFromValues(filled({ onset: "2026-11-20" }), { now, timeZone: zone }).problems).toEqual([
      { field: "onsetAt", problem: "onsetRequired" },
    ]);
  });

  test("links the session it was opened for, with how long the sign has lasted, unless unticked", () => {
    const linked = requestFromValues(filled({ lastedValue: "1,5", lastedUnit: "days" }), {
      now,
      timeZone: zone,
      appointmentId: session,
    });
    expect(linked.request).toMatchObject({ appointmentId: session, lasted: { value: 1.5, unit: "days" } });
    const unlinked = requestFromValues(filled({ linkSession: false, lastedValue: "5" }), {
      now,
      timeZone: zone,
      appointmentId: session,
    });
    expect(unlinked.request).not.toHaveProperty("appointmentId");
    expect(unlinked.request).not.toHaveProperty("lasted");
    expect(
      requestFromValues(filled({ lastedValue: "0" }), { now, timeZone: zone, appointmentId: session })
        .problems,
    ).toEqual([{ field: "lasted.value", problem: "lastedInvalid" }]);
  });
});
