import type { Resource } from "../../api/types.ts";

// Resource types as offerings name them: a kind ("room", "cryosauna-cabin", "dewar") or
// "device:<device kind>". The device kinds the catalog's offerings ask for are named in the
// interface; a clinic may add its own, which are shown as written.

export const RESOURCE_KINDS: readonly Resource["kind"][] = ["room", "cryosauna-cabin", "device", "dewar"];

/** Device kinds the catalog's suggested offerings hold, plus the usual nitrogen spray unit. */
export const KNOWN_DEVICE_KINDS = [
  "cryolipolysis-apparatus",
  "pressurised-cryomassage-device",
  "nitrogen-spray-unit",
  "cryotone",
  "ent-cryo-device",
  "darsonval",
] as const;

export function resourceTypeOf(resource: Pick<Resource, "kind" | "deviceKind">): string {
  return resource.kind === "device" ? `device:${resource.deviceKind ?? ""}` : resource.kind;
}

/** The types the clinic's active resources provide, rooms first, each once. */
export function clinicResourceTypes(resources: readonly Resource[]): string[] {
  const types = new Set(resources.filter((resource) => resource.active).map(resourceTypeOf));
  const order = (type: string) =>
    RESOURCE_KINDS.indexOf((type.startsWith("device:") ? "device" : type) as Resource["kind"]);
  return [...types].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

/** Rooms first, then cabins, devices and flasks, each by name: the order a floor plan is read in. */
export function byKindThenName(a: Resource, b: Resource): number {
  return RESOURCE_KINDS.indexOf(a.kind) - RESOURCE_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name);
}
