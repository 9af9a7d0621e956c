import type { Executor } from "./transaction.ts";

export async function insertLoginSession(
  tx: Executor,
  row: {
    id: string;
    tokenHash: string;
    csrfToken: string;
    organisationId: string;
    userId: string;
    now: Date;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
) {
  await tx
    .insertInto("login_sessions")
    .values({
      id: row.id,
      token_hash: row.tokenHash,
      csrf_token: row.csrfToken,
      organisation_id: row.organisationId,
      user_id: row.userId,
      created_at: row.now,
      expires_at: row.expiresAt,
      ip: row.ip,
      user_agent: row.userAgent,
    })
    .execute();
}

/** A live session with its user and membership, or undefined when expired, revoked or deactivated. */
export async function findLiveSession(tx: Executor, tokenHash: string, now: Date) {
  return tx
    .selectFrom("login_sessions as s")
    .innerJoin("memberships as m", (join) =>
      join.onRef("m.organisation_id", "=", "s.organisation_id").onRef("m.user_id", "=", "s.user_id"),
    )
    .innerJoin("users as u", "u.id", "s.user_id")
    .select([
      "s.id as sessionId",
      "s.csrf_token as csrfToken",
      "s.organisation_id as organisationId",
      "s.user_id as userId",
      "u.name",
      "u.email",
      "u.language",
      "m.roles",
      "m.qualifications",
    ])
    .where("s.token_hash", "=", tokenHash)
    .where("s.revoked_at", "is", null)
    .where("s.expires_at", ">", now)
    .where("m.active", "=", true)
    .executeTakeFirst();
}

export async function revokeSession(tx: Executor, sessionId: string, now: Date) {
  await tx.updateTable("login_sessions").set({ revoked_at: now }).where("id", "=", sessionId).execute();
}

export async function revokeSessionsOfMember(
  tx: Executor,
  organisationId: string,
  userId: string,
  now: Date,
) {
  await tx
    .updateTable("login_sessions")
    .set({ revoked_at: now })
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .execute();
}

export async function recordLoginFailure(tx: Executor, email: string, ip: string, at: Date) {
  await tx.insertInto("login_failures").values({ email, ip, at }).execute();
}

export async function countLoginFailures(tx: Executor, filter: { email?: string; ip?: string; since: Date }) {
  let query = tx
    .selectFrom("login_failures")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("at", ">", filter.since);
  if (filter.ip) query = query.where("ip", "=", filter.ip);
  if (filter.email) query = query.where("email", "=", filter.email);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function clearLoginFailures(tx: Executor, email: string, ip: string) {
  await tx.deleteFrom("login_failures").where("email", "=", email).where("ip", "=", ip).execute();
}
