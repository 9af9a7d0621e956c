import type { Actor } from "../domain/actor.ts";
import { DomainError } from "../domain/errors.ts";
import type { Qualification, Role } from "../domain/roles.ts";
import { appendAudit } from "../store/audit-store.ts";
import {
  clearLoginFailures,
  countLoginFailures,
  findLiveSession,
  insertLoginSession,
  recordLoginFailure,
  revokeSession,
} from "../store/session-store.ts";
import { findUserByEmail, membershipsOfUser } from "../store/staff-store.ts";
import { inTransaction } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";
import { tokenHash } from "./passwords.ts";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_ACCOUNT_AND_IP = 5;
// From any number of addresses: a distributed guess at one account stops here too.
const MAX_FAILURES_PER_ACCOUNT = 20;
const MAX_FAILURES_PER_IP = 30;
// Verified when the e-mail is unknown, so a miss costs as long as a wrong password.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$ifc0GDb4A1Nu0AzvSFSmug$FUfFUgQx/TcMPXda755W/lGjlJGWPke9jo6Hln+ER9E";

export interface Principal {
  sessionId: string;
  csrfToken: string;
  organisationId: string;
  userId: string;
  name: string;
  email: string;
  language: string;
  roles: Role[];
  qualifications: Qualification[];
}

const invalidCredentials = () =>
  new DomainError("unauthenticated", "invalid-credentials", "The e-mail or password is not right.");

export async function login(
  deps: AppDeps,
  input: { email: string; password: string; ip: string; userAgent: string | null; now: Date },
): Promise<{ token: string; principal: Principal }> {
  const email = input.email.trim().toLowerCase();
  const since = new Date(input.now.getTime() - THROTTLE_WINDOW_MS);
  const [forPair, forAccount, forIp] = await Promise.all([
    countLoginFailures(deps.db, { email, ip: input.ip, since }),
    countLoginFailures(deps.db, { email, since }),
    countLoginFailures(deps.db, { ip: input.ip, since }),
  ]);
  if (
    forPair >= MAX_FAILURES_PER_ACCOUNT_AND_IP ||
    forAccount >= MAX_FAILURES_PER_ACCOUNT ||
    forIp >= MAX_FAILURES_PER_IP
  ) {
    throw new DomainError(
      "rate-limited",
      "too-many-login-attempts",
      "Too many failed logins. Try again later.",
      {
        retryAfterSeconds: THROTTLE_WINDOW_MS / 1000,
      },
    );
  }
  // Counted as a failure before the slow check, so parallel guesses see each other;
  // a successful login clears it below.
  await recordLoginFailure(deps.db, email, input.ip, input.now);
  const user = await findUserByEmail(deps.db, email);
  const passwordOk = await deps.passwords.verify(user?.password_hash ?? DUMMY_HASH, input.password);
  const membership =
    user && passwordOk ? (await membershipsOfUser(deps.db, user.id)).find((m) => m.active) : undefined;
  if (!user || !membership) throw invalidCredentials();
  const token = deps.newToken();
  const sessionId = deps.newId();
  const csrfToken = deps.newToken();
  await inTransaction(deps.db, async (tx) => {
    await clearLoginFailures(tx, email, input.ip);
    await insertLoginSession(tx, {
      id: sessionId,
      tokenHash: tokenHash(token),
      csrfToken,
      organisationId: membership.organisation_id,
      userId: user.id,
      now: input.now,
      expiresAt: new Date(input.now.getTime() + SESSION_TTL_MS),
      ip: input.ip,
      userAgent: input.userAgent,
    });
    const actor: Actor = {
      organisationId: membership.organisation_id,
      userId: user.id,
      label: user.email,
      roles: membership.roles as Role[],
      ip: input.ip,
      userAgent: input.userAgent,
      now: input.now,
    };
    await appendAudit(tx, actor, { action: "auth.login", entityType: "user", entityId: user.id });
  });
  const principal = await authenticate(deps, token, input.now);
  if (!principal) throw invalidCredentials();
  return { token, principal };
}

export async function authenticate(deps: AppDeps, token: string, now: Date): Promise<Principal | undefined> {
  const row = await findLiveSession(deps.db, tokenHash(token), now);
  if (!row) return undefined;
  return { ...row, roles: row.roles as Role[], qualifications: row.qualifications as Qualification[] };
}

export async function logout(deps: AppDeps, principal: Principal, actor: Actor): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    await revokeSession(tx, principal.sessionId, actor.now);
    await appendAudit(tx, actor, { action: "auth.logout", entityType: "user", entityId: principal.userId });
  });
}
