// The shapes the API answers with, taken from the domain's schemas so they cannot drift.
import type { Client, ClientCreate, Consents } from "../../domain/clients.ts";
import type { Clinic, OpeningHours } from "../../domain/clinics.ts";
import type { Qualification, Role } from "../../domain/roles.ts";
import type { StaffMember } from "../../domain/staff.ts";

export type { Client, Clinic, Consents, OpeningHours, Qualification, Role, StaffMember };

export interface Me {
  user: { id: string; name: string; email: string; language: string };
  organisation: { id: string; name: string };
  roles: Role[];
  qualifications: Qualification[];
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** What the client form sends: every field, empty ones as null. */
export type ClientInput = Omit<ClientCreate, "consents"> & { consents: Consents };

export type Closure = Clinic["closures"][number];
export type Resource = Clinic["resources"][number];
export type OpeningInterval = OpeningHours["mon"][number];

export interface StaffDraft {
  name: string;
  email: string;
  roles: Role[];
  qualifications: Qualification[];
  language: "ru" | "en";
}

export interface Invitation {
  member: StaffMember;
  invitationToken: string;
  expiresAt: string;
}
