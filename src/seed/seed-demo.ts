import { createClientIn } from "../app/client-service.ts";
import type { AppDeps } from "../app/deps.ts";
import { createOfferingIn } from "../app/offering-service.ts";
import { setWorkingHoursIn } from "../app/schedule-service.ts";
import { catalog } from "../catalog/load.ts";
import type { Actor } from "../domain/actor.ts";
import { offeringDefaults } from "../domain/booking/offering-defaults.ts";
import { type Offering, offeringCreateSchema, resourceType } from "../domain/booking/offerings.ts";
import { clientCreateSchema } from "../domain/clients.ts";
import { appendAudit } from "../store/audit-store.ts";
import {
  findClinic,
  findOrganisation,
  insertClinic,
  insertOrganisation,
  insertResource,
} from "../store/clinic-store.ts";
import { findUserByEmail, insertMembership, insertUser } from "../store/staff-store.ts";
import { type Executor, inTransaction, sqlState, UNIQUE_VIOLATION } from "../store/transaction.ts";
import {
  DEMO_CLIENTS,
  DEMO_CLINIC,
  DEMO_OFFERING_OVERRIDES,
  DEMO_OPENING_HOURS,
  DEMO_ORGANISATION_ID,
  DEMO_PASSWORD,
  DEMO_PRICES_MINOR,
  DEMO_RESOURCES,
  DEMO_STAFF,
} from "./demo-data.ts";
import { type DemoStaffMember, type SeededDemo, seedDemoDay } from "./demo-day.ts";

/**
 * Seeds the demo organisation once; returns false when it is already there. The
 * organisation, its clinic, staff and clients are written in one transaction; the day's
 * screenings and appointments follow through the services, which open their own. Only the
 * server that wrote the organisation goes on to them, so they too happen once. A day that
 * cannot be booked whole (a rule refusing a visit) must not keep the product from starting:
 * `onDayIncomplete` hears of it instead; without it, the failure is thrown.
 */
export async function seedDemo(
  deps: AppDeps,
  now: Date,
  onDayIncomplete?: (error: unknown) => void,
): Promise<boolean> {
  if (await findOrganisation(deps.db, DEMO_ORGANISATION_ID)) return false;
  const passwordHash = await deps.passwords.hash(DEMO_PASSWORD);
  let seeded: SeededDemo;
  try {
    seeded = await seedInTransaction(deps, now, passwordHash);
  } catch (error) {
    // Two servers starting at once: the loser's insert fails on the primary key.
    if (sqlState(error) === UNIQUE_VIOLATION) return false;
    throw error;
  }
  try {
    await seedDemoDay(deps, seeded, now);
  } catch (error) {
    if (!onDayIncomplete) throw error;
    onDayIncomplete(error);
  }
  return true;
}

function seedInTransaction(deps: AppDeps, now: Date, passwordHash: string): Promise<SeededDemo> {
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
    const staff = new Map<string, DemoStaffMember>();
    for (const member of DEMO_STAFF) {
      const existing = await findUserByEmail(tx, member.email);
      const userId = existing?.id ?? deps.newId();
      staff.set(member.email, {
        userId,
        email: member.email,
        roles: member.roles,
        qualifications: member.qualifications,
      });
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
      if (member.workingHours) await setWorkingHoursIn(tx, actor, clinicId, userId, member.workingHours);
    }
    const offerings = await seedOfferings(tx, deps, actor, clinicId);
    const clients = new Map<string, string>();
    for (const client of DEMO_CLIENTS) {
      const input = clientCreateSchema.parse({ ...client, consents: { dataProcessing: true } });
      clients.set(client.lastName, (await createClientIn(tx, deps, actor, input)).id);
    }
    await appendAudit(tx, actor, {
      action: "organisation.seed-demo",
      entityType: "organisation",
      entityId: DEMO_ORGANISATION_ID,
    });
    return { clinicId, staff, clients, offerings };
  });
}

/** Counts of each resource type among the demo resources. */
function demoResourceTypes(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const resource of DEMO_RESOURCES) {
    const type = resourceType(resource.kind, resource.deviceKind);
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}

/** True when the resources hold every type the offering needs, as many times as it needs it. */
function canServe(available: Map<string, number>, needed: readonly string[]): boolean {
  const counts = new Map<string, number>();
  for (const type of needed) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts].every(([type, count]) => (available.get(type) ?? 0) >= count);
}

/** An offering for every catalog procedure the demo resources can serve, from the catalog's suggestions. */
async function seedOfferings(
  tx: Executor,
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
): Promise<Offering[]> {
  const clinic = await findClinic(tx, DEMO_ORGANISATION_ID, clinicId);
  if (!clinic) throw new Error("The demo clinic was not written.");
  const available = demoResourceTypes();
  const offerings: Offering[] = [];
  for (const procedure of catalog.procedures) {
    const defaults = offeringDefaults(procedure.id, clinic.currency);
    if (!defaults) continue;
    const resourceTypes = DEMO_OFFERING_OVERRIDES[procedure.id]?.resourceTypes ?? defaults.resourceTypes;
    const priceMinor = defaults.priceMinor ?? DEMO_PRICES_MINOR[procedure.id];
    if (!canServe(available, resourceTypes) || priceMinor === undefined) continue;
    const input = offeringCreateSchema.parse({
      procedureId: procedure.id,
      name: defaults.names.ru,
      durationMinutes: defaults.durationMinutes,
      bufferBeforeMinutes: defaults.bufferBeforeMinutes,
      bufferAfterMinutes: defaults.bufferAfterMinutes,
      resourceTypes,
      qualifications: defaults.qualifications,
      priceMinor,
      bookableOnline: defaults.bookableOnline,
    });
    offerings.push(await createOfferingIn(tx, deps, actor, clinic, input));
  }
  return offerings;
}
