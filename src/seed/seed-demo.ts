import { createClientIn } from "../app/client-service.ts";
import type { AppDeps } from "../app/deps.ts";
import type { Actor } from "../domain/actor.ts";
import { clientCreateSchema } from "../domain/clients.ts";
import { appendAudit } from "../store/audit-store.ts";
import { findOrganisation, insertClinic, insertOrganisation, insertResource } from "../store/clinic-store.ts";
import { findUserByEmail, insertMembership, insertUser } from "../store/staff-store.ts";
import { inTransaction, sqlState, UNIQUE_VIOLATION } from "../store/transaction.ts";
import {
  DEMO_CLIENTS,
  DEMO_CLINIC,
  DEMO_OPENING_HOURS,
  DEMO_ORGANISATION_ID,
  DEMO_PASSWORD,
  DEMO_RESOURCES,
  DEMO_STAFF,
} from "./demo-data.ts";

/** Seeds the demo organisation once; returns false when it is already there. */
export async function seedDemo(deps: AppDeps, now: Date): Promise<boolean> {
  if (await findOrganisation(deps.db, DEMO_ORGANISATION_ID)) return false;
  const passwordHash = await deps.passwords.hash(DEMO_PASSWORD);
  try {
    return await seedInTransaction(deps, now, passwordHash);
  } catch (error) {
    // Two servers starting at once: the loser's insert fails on the primary key.
    if (sqlState(error) === UNIQUE_VIOLATION) return false;
    throw error;
  }
}

function seedInTransaction(deps: AppDeps, now: Date, passwordHash: string): Promise<boolean> {
  return inTransaction(deps.db, async (tx) => {
    await insertOrganisation(tx, { id: DEMO_ORGANISATION_ID, name: "Cryodesk Demo", now });
    const actor: Actor = {
      organisationId: DEMO_ORGANISATION_ID,
      userId: null,
      label: "seed-demo",
      roles: ["owner"],
      ip: null,
      userAgent: null,
      now,
    };
    const clinicId = deps.newId();
    await insertClinic(tx, {
      id: clinicId,
      organisationId: DEMO_ORGANISATION_ID,
      ...DEMO_CLINIC,
      openingHours: DEMO_OPENING_HOURS,
      now,
    });
    for (const resource of DEMO_RESOURCES) {
      await insertResource(tx, {
        id: deps.newId(),
        organisationId: DEMO_ORGANISATION_ID,
        clinicId,
        ...resource,
      });
    }
    for (const member of DEMO_STAFF) {
      const existing = await findUserByEmail(tx, member.email);
      const userId = existing?.id ?? deps.newId();
      if (!existing)
        await insertUser(tx, {
          id: userId,
          email: member.email,
          name: member.name,
          passwordHash,
          language: "ru",
          now,
        });
      await insertMembership(tx, {
        organisationId: DEMO_ORGANISATION_ID,
        userId,
        roles: member.roles,
        qualifications: member.qualifications,
        now,
      });
    }
    for (const client of DEMO_CLIENTS) {
      const input = clientCreateSchema.parse({ ...client, consents: { dataProcessing: true } });
      await createClientIn(tx, deps, actor, input);
    }
    await appendAudit(tx, actor, {
      action: "organisation.seed-demo",
      entityType: "organisation",
      entityId: DEMO_ORGANISATION_ID,
    });
    return true;
  });
}
