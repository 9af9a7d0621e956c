import type { Actor } from "../domain/actor.ts";
import { formatInstant, startOfLocalDay } from "../domain/booking/local-time.ts";
import {
  type Outage,
  type Resource,
  resourceCreateSchema,
  resourceUpdateSchema,
  timeRangeCreateSchema,
} from "../domain/booking/offerings.ts";
import type { Clinic } from "../domain/clinics.ts";
import { notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { appendAudit } from "../store/audit-store.ts";
import { findClinic, insertResource } from "../store/clinic-store.ts";
import {
  deleteOutage,
  findOutage,
  findResource,
  insertOutage,
  listOutages,
  listResources,
  type StoredOutage,
  updateResource,
} from "../store/resource-store.ts";
import { type Executor, inTransaction } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";

// Rooms, cabins, devices and Dewars of a clinic, and when they are out of service.

async function clinicOf(tx: Executor, actor: Actor, clinicId: string): Promise<Clinic> {
  const clinic = await findClinic(tx, actor.organisationId, clinicId);
  if (!clinic) throw notFound("clinic");
  return clinic;
}

async function resourceOf(tx: Executor, actor: Actor, clinicId: string, resourceId: string) {
  const resource = await findResource(tx, actor.organisationId, clinicId, resourceId);
  if (!resource) throw notFound("resource");
  return resource;
}

const toOutage = (outage: StoredOutage, timeZone: string): Outage => ({
  ...outage,
  start: formatInstant(outage.start.getTime(), timeZone),
  end: formatInstant(outage.end.getTime(), timeZone),
});

export async function listClinicResources(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
): Promise<Resource[]> {
  assertCan(actor.roles, "booking.read");
  await clinicOf(deps.db, actor, clinicId);
  return listResources(deps.db, actor.organisationId, clinicId);
}

export async function createResource(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
  body: unknown,
): Promise<Resource> {
  assertCan(actor.roles, "booking.setup");
  return inTransaction(deps.db, async (tx) => {
    await clinicOf(tx, actor, clinicId);
    const input = parseOrThrow(resourceCreateSchema, body);
    const id = deps.newId();
    await insertResource(tx, {
      id,
      organisationId: actor.organisationId,
      clinicId,
      name: input.name,
      kind: input.kind,
      deviceKind: input.deviceKind ?? null,
    });
    const resource = await resourceOf(tx, actor, clinicId, id);
    await appendAudit(tx, actor, {
      action: "resource.create",
      entityType: "resource",
      entityId: id,
      details: { clinicId, name: resource.name, type: resource.type },
    });
    return resource;
  });
}

/** Renames or (de)activates a resource. A deactivated one keeps its appointments and outages. */
export async function updateResourceDetails(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
  resourceId: string,
  body: unknown,
): Promise<Resource> {
  assertCan(actor.roles, "booking.setup");
  return inTransaction(deps.db, async (tx) => {
    const before = await resourceOf(tx, actor, clinicId, resourceId);
    const patch = parseOrThrow(resourceUpdateSchema, body);
    await updateResource(tx, actor.organisationId, resourceId, patch);
    const after = await resourceOf(tx, actor, clinicId, resourceId);
    await appendAudit(tx, actor, {
      action: before.active && !after.active ? "resource.deactivate" : "resource.update",
      entityType: "resource",
      entityId: resourceId,
      details: {
        clinicId,
        before: { name: before.name, active: before.active },
        after: { name: after.name, active: after.active },
      },
    });
    return after;
  });
}

/** Outages of the clinic's resources overlapping the local days [from, to). */
export async function listClinicOutages(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
  days: { from?: string | undefined; to?: string | undefined },
): Promise<Outage[]> {
  assertCan(actor.roles, "booking.read");
  const { timeZone } = await clinicOf(deps.db, actor, clinicId);
  const outages = await listOutages(deps.db, actor.organisationId, clinicId, {
    from: days.from ? new Date(startOfLocalDay(days.from, timeZone)) : undefined,
    to: days.to ? new Date(startOfLocalDay(days.to, timeZone)) : undefined,
  });
  return outages.map((outage) => toOutage(outage, timeZone));
}

export async function addOutage(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
  resourceId: string,
  body: unknown,
): Promise<Outage> {
  assertCan(actor.roles, "booking.setup");
  return inTransaction(deps.db, async (tx) => {
    const { timeZone } = await clinicOf(tx, actor, clinicId);
    await resourceOf(tx, actor, clinicId, resourceId);
    const input = parseOrThrow(timeRangeCreateSchema, body);
    const id = deps.newId();
    await insertOutage(tx, {
      id,
      organisationId: actor.organisationId,
      resourceId,
      ...input,
      now: actor.now,
    });
    const outage = toOutage(
      (await findOutage(tx, actor.organisationId, clinicId, id)) as StoredOutage,
      timeZone,
    );
    await appendAudit(tx, actor, {
      action: "resource.outage.add",
      entityType: "resource",
      entityId: resourceId,
      details: { outageId: id, start: outage.start, end: outage.end, reason: outage.reason },
    });
    return outage;
  });
}

export async function removeOutage(deps: AppDeps, actor: Actor, clinicId: string, outageId: string) {
  assertCan(actor.roles, "booking.setup");
  await inTransaction(deps.db, async (tx) => {
    const { timeZone } = await clinicOf(tx, actor, clinicId);
    const outage = await findOutage(tx, actor.organisationId, clinicId, outageId);
    if (!outage || !(await deleteOutage(tx, actor.organisationId, outageId))) throw notFound("outage");
    const { start, end, reason } = toOutage(outage, timeZone);
    await appendAudit(tx, actor, {
      action: "resource.outage.remove",
      entityType: "resource",
      entityId: outage.resourceId,
      details: { outageId, start, end, reason },
    });
  });
}
