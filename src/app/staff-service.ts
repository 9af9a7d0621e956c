import type { Actor } from "../domain/actor.ts";
import { conflict, DomainError, invalid, notFound } from "../domain/errors.ts";
import { assertCan, assertRoleChangeAllowed } from "../domain/roles.ts";
import {
  password as passwordSchema,
  type StaffMember,
  staffCreateSchema,
  staffInviteSchema,
  staffUpdateSchema,
} from "../domain/staff.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { appendAudit } from "../store/audit-store.ts";
import { revokeSessionsOfMember } from "../store/session-store.ts";
import {
  countActiveOwners,
  findOpenInvitation,
  findStaffMember,
  findUserByEmail,
  insertInvitation,
  insertMembership,
  insertUser,
  listStaff,
  markInvitationAccepted,
  setUserName,
  setUserPassword,
  updateMembership,
} from "../store/staff-store.ts";
import { type Executor, inTransaction, sqlState, UNIQUE_VIOLATION } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";
import { tokenHash } from "./passwords.ts";

const emailTaken = () =>
  conflict("email-taken", "A user with this e-mail already exists.", {
    fields: [{ field: "email", message: "Already in use." }],
  });

/** Two requests adding one e-mail at once: the loser's insert hits the unique index. */
async function orEmailTaken<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) throw emailTaken();
    throw error;
  }
}

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export async function listStaffMembers(deps: AppDeps, actor: Actor): Promise<StaffMember[]> {
  assertCan(actor.roles, "staff.read");
  return listStaff(deps.db, actor.organisationId);
}

async function addMember(
  tx: Executor,
  deps: AppDeps,
  actor: Actor,
  input: {
    name: string;
    email: string;
    language: string;
    roles: StaffMember["roles"];
    qualifications: StaffMember["qualifications"];
  },
  passwordHash: string | null,
): Promise<string> {
  if (input.roles.includes("owner") && !actor.roles.includes("owner") && actor.userId !== null) {
    throw new DomainError("forbidden", "forbidden", "Only an owner can grant the owner role.");
  }
  if (await findUserByEmail(tx, input.email)) throw emailTaken();
  const userId = deps.newId();
  await insertUser(tx, {
    id: userId,
    email: input.email,
    name: input.name,
    passwordHash,
    language: input.language,
    now: actor.now,
  });
  await insertMembership(tx, {
    organisationId: actor.organisationId,
    userId,
    roles: input.roles,
    qualifications: input.qualifications,
    now: actor.now,
  });
  return userId;
}

/** Creates a staff member who can log in at once with the given password. */
export async function createStaffMember(deps: AppDeps, actor: Actor, body: unknown): Promise<StaffMember> {
  assertCan(actor.roles, "staff.manage");
  const input = parseOrThrow(staffCreateSchema, body);
  const passwordHash = await deps.passwords.hash(input.password);
  return orEmailTaken(
    inTransaction(deps.db, async (tx) => {
      const userId = await addMember(tx, deps, actor, input, passwordHash);
      await appendAudit(tx, actor, {
        action: "staff.create",
        entityType: "user",
        entityId: userId,
        details: { roles: input.roles, qualifications: input.qualifications },
      });
      return (await findStaffMember(tx, actor.organisationId, userId)) as StaffMember;
    }),
  );
}

/** Creates a staff member without a password and returns a one-time token to set one. */
export async function inviteStaffMember(
  deps: AppDeps,
  actor: Actor,
  body: unknown,
): Promise<{ member: StaffMember; invitationToken: string; expiresAt: string }> {
  assertCan(actor.roles, "staff.manage");
  const input = parseOrThrow(staffInviteSchema, body);
  const token = deps.newToken();
  const expiresAt = new Date(actor.now.getTime() + INVITATION_TTL_MS);
  return orEmailTaken(
    inTransaction(deps.db, async (tx) => {
      const userId = await addMember(tx, deps, actor, input, null);
      await insertInvitation(tx, {
        id: deps.newId(),
        organisationId: actor.organisationId,
        userId,
        tokenHash: tokenHash(token),
        now: actor.now,
        expiresAt,
      });
      await appendAudit(tx, actor, {
        action: "staff.invite",
        entityType: "user",
        entityId: userId,
        details: { roles: input.roles, qualifications: input.qualifications },
      });
      const member = (await findStaffMember(tx, actor.organisationId, userId)) as StaffMember;
      return { member, invitationToken: token, expiresAt: expiresAt.toISOString() };
    }),
  );
}

