import type { Qualification, Role } from "./roles.ts";

/** Who is acting, in which organisation, from where, and when. Passed into every use case. */
export interface Actor {
  organisationId: string;
  /** null for the system itself (CLI, seeding). */
  userId: string | null;
  label: string;
  roles: readonly Role[];
  /** A practitioner's qualifications (physician decisions need dermatologist or otolaryngologist). */
  qualifications?: readonly Qualification[];
  ip: string | null;
  userAgent: string | null;
  now: Date;
}
