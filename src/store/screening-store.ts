import type { Executor } from "./transaction.ts";

export interface StoredScreening {
  id: string;
  clientId: string;
  kind: "intake" | "pre-session";
  date: string;
  request: unknown;
  results: unknown;
  recordedBy: { id: string; name: string } | null;
  recordedAt: string;
  reviews: {
    procedureId: string;
    reason: string;
    reviewedBy: { id: string; name: string };
    reviewedAt: string;
  }[];
}

export async function insertScreening(
  tx: Executor,
  row: {
    id: string;
    organisationId: string;
    clientId: string;
    kind: string;
    date: string;
    request: unknown;
    results: unknown;
    recordedBy: string | null;
    now: Date;
  },
) {
  await tx
    .insertInto("screenings")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      client_id: row.clientId,
      kind: row.kind,
      screening_date: row.date,
      request: JSON.stringify(row.request),
      results: JSON.stringify(row.results),
      recorded_by: row.recordedBy,
      recorded_at: row.now,
    })
    .execute();
}

export async function insertScreeningReview(
  tx: Executor,
  row: {
    id: string;
    organisationId: string;
    screeningId: string;
    procedureId: string;
    reason: string;
    reviewedBy: string;
    now: Date;
  },
) {
  await tx
    .insertInto("screening_reviews")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      screening_id: row.screeningId,
      procedure_id: row.procedureId,
      reason: row.reason,
      reviewed_by: row.reviewedBy,
      reviewed_at: row.now,
    })
    .execute();
}

/** A client's screenings, newest first, each with its reviews. */
export async function listScreenings(
  tx: Executor,
  organisationId: string,
  clientId: string,
  limit = 50,
): Promise<StoredScreening[]> {
  const rows = await tx
    .selectFrom("screenings as s")
    .leftJoin("users as u", "u.id", "s.recorded_by")
    .select([
      "s.id",
      "s.client_id",
      "s.kind",
      "s.screening_date",
      "s.request",
      "s.results",
      "s.recorded_by",
      "s.recorded_at",
      "u.name",
    ])
    .where("s.organisation_id", "=", organisationId)
    .where("s.client_id", "=", clientId)
    .orderBy("s.seq", "desc")
    .limit(limit)
    .execute();
  const ids = rows.map((row) => row.id);
  const reviews = ids.length
    ? await tx
        .selectFrom("screening_reviews as r")
        .innerJoin("users as u", "u.id", "r.reviewed_by")
        .select(["r.screening_id", "r.procedure_id", "r.reason", "r.reviewed_by", "r.reviewed_at", "u.name"])
        .where("r.organisation_id", "=", organisationId)
        .where("r.screening_id", "in", ids)
        .execute()
    : [];
  return rows.map((row) => ({
    id: row.id,
    clientId: row.client_id,
    kind: row.kind as StoredScreening["kind"],
    date: row.screening_date,
    request: row.request,
    results: row.results,
    recordedBy: row.recorded_by ? { id: row.recorded_by, name: row.name ?? "" } : null,
    recordedAt: new Date(row.recorded_at).toISOString(),
    reviews: reviews
      .filter((review) => review.screening_id === row.id)
      .map((review) => ({
        procedureId: review.procedure_id,
        reason: review.reason,
        reviewedBy: { id: review.reviewed_by, name: review.name },
        reviewedAt: new Date(review.reviewed_at).toISOString(),
      })),
  }));
}
