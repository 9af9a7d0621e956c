import { describe, expect, test } from "vitest";
import type { Resource } from "../../api/types.ts";
import { clinicResourceTypes, resourceTypeOf } from "./resource-types.ts";

const resource = (kind: Resource["kind"], deviceKind: string | null, active = true): Resource => ({
  id: `${kind}-${deviceKind}`,
  name: kind,
  kind,
  deviceKind,
  active,
});

describe("resource types", () => {
  test("a device is typed by its kind of device, anything else by its kind", () => {
    expect(resourceTypeOf(resource("device", "cryolipolysis-apparatus"))).toBe(
      "device:cryolipolysis-apparatus",
    );
    expect(resourceTypeOf(resource("room", null))).toBe("room");
  });

  test("the clinic offers each type of its active resources once, rooms first", () => {
    expect(
      clinicResourceTypes([
        resource("device", "nitrogen-spray-unit"),
        resource("room", null),
        resource("room", null),
        resource("device", "cryotone", false),
        resource("device", "cryolipolysis-apparatus"),
      ]),
    ).toEqual(["room", "device:cryolipolysis-apparatus", "device:nitrogen-spray-unit"]);
  });
});
