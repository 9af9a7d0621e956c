import type { Actor } from "../domain/actor.ts";
import { type Clinic, clinicUpdateSchema, closureCreateSchema } from "../domain/clinics.ts";
import { notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { appendAudit } from "../store/audit-store.ts";
import {
  deleteClosure,
  findClinic,
  insertClosure,
  listClinicIds,
  updateClinic,
} from "../store/clinic-store.ts";
import { inTransaction } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";

export async function listClinics(deps: AppDeps, actor: Actor): Promise<Clinic[]> {
  assertCan(actor.roles, "clinic.read");
  const ids = await listClinicIds(deps.db, actor.organisationId);
  const clinics = await Promise.all(ids.map((id) => findClinic(deps.db, actor.organisationId, id)));
  return clinics.filter((clinic): clinic is Clinic => clinic !== undefined);
}

export async function getClinic(deps: AppDeps, actor: Actor, id: string): Promise<Clinic> {
  assertCan(actor.roles, "clinic.read");
  const clinic = await findClinic(deps.db, actor.organisationId, id);
  if (!clinic) throw notFound("clinic");
  return clinic;
}

export async function updateClinicDetails(
  deps: AppDeps,
  actor: Actor,
  id: string,
  body: unknown,
): Promise<Clinic> {
  assertCan(actor.roles, "clinic.update");
  return inTransaction(deps.db, async (tx) => {
    // Existence first: another organisation's clinic is a 404 whatever the body says.
    if (!(await findClinic(tx, actor.organisationId, id))) throw notFound("clinic");
    const patch = parseOrThrow(clinicUpdateSchema, body);
    await updateClinic(tx, actor.organisationId, id, patch, actor.now);
    await appendAudit(tx, actor, {
      action: "clinic.update",
      entityType: "clinic",
      entityId: id,
      details: { changes: patch },
    });
    return (await findClinic(tx, actor.organisationId, id)) as Clinic;
  });
}

export async function addClosure(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
  body: unknown,
): Promise<Clinic> {
  assertCan(actor.roles, "clinic.update");
  return inTransaction(deps.db, async (tx) => {
    if (!(await findClinic(tx, actor.organisationId, clinicId))) throw notFound("clinic");
    const closure = parseOrThrow(closureCreateSchema, body);
    const id = deps.newId();
    await insertClosure(tx, { id, organisationId: actor.organisationId, clinicId, closure });
    await appendAudit(tx, actor, {
      action: "clinic.closure.add",
      entityType: "clinic",
      entityId: clinicId,
      details: { closureId: id, ...closure },
    });
    return (await findClinic(tx, actor.organisationId, clinicId)) as Clinic;
  });
}

export async function removeClosure(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
  closureId: string,
): Promise<Clinic> {
  assertCan(actor.roles, "clinic.update");
  return inTransaction(deps.db, async (tx) => {
    if (!(await deleteClosure(tx, actor.organisationId, clinicId, closureId))) throw notFound("closure");
    await appendAudit(tx, actor, {
      action: "clinic.closure.remove",
      entityType: "clinic",
      entityId: clinicId,
      details: { closureId },
    });
    return (await findClinic(tx, actor.organisationId, clinicId)) as Clinic;
  });
}
