import { sql } from "kysely";
import type { Qualification, Role } from "../domain/roles.ts";
import type { StaffMember } from "../domain/staff.ts";
import type { Executor } from "./transaction.ts";

export async function findUserByEmail(tx: Executor, email: string) {
  return tx.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();
}

export async function findUser(tx: Executor, id: string) {
  return tx.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertUser(
  tx: Executor,
  row: { id: string; email: string; name: string; passwordHash: string | null; language: string; now: Date },
) {
  await tx
    .insertInto("users")
    .values({
      id: row.id,
      email: row.email.toLowerCase(),
      name: row.name,
      password_hash: row.passwordHash,
      language: row.language,
      created_at: row.now,
    })
    .execute();
}

export async function setUserPassword(tx: Executor, userId: string, passwordHash: string) {
  await tx.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
}

export async function setUserName(tx: Executor, userId: string, name: string) {
  await tx.updateTable("users").set({ name }).where("id", "=", userId).execute();
}

export async function insertMembership(
  tx: Executor,
  row: { organisationId: string; userId: string; roles: Role[]; qualifications: Qualification[]; now: Date },
) {
  await tx
    .insertInto("memberships")
    .values({
      organisation_id: row.organisationId,
      user_id: row.userId,
      roles: row.roles,
      qualifications: row.qualifications,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}

export async function updateMembership(
  tx: Executor,
  organisationId: string,
  userId: string,
  patch: { roles?: Role[]; qualifications?: Qualification[]; active?: boolean },
  now: Date,
) {
  await tx
    .updateTable("memberships")
    .set({
      ...(patch.roles && { roles: patch.roles }),
      ...(patch.qualifications && { qualifications: patch.qualifications }),
      ...(patch.active !== undefined && { active: patch.active }),
      updated_at: now,
    })
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .execute();
}

/** Memberships of a user, oldest first: the first active one is where a login lands. */
export async function membershipsOfUser(tx: Executor, userId: string) {
  return tx
    .selectFrom("memberships")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .execute();
}

function staffQuery(tx: Executor, organisationId: string) {
  return tx
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select([
      "u.id as userId",
      "u.name",
      "u.email",
      "m.roles",
      "m.qualifications",
      "m.active",
      sql<boolean>`u.password_hash is null`.as("invitationPending"),
    ])
    .where("m.organisation_id", "=", organisationId);
}

export async function listStaff(tx: Executor, organisationId: string): Promise<StaffMember[]> {
  const rows = await staffQuery(tx, organisationId).orderBy("u.name").orderBy("u.id").execute();
  return rows as StaffMember[];
}

export async function findStaffMember(
  tx: Executor,
  organisationId: string,
  userId: string,
  forUpdate = false,
) {
  let query = staffQuery(tx, organisationId).where("m.user_id", "=", userId);
  if (forUpdate) query = query.forUpdate();
  return (await query.executeTakeFirst()) as StaffMember | undefined;
}

/** Counts active owners, locking their rows so two demotions cannot race past the last owner. */
export async function countActiveOwners(tx: Executor, organisationId: string): Promise<number> {
  const rows = await tx
    .selectFrom("memberships")
    .select("user_id")
    .where("organisation_id", "=", organisationId)
    .where("active", "=", true)
    .where(sql<boolean>`'owner' = any(roles)`)
    .forUpdate()
    .execute();
  return rows.length;
}

export async function insertInvitation(
  tx: Executor,
  row: { id: string; organisationId: string; userId: string; tokenHash: string; now: Date; expiresAt: Date },
) {
  await tx
    .insertInto("invitations")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      user_id: row.userId,
      token_hash: row.tokenHash,
      created_at: row.now,
      expires_at: row.expiresAt,
    })
    .execute();
}

export async function findOpenInvitation(tx: Executor, tokenHash: string, now: Date, lock = true) {
  let query = tx
    .selectFrom("invitations")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .where("accepted_at", "is", null)
    .where("expires_at", ">", now);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function markInvitationAccepted(tx: Executor, id: string, now: Date) {
  await tx.updateTable("invitations").set({ accepted_at: now }).where("id", "=", id).execute();
}
