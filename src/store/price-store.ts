import type { ProcedureId } from "../prices/schema.ts";
import type { Executor } from "./transaction.ts";

export interface StoredPriceEntry {
  clinic: { name: string; city: string; address: string };
  procedureId: ProcedureId;
  price: { amount: number; currency: string };
  source: { kind: "price-list"; organisation: string; file: string; line: number; importedAt: string };
}

export async function insertPriceEntries(
  tx: Executor,
  rows: {
    id: string;
    organisationId: string;
    clinic: { name: string; city: string; address: string };
    procedureId: string;
    price: { amount: number; currency: string };
    file: string;
    line: number;
    now: Date;
  }[],
) {
  if (rows.length === 0) return;
  await tx
    .insertInto("price_list_entries")
    .values(
      rows.map((row) => ({
        id: row.id,
        organisation_id: row.organisationId,
        clinic_name: row.clinic.name,
        city: row.clinic.city,
        address: row.clinic.address,
        procedure_id: row.procedureId,
        amount: row.price.amount,
        currency: row.price.currency,
        source_file: row.file,
        source_line: row.line,
        imported_at: row.now,
      })),
    )
    .execute();
}

/** Every imported price (the directory is public); filtering by city happens in the domain, which knows city aliases. */
export async function listPriceEntries(tx: Executor, procedureId?: string): Promise<StoredPriceEntry[]> {
  let query = tx
    .selectFrom("price_list_entries as p")
    .innerJoin("organisations as o", "o.id", "p.organisation_id")
    .select([
      "p.clinic_name",
      "p.city",
      "p.address",
      "p.procedure_id",
      "p.amount",
      "p.currency",
      "p.source_file",
      "p.source_line",
      "p.imported_at",
      "o.name as organisation_name",
    ]);
  if (procedureId) query = query.where("p.procedure_id", "=", procedureId);
  const rows = await query.execute();
  return rows.map((row) => ({
    clinic: { name: row.clinic_name, city: row.city, address: row.address },
    procedureId: row.procedure_id as ProcedureId,
    price: { amount: Number(row.amount), currency: row.currency },
    source: {
      kind: "price-list",
      organisation: row.organisation_name,
      file: row.source_file,
      line: row.source_line,
      importedAt: new Date(row.imported_at).toISOString(),
    },
  }));
}
