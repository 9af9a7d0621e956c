import { describe, expect, it } from "vitest";
import { assertRoleChangeAllowed, can } from "./roles.ts";

describe("permissions", () => {
  it("lets receptionists handle clients but not staff or clinic settings", () => {
    expect(can(["receptionist"], "client.write")).toBe(true);
    expect(can(["receptionist"], "client.archive")).toBe(true);
    expect(can(["receptionist"], "staff.manage")).toBe(false);
    expect(can(["receptionist"], "clinic.update")).toBe(false);
  });

  it("combines roles: any one allowed role is enough", () => {
    expect(can(["practitioner"], "client.archive")).toBe(false);
    expect(can(["practitioner", "admin"], "client.archive")).toBe(true);
  });
});

describe("owner changes", () => {
  const base = { activeOwnersBefore: 2, deactivating: false };
  it("only an owner grants or removes the owner role", () => {
    expect(() =>
      assertRoleChangeAllowed({ ...base, actorRoles: ["admin"], before: ["admin"], after: ["owner"] }),
    ).toThrow(/Only an owner/);
    expect(() =>
      assertRoleChangeAllowed({ ...base, actorRoles: ["owner"], before: ["admin"], after: ["owner"] }),
    ).not.toThrow();
  });

  it("never leaves the organisation without an active owner", () => {
    const last = { actorRoles: ["owner"] as const, before: ["owner"] as const, activeOwnersBefore: 1 };
    expect(() => assertRoleChangeAllowed({ ...last, after: ["admin"], deactivating: false })).toThrow(
      /at least one active owner/,
    );
    expect(() => assertRoleChangeAllowed({ ...last, after: ["owner"], deactivating: true })).toThrow(
      /at least one active owner/,
    );
    expect(() =>
      assertRoleChangeAllowed({ ...last, after: ["owner", "admin"], deactivating: false }),
    ).not.toThrow();
  });
});
