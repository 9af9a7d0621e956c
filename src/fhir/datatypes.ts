import { createHash } from "node:crypto";
import type * as R4 from "./r4-types.ts";

// Code systems and the small FHIR datatypes every resource builder writes. Builders write
// references as `Type/id`, which stand on their own; the Bundle rewrites those that point
// at one of its entries.

export const ICD10 = "http://hl7.org/fhir/sid/icd-10";
const UCUM = "http://unitsofmeasure.org";
export const LOINC = "http://loinc.org";
export const HL7 = "http://terminology.hl7.org/CodeSystem";
export const CRYODESK = {
  condition: "urn:cryodesk:condition",
  site: "urn:cryodesk:site",
  method: "urn:cryodesk:method",
  resource: "urn:cryodesk:resource",
  resourceType: "urn:cryodesk:resource-type",
  observation: "urn:cryodesk:observation",
  adverseEvent: "urn:cryodesk:adverse-event",
  consent: "urn:cryodesk:consent",
};

/** An instant as FHIR writes it: always with its offset (UTC). */
export function instant(value: string | Date): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a point in time: ${String(value)}`);
  return date.toISOString();
}

/**
 * A stable UUID for a resource Cryodesk stores no row of its own for (one observation of
 * a session, the client's consent): the same record always exports under the same id.
 */
export function derivedId(seed: string): string {
  const hex = createHash("sha1").update(`cryodesk:${seed}`).digest("hex");
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const ref = (type: string, id: string, display?: string): R4.Reference => ({
  reference: `${type}/${id}`,
  ...(display && { display }),
});
export const coded = (system: string, code: string, display?: string, text?: string): R4.CodeableConcept => ({
  coding: [{ system, code, ...(display && { display }) }],
  ...(text && { text }),
});
export const quantity = (value: number, code: string, unit = code): R4.Quantity => ({
  value,
  unit,
  system: UCUM,
  code,
});