export async function acceptInvitation(
  deps: AppDeps,
  input: { token: string; password: unknown; ip: string | null; userAgent: string | null; now: Date },
): Promise<{ email: string }> {
  const password = parseOrThrow(passwordSchema, input.password, "password");
  const unknownInvitation = () =>
    new DomainError("not-found", "invitation-not-found", "This invitation is unknown, used or expired.");
  // The token is checked before the costly hash, so unknown tokens cost the server nothing.
  if (!(await findOpenInvitation(deps.db, tokenHash(input.token), input.now, false)))
    throw unknownInvitation();
  const passwordHash = await deps.passwords.hash(password);
  return inTransaction(deps.db, async (tx) => {
    const invitation = await findOpenInvitation(tx, tokenHash(input.token), input.now);
    if (!invitation) throw unknownInvitation();
    const member = await findStaffMember(tx, invitation.organisation_id, invitation.user_id);
    if (!member) throw notFound("invitation");
    await setUserPassword(tx, invitation.user_id, passwordHash);
    await markInvitationAccepted(tx, invitation.id, input.now);
    await appendAudit(
      tx,
      {
        organisationId: invitation.organisation_id,
        userId: invitation.user_id,
        label: member.email,
        roles: member.roles,
        ip: input.ip,
        userAgent: input.userAgent,
        now: input.now,
      },
      { action: "staff.accept-invitation", entityType: "user", entityId: invitation.user_id },
    );
    return { email: member.email };
  });
}

export async function updateStaffMember(
  deps: AppDeps,
  actor: Actor,
  userId: string,
  body: unknown,
): Promise<StaffMember> {
  assertCan(actor.roles, "staff.manage");
  return inTransaction(deps.db, async (tx) => {
    // Existence first: another organisation's member is a 404 whatever the body says.
    const before = await findStaffMember(tx, actor.organisationId, userId, true);
    if (!before) throw notFound("staff-member");
    const patch = parseOrThrow(staffUpdateSchema, body);
    const roles = patch.roles ?? before.roles;
    const qualifications =
      patch.qualifications ?? (roles.includes("practitioner") ? before.qualifications : []);
    if (qualifications.length > 0 && !roles.includes("practitioner")) {
      throw invalid([{ field: "qualifications", message: "Only practitioners hold qualifications." }]);
    }
    const deactivating = patch.active === false && before.active;
    assertRoleChangeAllowed({
      actorRoles: actor.roles,
      before: before.roles,
      after: roles,
      activeOwnersBefore: await countActiveOwners(tx, actor.organisationId),
      deactivating,
    });
    if (deactivating && userId === actor.userId) {
      throw new DomainError("forbidden", "cannot-deactivate-self", "You cannot deactivate your own account.");
    }
    if (patch.name !== undefined) await setUserName(tx, userId, patch.name);
    await updateMembership(
      tx,
      actor.organisationId,
      userId,
      { roles, qualifications, ...(patch.active !== undefined && { active: patch.active }) },
      actor.now,
    );
    if (deactivating) await revokeSessionsOfMember(tx, actor.organisationId, userId, actor.now);
    await appendAudit(tx, actor, {
      action: deactivating ? "staff.deactivate" : "staff.update",
      entityType: "user",
      entityId: userId,
      details: {
        before: { roles: before.roles, qualifications: before.qualifications, active: before.active },
        after: { roles, qualifications, active: patch.active ?? before.active },
      },
    });
    return (await findStaffMember(tx, actor.organisationId, userId)) as StaffMember;
  });
}
