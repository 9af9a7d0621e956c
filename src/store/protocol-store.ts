import type { Deviation, ProtocolValues } from "../domain/clinic-protocol.ts";
import type { Executor } from "./transaction.ts";

export interface StoredProtocol {
  procedureId: string;
  values: ProtocolValues;
  offLabelReason: string | null;
  deviations: Deviation[];
  updatedAt: string;
}

export async function upsertProtocol(
  tx: Executor,
  row: {
    organisationId: string;
    clinicId: string;
    procedureId: string;
    values: ProtocolValues;
    offLabelReason: string | null;
    deviations: Deviation[];
    now: Date;
    userId: string | null;
  },
) {
  const values = {
    protocol_values: JSON.stringify(row.values),
    off_label_reason: row.offLabelReason,
    deviations: JSON.stringify(row.deviations),
    updated_at: row.now,
    updated_by: row.userId,
  };
  await tx
    .insertInto("clinic_protocols")
    .values({
      organisation_id: row.organisationId,
      clinic_id: row.clinicId,
      procedure_id: row.procedureId,
      ...values,
    })
    .onConflict((oc) => oc.columns(["organisation_id", "clinic_id", "procedure_id"]).doUpdateSet(values))
    .execute();
}

export async function listProtocols(
  tx: Executor,
  organisationId: string,
  clinicId: string,
): Promise<StoredProtocol[]> {
  const rows = await tx
    .selectFrom("clinic_protocols")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("clinic_id", "=", clinicId)
    .orderBy("procedure_id")
    .execute();
  return rows.map((row) => ({
    procedureId: row.procedure_id,
    values: row.protocol_values as ProtocolValues,
    offLabelReason: row.off_label_reason,
    deviations: row.deviations as Deviation[],
    updatedAt: new Date(row.updated_at).toISOString(),
  }));
}
