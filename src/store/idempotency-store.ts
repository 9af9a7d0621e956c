import type { Executor } from "./transaction.ts";

/** Claims a key; false when it is already claimed (by a finished or a running request). */
export async function claimIdempotencyKey(
  tx: Executor,
  row: { organisationId: string; key: string; route: string; requestHash: string; now: Date },
): Promise<boolean> {
  // Keys are kept a day: long enough for any retry, not a second copy of the data.
  await tx
    .deleteFrom("idempotency_keys")
    .where("organisation_id", "=", row.organisationId)
    .where("created_at", "<", new Date(row.now.getTime() - 24 * 60 * 60 * 1000))
    .execute();
  const result = await tx
    .insertInto("idempotency_keys")
    .values({
      organisation_id: row.organisationId,
      key: row.key,
      route: row.route,
      request_hash: row.requestHash,
      status_code: 0,
      response: "null",
      created_at: row.now,
    })
    .onConflict((oc) => oc.columns(["organisation_id", "key"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findIdempotencyKey(tx: Executor, organisationId: string, key: string) {
  return tx
    .selectFrom("idempotency_keys")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("key", "=", key)
    .executeTakeFirst();
}

export async function completeIdempotencyKey(
  tx: Executor,
  organisationId: string,
  key: string,
  statusCode: number,
  response: unknown,
) {
  await tx
    .updateTable("idempotency_keys")
    .set({ status_code: statusCode, response: JSON.stringify(response) })
    .where("organisation_id", "=", organisationId)
    .where("key", "=", key)
    .execute();
}

export async function releaseIdempotencyKey(tx: Executor, organisationId: string, key: string) {
  await tx
    .deleteFrom("idempotency_keys")
    .where("organisation_id", "=", organisationId)
    .where("key", "=", key)
    .where("status_code", "=", 0)
    .execute();
}
