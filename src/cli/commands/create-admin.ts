import { createInterface } from "node:readline/promises";
import type { Runtime } from "../../compose.ts";
import { currency, type OpeningHours, timeZone, WEEKDAYS } from "../../domain/clinics.ts";
import { password as passwordSchema } from "../../domain/staff.ts";
import { email as emailSchema } from "../../domain/validation.ts";
import { appendAudit } from "../../store/audit-store.ts";
import { insertClinic, insertOrganisation } from "../../store/clinic-store.ts";
import { findUserByEmail, insertMembership, insertUser } from "../../store/staff-store.ts";
import { inTransaction } from "../../store/transaction.ts";
import { CliError, usageError } from "../cli-error.ts";
import { systemActor } from "../organisation-option.ts";

export interface CreateAdminOptions {
  email?: string | undefined;
  name?: string | undefined;
  organisation?: string | undefined;
  organisationName?: string | undefined;
  city: string;
  timeZone: string;
  currency: string;
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.CRYODESK_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const answer = await rl.question("Password for the new owner: ");
    rl.close();
    return answer;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function check<T>(
  schema: {
    safeParse(
      value: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
  },
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success) throw usageError(`${what}: ${result.error.issues[0]?.message ?? "invalid"}`);
  return result.data;
}

/**
 * Creates an owner. With --organisation-name a new organisation and its first clinic
 * are created; otherwise the owner joins the organisation given (or the only one).
 */
export async function createAdmin(runtime: Runtime, options: CreateAdminOptions) {
  if (!options.email || !options.name) throw usageError("create-admin needs --email and --name.");
  const email = check(emailSchema, options.email, "--email");
  const zone = check(timeZone, options.timeZone, "--time-zone");
  const money = check(currency, options.currency, "--currency");
  const password = check(
    passwordSchema,
    await readPassword(),
    "password (CRYODESK_ADMIN_PASSWORD or standard input)",
  );
  const { deps } = runtime;
  const now = runtime.clock();
  const organisationId = options.organisationName
    ? deps.newId()
    : (await systemActor(runtime, options.organisation, "cli:create-admin")).organisationId;
  // One login belongs to one organisation: a second membership could never be
  // reached at login, and the new password would not be the one that works.
  if (await findUserByEmail(deps.db, email)) {
    throw new CliError(
      `A user with the e-mail ${email} already exists: choose another e-mail for this owner.`,
    );
  }
  const passwordHash = await deps.passwords.hash(password);
  await inTransaction(deps.db, async (tx) => {
    if (options.organisationName) {
      await insertOrganisation(tx, { id: organisationId, name: options.organisationName, now });
      const openingHours = Object.fromEntries(
        WEEKDAYS.map((day) => [day, day === "sun" ? [] : [{ open: "09:00", close: "20:00" }]]),
      ) as OpeningHours;
      await insertClinic(tx, {
        id: deps.newId(),
        organisationId,
        name: options.organisationName,
        city: options.city,
        address: "",
        timeZone: zone,
        currency: money,
        openingHours,
        now,
      });
    }
    const userId = deps.newId();
    await insertUser(tx, {
      id: userId,
      email,
      name: options.name as string,
      passwordHash,
      language: "ru",
      now,
    });
    await insertMembership(tx, { organisationId, userId, roles: ["owner"], qualifications: [], now });
    await appendAudit(
      tx,
      {
        organisationId,
        userId: null,
        label: "cli:create-admin",
        roles: ["owner"],
        ip: null,
        userAgent: null,
        now,
      },
      { action: "staff.create-admin", entityType: "user", entityId: userId },
    );
  });
  console.log(`Owner ${email} can now log in (organisation ${organisationId}).`);
}
