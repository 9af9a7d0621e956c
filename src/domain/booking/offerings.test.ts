import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { fieldIssues } from "../validation.ts";
import {
  assertPractitioner,
  isResourceType,
  localDaysQuerySchema,
  offeringCreateSchema,
  resourceCreateSchema,
  resourceType,
  timeRangeCreateSchema,
} from "./offerings.ts";

const issuesOf = (
  schema: { safeParse(input: unknown): { success: boolean; error?: unknown } },
  input: unknown,
) => {
  const result = schema.safeParse(input) as ReturnType<typeof offeringCreateSchema.safeParse>;
  return result.success ? [] : fieldIssues(result.error).map(({ field, code }) => ({ field, code }));
};

const offering = {
  procedureId: "cryolipolysis",
  durationMinutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  resourceTypes: ["room", "device:cryolipolysis-apparatus"],
  priceMinor: 1_200_000,
};

describe("resource types", () => {
  it("is the kind, or device:<device kind> for a device", () => {
    expect(resourceType("room", null)).toBe("room");
    expect(resourceType("cryosauna-cabin", null)).toBe("cryosauna-cabin");
    expect(resourceType("device", "cryolipolysis-apparatus")).toBe("device:cryolipolysis-apparatus");
  });

  it("knows the kinds and kebab-case device kinds, nothing else", () => {
    expect(["room", "cryosauna-cabin", "dewar", "device:cryotone"].every(isResourceType)).toBe(true);
    expect(["device", "sauna", "device:", "device:Cryo Tone", "Room"].some(isResourceType)).toBe(false);
  });
});

describe("resource validation", () => {
  it("asks a device for its kind and refuses one on anything else", () => {
    expect(issuesOf(resourceCreateSchema, { name: "Cryotone", kind: "device" })).toEqual([
      { field: "deviceKind", code: "required" },
    ]);
    expect(issuesOf(resourceCreateSchema, { name: "Room 3", kind: "room", deviceKind: "cryotone" })).toEqual([
      { field: "deviceKind", code: "not-a-device" },
    ]);
    expect(issuesOf(resourceCreateSchema, { name: "X", kind: "device", deviceKind: "Cryo Tone" })).toEqual([
      { field: "deviceKind", code: "invalid-format" },
    ]);
    expect(issuesOf(resourceCreateSchema, { name: " ", kind: "garage" })).toEqual([
      { field: "name", code: "required" },
      { field: "kind", code: "invalid-choice" },
    ]);
  });
});

describe("offering validation", () => {
  it("fills in online booking and removes repeated qualifications", () => {
    const parsed = offeringCreateSchema.parse({
      ...offering,
      qualifications: ["cosmetologist", "cosmetologist"],
    });
    expect(parsed.bookableOnline).toBe(true);
    expect(parsed.qualifications).toEqual(["cosmetologist"]);
  });

  it("names unknown resource types and qualifications, fractional prices and short sessions", () => {
    expect(
      issuesOf(offeringCreateSchema, {
        ...offering,
        resourceTypes: ["room", "device", "helipad"],
        qualifications: ["surgeon"],
        priceMinor: 1200.5,
        durationMinutes: 4,
      }),
    ).toEqual([
      { field: "durationMinutes", code: "too-small" },
      { field: "resourceTypes.1", code: "unknown-resource-type" },
      { field: "resourceTypes.2", code: "unknown-resource-type" },
      { field: "qualifications.0", code: "invalid-choice" },
      { field: "priceMinor", code: "invalid-type" },
    ]);
    expect(issuesOf(offeringCreateSchema, { ...offering, qualifications: [], priceMinor: -1 })).toEqual([
      { field: "qualifications", code: "too-small" },
      { field: "priceMinor", code: "too-small" },
    ]);
  });
});

describe("outage and time off ranges", () => {
  const range = (start: string, end: string) => ({ start, end });

  it("takes instants with an offset and keeps the reason", () => {
    const parsed = timeRangeCreateSchema.parse({
      ...range("2026-03-29T10:00:00+02:00", "2026-03-29T12:00:00Z"),
      reason: " Service ",
    });
    expect(parsed.start.toISOString()).toBe("2026-03-29T08:00:00.000Z");
    expect(parsed.end.toISOString()).toBe("2026-03-29T12:00:00.000Z");
    expect(parsed.reason).toBe("Service");
  });

  it("refuses local times without an offset and days that do not exist", () => {
    expect(issuesOf(timeRangeCreateSchema, range("2026-03-29T10:00:00", "2026-02-30T10:00:00Z"))).toEqual([
      { field: "start", code: "invalid-format" },
      { field: "end", code: "invalid-format" },
    ]);
  });

  it("needs the end after the start and at most 366 days between them", () => {
    const start = "2026-01-01T00:00:00Z";
    expect(issuesOf(timeRangeCreateSchema, range(start, start))).toEqual([
      { field: "end", code: "end-before-start" },
    ]);
    expect(issuesOf(timeRangeCreateSchema, range(start, "2027-01-02T00:00:00Z"))).toEqual([]);
    expect(issuesOf(timeRangeCreateSchema, range(start, "2027-01-02T00:00:01Z"))).toEqual([
      { field: "end", code: "too-long" },
    ]);
  });

  it("lists local days with the end day after the first", () => {
    expect(issuesOf(localDaysQuerySchema, { from: "2026-03-29", to: "2026-03-29" })).toEqual([
      { field: "to", code: "invalid" },
    ]);
    expect(issuesOf(localDaysQuerySchema, { from: "2026-03-29" })).toEqual([]);
  });
});

describe("working hours", () => {
  it("belong to practitioners only", () => {
    expect(() => assertPractitioner(["admin", "practitioner"])).not.toThrow();
    const refusal = (() => {
      try {
        assertPractitioner(["receptionist"]);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ kind: "unprocessable", code: "not-a-practitioner" });
  });
});
