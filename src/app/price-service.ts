import type { Actor } from "../domain/actor.ts";
import { assertCan } from "../domain/roles.ts";
import { type PricedItem, queryPrices } from "../prices/directory.ts";
import { type CsvImportError, importPriceListCsv } from "../prices/import-csv.ts";
import { SEED_PRICES } from "../prices/seed-prices.ts";
import { appendAudit } from "../store/audit-store.ts";
import { insertPriceEntries, listPriceEntries, type StoredPriceEntry } from "../store/price-store.ts";
import { inTransaction } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";

type DirectoryItem = PricedItem & {
  source:
    | { kind: "article"; article: string; line: number; excerpt: string; note?: string }
    | StoredPriceEntry["source"];
};

/** The public price directory: the articles' prices and every clinic's imported list. */
export async function priceDirectory(
  deps: AppDeps,
  query: { city?: string | undefined; procedure?: string | undefined },
) {
  const fromArticles: DirectoryItem[] = SEED_PRICES.map((record) => ({
    clinic: { name: record.clinic.name, city: record.clinic.city, address: record.clinic.address },
    procedureId: record.procedureId,
    price: record.price,
    source: {
      kind: "article" as const,
      ...record.source,
      ...(record.ambiguity && { note: record.ambiguity }),
    },
  }));
  const imported = await listPriceEntries(deps.db, query.procedure);
  return queryPrices<DirectoryItem>([...fromArticles, ...imported], {
    ...(query.city !== undefined && { city: query.city }),
    ...(query.procedure !== undefined && { procedure: query.procedure }),
  });
}

/** Imports a clinic's price list: every row checked first, nothing stored if any is bad. */
export async function importPriceList(
  deps: AppDeps,
  actor: Actor,
  input: { text: string; file: string },
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ ok: true; imported: number } | { ok: false; errors: CsvImportError[] }> {
  assertCan(actor.roles, "clinic.update");
  const result = importPriceListCsv(input.text);
  if (!result.ok) return result;
  const rows = result.records;
  const BATCH = 500;
  await inTransaction(deps.db, async (tx) => {
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      await insertPriceEntries(
        tx,
        batch.map((row) => ({
          id: deps.newId(),
          organisationId: actor.organisationId,
          clinic: row.clinic,
          procedureId: row.procedureId,
          price: row.price,
          file: input.file,
          line: row.line,
          now: actor.now,
        })),
      );
      onProgress(Math.min(start + BATCH, rows.length), rows.length);
    }
    await appendAudit(tx, actor, {
      action: "price-list.import",
      entityType: "organisation",
      entityId: actor.organisationId,
      details: { file: input.file, rows: rows.length },
    });
  });
  return { ok: true, imported: rows.length };
}
