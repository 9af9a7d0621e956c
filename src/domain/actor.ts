import type { Role } from "./roles.ts";

/** Who is acting, in which organisation, from where, and when. Passed into every use case. */
export interface Actor {
  organisationId: string;
  /** null for the system itself (CLI, seeding). */
  userId: string | null;
  label: string;
  roles: readonly Role[];
  ip: string | null;
  userAgent: string | null;
  now: Date;
}
