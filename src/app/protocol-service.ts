import { catalog } from "../catalog/load.ts";
import type { Actor } from "../domain/actor.ts";
import {
  type DocumentedRanges,
  documentedRanges,
  protocolDeviations,
  protocolInputSchema,
} from "../domain/clinic-protocol.ts";
import { DomainError, invalid, notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { appendAudit } from "../store/audit-store.ts";
import { findClinic } from "../store/clinic-store.ts";
import { listProtocols, type StoredProtocol, upsertProtocol } from "../store/protocol-store.ts";
import { inTransaction } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";

export interface ClinicProtocol extends Omit<StoredProtocol, "updatedAt"> {
  /** null while the clinic has not set its own values. */
  updatedAt: string | null;
  documented: DocumentedRanges;
}

function procedureOf(procedureId: string) {
  const procedure = catalog.getProcedure(procedureId);
  if (!procedure) throw notFound("procedure");
  return procedure;
}

export async function getClinicProtocols(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
): Promise<ClinicProtocol[]> {
  assertCan(actor.roles, "clinic.read");
  if (!(await findClinic(deps.db, actor.organisationId, clinicId))) throw notFound("clinic");
  const stored = new Map(
    (await listProtocols(deps.db, actor.organisationId, clinicId)).map((p) => [p.procedureId, p]),
  );
  // Every procedure of the catalog, set or not, so the documented ranges are always at hand.
  return catalog.procedures.map((procedure) => ({
    ...(stored.get(procedure.id) ?? {
      procedureId: procedure.id,
      values: {},
      offLabelReason: null,
      deviations: [],
      updatedAt: null,
    }),
    documented: documentedRanges(procedure),
  }));
}

/**
 * Sets a clinic's values for one procedure. Values outside the documented range are
 * refused unless an off-label reason is given; then they are kept, flagged and audited.
 */
export async function setClinicProtocol(
  deps: AppDeps,
  actor: Actor,
  clinicId: string,
  procedureId: string,
  body: unknown,
): Promise<ClinicProtocol> {
  assertCan(actor.roles, "clinic.update");
  const procedure = procedureOf(procedureId);
  return inTransaction(deps.db, async (tx) => {
    if (!(await findClinic(tx, actor.organisationId, clinicId))) throw notFound("clinic");
    const input = parseOrThrow(protocolInputSchema, body);
    const { deviations, unknownMethods } = protocolDeviations(procedure, input.values);
    if (unknownMethods.length > 0) {
      throw invalid(
        unknownMethods.map((method) => ({
          field: `values.exposureSeconds.${method}`,
          message: `Not a method of ${procedure.id}: use ${procedure.methods.map((m) => m.id).join(", ")}.`,
        })),
      );
    }
    if (deviations.length > 0 && !input.offLabelReason) {
      throw new DomainError(
        "unprocessable",
        "protocol-out-of-range",
        "Some values lie outside the documented range: give an off-label reason to keep them.",
        {
          fields: deviations.map((d) => ({
            field: `values.${d.field}`,
            message: d.message,
            code: "out-of-range",
          })),
        },
      );
    }
    const offLabelReason = deviations.length > 0 ? input.offLabelReason : null;
    await upsertProtocol(tx, {
      organisationId: actor.organisationId,
      clinicId,
      procedureId,
      values: input.values,
      offLabelReason,
      deviations,
      now: actor.now,
      userId: actor.userId,
    });
    await appendAudit(tx, actor, {
      action: offLabelReason ? "clinic-protocol.set-off-label" : "clinic-protocol.set",
      entityType: "clinic",
      entityId: clinicId,
      details: { procedureId, values: input.values, ...(offLabelReason && { offLabelReason, deviations }) },
    });
    const saved = (await listProtocols(tx, actor.organisationId, clinicId)).find(
      (p) => p.procedureId === procedureId,
    );
    return { ...(saved as StoredProtocol), documented: documentedRanges(procedure) };
  });
}
