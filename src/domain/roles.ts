import { forbidden } from "./errors.ts";

export const ROLES = ["owner", "admin", "receptionist", "practitioner"] as const;
export type Role = (typeof ROLES)[number];

export const QUALIFICATIONS = [
  "cosmetologist",
  "dermatologist",
  "otolaryngologist",
  "physiotherapist",
  "nurse",
] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

/** What each action needs: any one of the listed roles. */
const PERMISSIONS = {
  "clinic.read": ["owner", "admin", "receptionist", "practitioner"],
  "clinic.update": ["owner", "admin"],
  "staff.read": ["owner", "admin", "receptionist", "practitioner"],
  "staff.manage": ["owner", "admin"],
  "client.read": ["owner", "admin", "receptionist", "practitioner"],
  "client.write": ["owner", "admin", "receptionist", "practitioner"],
  "client.archive": ["owner", "admin", "receptionist"],
  "client.export": ["owner", "admin"],
  "audit.read": ["owner", "admin"],
  "screening.record": ["owner", "admin", "receptionist", "practitioner"],
  "booking.setup": ["owner", "admin"],
  "booking.read": ["owner", "admin", "receptionist", "practitioner"],
  "booking.write": ["owner", "admin", "receptionist", "practitioner"],
  "schedule.manage": ["owner", "admin", "receptionist"],
  "calendar-feed.manage": ["owner", "admin", "receptionist", "practitioner"],
  /** Recording an adverse event or recovery from one is a clinical judgement. */
  "adverse-event.record": ["owner", "admin", "practitioner"],
  "session.run": ["owner", "admin", "practitioner"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export function assertCan(roles: readonly Role[], permission: Permission): void {
  if (!can(roles, permission)) throw forbidden();
}

/**
 * Only an owner may grant or take away the owner role, and an organisation must
 * keep at least one active owner.
 */
export function assertRoleChangeAllowed(input: {
  actorRoles: readonly Role[];
  before: readonly Role[];
  after: readonly Role[];
  activeOwnersBefore: number;
  deactivating: boolean;
}): void {
  const wasOwner = input.before.includes("owner");
  const staysOwner = input.after.includes("owner") && !input.deactivating;
  if (wasOwner !== input.after.includes("owner") || (wasOwner && input.deactivating)) {
    if (!input.actorRoles.includes("owner"))
      throw forbidden("Only an owner can grant or remove the owner role.");
  }
  if (wasOwner && !staysOwner && input.activeOwnersBefore <= 1) {
    throw forbidden("The organisation must keep at least one active owner.");
  }
}

/** Physicians may clear a needs-review screening verdict. */
export const PHYSICIAN_QUALIFICATIONS: readonly Qualification[] = ["dermatologist", "otolaryngologist"];

export function isPhysician(qualifications: readonly Qualification[] | undefined): boolean {
  return (qualifications ?? []).some((q) => PHYSICIAN_QUALIFICATIONS.includes(q));
}
