import { instant } from "./datatypes.ts";
import type * as R4 from "./r4-types.ts";

// A client's record for `Patient/{id}/$everything`: the searchset Bundle that links the
// resources built from it with urn:uuid references.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every `reference` in a value, with the references to bundled resources turned into their fullUrl. */
function relink(value: unknown, fullUrls: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => relink(item, fullUrls));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === "reference" && typeof item === "string" ? (fullUrls.get(item) ?? item) : relink(item, fullUrls),
    ]),
  );
}

/**
 * The `$everything` searchset: the patient and their resources as matches, practitioners as
 * includes, each under `urn:uuid:<id>`. A resource listed twice is kept once.
 */
export function bundleEverything(parts: {
  patient: R4.Patient;
  resources: readonly R4.FhirResource[];
  timestamp?: string | Date;
}): R4.Bundle {
  const byId = new Map<string, R4.FhirResource>();
  for (const resource of [parts.patient, ...parts.resources]) {
    // Ids are the stored rows' UUIDs or derived ones: anything else is a mapping bug, and
    // two resources under one id would share one fullUrl.
    if (!resource.id || !UUID.test(resource.id))
      throw new Error(`${resource.resourceType} needs a UUID id to be bundled, got ${String(resource.id)}`);
    const known = byId.get(resource.id);
    if (known && known.resourceType !== resource.resourceType)
      throw new Error(`${known.resourceType} and ${resource.resourceType} share the id ${resource.id}`);
    if (!known) byId.set(resource.id, resource);
  }
  const fullUrls = new Map(
    [...byId].map(([id, resource]) => [`${resource.resourceType}/${id}`, `urn:uuid:${id}`]),
  );
  const entry: R4.BundleEntry[] = [...byId].map(([id, resource]) => ({
    fullUrl: `urn:uuid:${id}`,
    resource: relink(resource, fullUrls) as R4.FhirResource,
    search: { mode: resource.resourceType === "Practitioner" ? "include" : "match" },
  }));
  return {
    resourceType: "Bundle",
    type: "searchset",
    ...(parts.timestamp && { timestamp: instant(parts.timestamp) }),
    total: entry.filter((e) => e.search.mode === "match").length,
    entry,
  };
}

function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === "reference" && typeof item === "string" ? [item] : referencesIn(item),
  );
}

/** References in the Bundle that point neither at one of its entries nor at a contained resource. */
export function unresolvedReferences(bundle: R4.Bundle): string[] {
  const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));
  return bundle.entry.flatMap(({ resource }) => {
    const contained = new Set(
      ("contained" in resource ? (resource.contained ?? []) : []).map((c) => `#${c.id}`),
    );
    return referencesIn(resource)
      .filter((reference) => !fullUrls.has(reference) && !contained.has(reference))
      .map((reference) => `${resource.resourceType}: ${reference}`);
  });
}
