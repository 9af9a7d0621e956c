import { beforeAll, describe, expect, it } from "vitest";
import { find, ids, record, session } from "../../test/support/fhir-record-fixtures.ts";
import { loadSpecification, validateR4 } from "../../test/support/fhir-validator.ts";
import { derivedId } from "./datatypes.ts";
import { bundleEverything, unresolvedReferences } from "./everything-bundle.ts";
import type * as R4 from "./r4-types.ts";
import { procedureResource } from "./visit-resources.ts";

beforeAll(loadSpecification, 60_000);

describe("a client's record as FHIR R4", () => {
  it("builds every resource of a realistic record as valid R4", () => {
    const { patient, resources } = record();
    const all = [patient, ...resources];
    expect(all.map((r) => r.resourceType).sort()).toEqual(
      [
        "AdverseEvent",
        ...["Appointment", "Appointment"],
        ...["Condition", "Condition"],
        "Consent",
        ...Array(5).fill("Observation"),
        "Patient",
        "Practitioner",
        "Procedure",
        ...["QuestionnaireResponse", "QuestionnaireResponse"],
      ].sort(),
    );
    for (const resource of all)
      expect([resource.resourceType, validateR4(resource)]).toEqual([resource.resourceType, []]);
  });

  it("bundles the record as a valid searchset whose references all resolve inside it", () => {
    const bundle = bundleEverything({ ...record(), timestamp: "2026-03-05T10:00:00+03:00" });
    // Entry by entry first: the Bundle's own schema errors repeat across every resource type.
    for (const { resource } of bundle.entry) expect(validateR4(resource, { inBundle: true })).toEqual([]);
    expect(validateR4(bundle, { inBundle: true })).toEqual([]);
    expect(unresolvedReferences(bundle)).toEqual([]);
    expect(bundle.entry.every((e) => e.fullUrl === `urn:uuid:${e.resource.id}`)).toBe(true);
    expect(bundle.total).toBe(bundle.entry.length - 1);
    expect(bundle.entry.find((e) => e.resource.resourceType === "Practitioner")?.search.mode).toBe("include");
    const event = find(
      bundle.entry.map((e) => e.resource),
      "AdverseEvent",
    )[0];
    expect(event?.suspectEntity?.[0]?.instance.reference).toBe(`urn:uuid:${ids.session}`);
    // The pre-session answers belong to the session, and were recorded by its practitioner.
    const preSession = find(
      bundle.entry.map((e) => e.resource),
      "QuestionnaireResponse",
    ).find((r) => r.id === ids.preSessionScreening);
    expect(preSession?.partOf?.[0]?.reference).toBe(`urn:uuid:${ids.session}`);
    expect(preSession?.author?.reference).toBe(`urn:uuid:${ids.practitioner}`);
  });
});

describe("bundleEverything", () => {
  it("keeps a resource listed twice once and leaves references outside the record as they are", () => {
    const { patient } = record();
    const procedure = procedureResource(session);
    const bundle = bundleEverything({ patient, resources: [procedure, procedure] });
    expect(bundle.entry).toHaveLength(2);
    // The performer was not bundled: the reference stays relative and is reported.
    expect(unresolvedReferences(bundle)).toEqual([`Procedure: Practitioner/${ids.practitioner}`]);
    const bundled = bundle.entry[1]?.resource as R4.Procedure | undefined;
    expect(bundled?.subject.reference).toBe(`urn:uuid:${ids.client}`);
  });

  it("refuses ids that could not each be written as their own urn:uuid", () => {
    const { patient } = record();
    expect(() => bundleEverything({ patient: { ...patient, id: "client-1" }, resources: [] })).toThrow(
      /UUID/,
    );
    const clash = { ...procedureResource(session), id: ids.client };
    expect(() => bundleEverything({ patient, resources: [clash] })).toThrow(/share the id/);
  });

  it("derives the same UUID from the same record every time", () => {
    expect(derivedId("consent:x")).toBe(derivedId("consent:x"));
    expect(derivedId("consent:x")).not.toBe(derivedId("consent:y"));
    expect(derivedId("consent:x")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
