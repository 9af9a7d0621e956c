import { catalog } from "../catalog/load.ts";
import type { Actor } from "../domain/actor.ts";
import { type OfferingDefaults, offeringDefaults } from "../domain/booking/offering-defaults.ts";
import {
  type Offering,
  type OfferingCreate,
  offeringCreateSchema,
  offeringUpdateSchema,
  unknownProcedure,
} from "../domain/booking/offerings.ts";
import type { Clinic } from "../domain/clinics.ts";
import { invalid, notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { appendAudit } from "../store/audit-store.ts";
import { findClinic } from "../store/clinic-store.ts";
import { findOffering, insertOffering, listOfferings, updateOffering } from "../store/offering-store.ts";
import { type Executor, inTransaction } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";

// What a clinic sells: catalog procedures with its own price, duration, buffers,
// the resource types they hold and the qualifications their performer needs.

async function clinicOf(tx: Executor, actor: Actor, clinicId: string): Promise<Clinic> {
  const clinic = await findClinic(tx, actor.organisationId, clinicId);
  if (!clinic) throw notFound("clinic");
  return clinic;
}

/** The catalog's suggestions for the procedure; a 422 on procedureId when the catalog lacks it. */
function defaultsOf(procedureId: string, currency: string): OfferingDefaults {
  const defaults = offeringDefaults(procedureId, currency);
  if (!defaults) throw unknownProcedure(catalog.procedures.map((procedure) => procedure.id));
  return defaults;
}

export async function listClinicOfferings(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
): Promise<Offering[]> {
  assertCan(actor.roles, "booking.read");
  await clinicOf(deps.db, actor, clinicId);
  return listOfferings(deps.db, actor.organisationId, clinicId);
}

/** Suggested values for a new offering of the procedure, with the clinic's currency. */
export async function suggestOffering(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
  procedureId: string | undefined,
): Promise<OfferingDefaults & { currency: string }> {
  assertCan(actor.roles, "booking.setup");
  const { currency } = await clinicOf(deps.db, actor, clinicId);
  if (!procedureId) throw invalid([{ field: "procedure", message: "Required.", code: "required" }]);
  const defaults = offeringDefaults(procedureId, currency);
  if (!defaults) {
    throw invalid([
      {
        field: "procedure",
        message: `Use a catalog procedure: ${catalog.procedures.map((p) => p.id).join(", ")}.`,
        code: "unknown-procedure",
      },
    ]);
  }
  return { ...defaults, currency };
}

/**
 * Adds an offering inside a transaction. A missing name is the catalog's Russian one (the
 * language clients of the practices the articles describe read); missing qualifications
 * are everyone the articles name as a performer.
 */
export async function createOfferingIn(
  tx: Executor,
  deps: AppDeps,
  actor: Actor,
  clinic: Clinic,
  input: OfferingCreate,
): Promise<Offering> {
  const defaults = defaultsOf(input.procedureId, clinic.currency);
  const id = deps.newId();
  await insertOffering(tx, {
    id,
    organisationId: actor.organisationId,
    clinicId: clinic.id,
    procedureId: input.procedureId,
    name: input.name ?? defaults.names.ru,
    durationMinutes: input.durationMinutes,
    bufferBeforeMinutes: input.bufferBeforeMinutes,
    bufferAfterMinutes: input.bufferAfterMinutes,
    resourceTypes: input.resourceTypes,
    qualifications: input.qualifications ?? defaults.qualifications,
    priceMinor: input.priceMinor,
    currency: clinic.currency,
    bookableOnline: input.bookableOnline,
    now: actor.now,
  });
  const offering = (await findOffering(tx, actor.organisationId, clinic.id, id)) as Offering;
  const { id: _id, createdAt: _created, updatedAt: _updated, ...details } = offering;
  await appendAudit(tx, actor, { action: "offering.create", entityType: "offering", entityId: id, details });
  return offering;
}

export async function createOffering(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
  body: unknown,
): Promise<Offering> {
  assertCan(actor.roles, "booking.setup");
  return inTransaction(deps.db, async (tx) => {
    const clinic = await clinicOf(tx, actor, clinicId);
    return createOfferingIn(tx, deps, actor, clinic, parseOrThrow(offeringCreateSchema, body));
  });
}

/** Changes an offering. A new price is in the clinic's currency as it is now. */
export async function updateOfferingDetails(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
  offeringId: string,
  body: unknown,
): Promise<Offering> {
  assertCan(actor.roles, "booking.setup");
  return inTransaction(deps.db, async (tx) => {
    const clinic = await clinicOf(tx, actor, clinicId);
    const before = await findOffering(tx, actor.organisationId, clinicId, offeringId, true);
    if (!before) throw notFound("offering");
    const patch = parseOrThrow(offeringUpdateSchema, body);
    if (patch.procedureId !== undefined) defaultsOf(patch.procedureId, clinic.currency);
    await updateOffering(
      tx,
      actor.organisationId,
      offeringId,
      { ...patch, ...(patch.priceMinor !== undefined && { currency: clinic.currency }) },
      actor.now,
    );
    const after = (await findOffering(tx, actor.organisationId, clinicId, offeringId)) as Offering;
    await appendAudit(tx, actor, {
      action: before.active && !after.active ? "offering.deactivate" : "offering.update",
      entityType: "offering",
      entityId: offeringId,
      details: { clinicId, changes: patch },
    });
    return after;
  });
}
