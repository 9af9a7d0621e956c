import { randomUUID } from "node:crypto";
import type { AppDeps } from "../../src/app/deps.ts";
import type { Actor } from "../../src/domain/actor.ts";
import type { Qualification, Role } from "../../src/domain/roles.ts";
import { insertClinic, insertOrganisation } from "../../src/store/clinic-store.ts";
import { insertMembership, insertUser } from "../../src/store/staff-store.ts";

export const TEST_PASSWORD = "correct horse battery";

const weekday = [{ open: "09:00", close: "21:00" }];
export const TEST_OPENING_HOURS = {
  mon: weekday,
  tue: weekday,
  wed: weekday,
  thu: weekday,
  fri: weekday,
  sat: [],
  sun: [],
};

export interface TestOrganisation {
  organisationId: string;
  clinicId: string;
  ownerEmail: string;
  ownerId: string;
  actor: Actor;
}

/** A new organisation with one clinic and an owner, unique to the calling test. */
export async function createOrganisation(
  deps: AppDeps,
  now = new Date("2026-11-20T09:00:00Z"),
): Promise<TestOrganisation> {
  const organisationId = randomUUID();
  const clinicId = randomUUID();
  const ownerId = randomUUID();
  const ownerEmail = `owner-${organisationId.slice(0, 8)}@test.cryodesk.dev`;
  await insertOrganisation(deps.db, { id: organisationId, name: `Org ${organisationId.slice(0, 8)}`, now });
  await insertClinic(deps.db, {
    id: clinicId,
    organisationId,
    name: "Test clinic",
    city: "Moscow",
    address: "Test street 1",
    timeZone: "Europe/Moscow",
    currency: "RUB",
    openingHours: TEST_OPENING_HOURS,
    now,
  });
  const passwordHash = await deps.passwords.hash(TEST_PASSWORD);
  await insertUser(deps.db, {
    id: ownerId,
    email: ownerEmail,
    name: "Owner",
    passwordHash,
    language: "en",
    now,
  });
  await insertMembership(deps.db, {
    organisationId,
    userId: ownerId,
    roles: ["owner"],
    qualifications: [],
    now,
  });
  return {
    organisationId,
    clinicId,
    ownerEmail,
    ownerId,
    actor: {
      organisationId,
      userId: ownerId,
      label: ownerEmail,
      roles: ["owner"],
      ip: "127.0.0.1",
      userAgent: null,
      now,
    },
  };
}

/** Adds a member with the given roles; returns their e-mail (password TEST_PASSWORD). */
export async function addMember(
  deps: AppDeps,
  organisationId: string,
  roles: Role[],
  qualifications: Qualification[] = [],
): Promise<{ userId: string; email: string }> {
  const userId = randomUUID();
  const email = `${roles.join("-")}-${userId.slice(0, 8)}@test.cryodesk.dev`;
  const now = new Date("2026-11-20T09:00:00Z");
  await insertUser(deps.db, {
    id: userId,
    email,
    name: `Member ${userId.slice(0, 4)}`,
    passwordHash: await deps.passwords.hash(TEST_PASSWORD),
    language: "en",
    now,
  });
  await insertMembership(deps.db, { organisationId, userId, roles, qualifications, now });
  return { userId, email };
}
