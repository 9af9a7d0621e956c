import type { Selectable } from "kysely";
import type { FeedEvent, FeedOwnerKind } from "../domain/booking/ical.ts";
import { fullName } from "../domain/clients.ts";
import type { CalendarFeedsTable } from "./tables.ts";
import type { Executor } from "./transaction.ts";

/** Whose appointments a feed shows. */
export type FeedOwner = { kind: "practitioner"; userId: string } | { kind: "client"; clientId: string };

/** A feed as the API shows it; the token itself is never stored, so it is never here. */
export interface CalendarFeed {
  id: string;
  ownerKind: FeedOwnerKind;
  userId: string | null;
  clientId: string | null;
  createdAt: string;
  revokedAt: string | null;
}

type FeedRow = Selectable<CalendarFeedsTable>;

function toFeed(row: FeedRow): CalendarFeed {
  return {
    id: row.id,
    ownerKind: row.owner_kind,
    userId: row.user_id,
    clientId: row.client_id,
    createdAt: new Date(row.created_at).toISOString(),
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
  };
}

export const ownerOf = (feed: Pick<CalendarFeed, "userId" | "clientId">): FeedOwner =>
  feed.userId
    ? { kind: "practitioner", userId: feed.userId }
    : { kind: "client", clientId: feed.clientId as string };

export async function insertCalendarFeed(
  tx: Executor,
  row: {
    id: string;
    organisationId: string;
    owner: FeedOwner;
    tokenHash: string;
    createdBy: string | null;
    now: Date;
  },
): Promise<CalendarFeed> {
  const inserted = await tx
    .insertInto("calendar_feeds")
    .values({
      id: row.id,
      organisation_id: row.organisationId,
      owner_kind: row.owner.kind,
      user_id: row.owner.kind === "practitioner" ? row.owner.userId : null,
      client_id: row.owner.kind === "client" ? row.owner.clientId : null,
      token_hash: row.tokenHash,
      created_by: row.createdBy,
      created_at: row.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toFeed(inserted);
}

/** Every feed of one owner, revoked ones too, newest first. */
export async function listCalendarFeeds(
  tx: Executor,
  organisationId: string,
  owner: FeedOwner,
): Promise<CalendarFeed[]> {
  let query = tx
    .selectFrom("calendar_feeds")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("owner_kind", "=", owner.kind);
  query =
    owner.kind === "practitioner"
      ? query.where("user_id", "=", owner.userId)
      : query.where("client_id", "=", owner.clientId);
  const rows = await query.orderBy("created_at", "desc").orderBy("id").execute();
  return rows.map(toFeed);
}

export async function findCalendarFeed(tx: Executor, organisationId: string, id: string, forUpdate = false) {
  let query = tx
    .selectFrom("calendar_feeds")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toFeed(row) : undefined;
}

export async function revokeCalendarFeed(
  tx: Executor,
  organisationId: string,
  id: string,
  now: Date,
): Promise<CalendarFeed> {
  const row = await tx
    .updateTable("calendar_feeds")
    .set({ revoked_at: now })
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toFeed(row);
}

/** The live (not revoked) feed a token opens, with its organisation. */
export async function findLiveFeedByTokenHash(tx: Executor, tokenHash: string) {
  const row = await tx
    .selectFrom("calendar_feeds")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row ? { organisationId: row.organisation_id, ...toFeed(row) } : undefined;
}

/**
 * Name and language of a feed's owner, and whether they still may see it: a practitioner
 * whose membership was deactivated, or an archived client, no longer gets a feed.
 */
export async function findFeedOwnerDetails(tx: Executor, organisationId: string, owner: FeedOwner) {
  if (owner.kind === "practitioner") {
    const row = await tx
      .selectFrom("memberships as m")
      .innerJoin("users as u", "u.id", "m.user_id")
      .select(["u.name", "u.language", "m.active"])
      .where("m.organisation_id", "=", organisationId)
      .where("m.user_id", "=", owner.userId)
      .executeTakeFirst();
    return row && { name: row.name, language: row.language, active: row.active };
  }
  const row = await tx
    .selectFrom("clients")
    .select(["first_name", "last_name", "middle_name", "language", "archived_at"])
    .where("organisation_id", "=", organisationId)
    .where("id", "=", owner.clientId)
    .executeTakeFirst();
  return (
    row && {
      name: fullName({ firstName: row.first_name, lastName: row.last_name, middleName: row.middle_name }),
      language: row.language,
      active: row.archived_at === null,
    }
  );
}

/** Enough for years of a busy practitioner's diary; a feed is not an export. */
const FEED_EVENT_LIMIT = 5000;

/** The appointments a feed shows, in any status, starting at `from` or later, earliest first. */
export async function listFeedEvents(
  tx: Executor,
  organisationId: string,
  owner: FeedOwner,
  from: Date,
): Promise<FeedEvent[]> {
  let query = tx
    .selectFrom("appointments as a")
    .innerJoin("offerings as o", (join) =>
      join.onRef("o.organisation_id", "=", "a.organisation_id").onRef("o.id", "=", "a.offering_id"),
    )
    .innerJoin("clinics as c", (join) =>
      join.onRef("c.organisation_id", "=", "a.organisation_id").onRef("c.id", "=", "a.clinic_id"),
    )
    .innerJoin("clients as cl", (join) =>
      join.onRef("cl.organisation_id", "=", "a.organisation_id").onRef("cl.id", "=", "a.client_id"),
    )
    .innerJoin("users as u", "u.id", "a.practitioner_id")
    .leftJoin("courses as co", "co.id", "a.course_id")
    .select([
      "a.id",
      "a.starts_at",
      "a.ends_at",
      "a.status",
      "a.sequence",
      "a.created_at",
      "a.updated_at",
      "o.name as offering_name",
      "c.name as clinic_name",
      "c.address as clinic_address",
      "c.time_zone",
      "cl.first_name",
      "cl.last_name",
      "cl.middle_name",
      "u.name as practitioner_name",
      "co.name as course_name",
      "co.sessions as course_sessions",
      "a.course_session",
    ])
    .where("a.organisation_id", "=", organisationId)
    .where("a.starts_at", ">=", from);
  query =
    owner.kind === "practitioner"
      ? query.where("a.practitioner_id", "=", owner.userId)
      : query.where("a.client_id", "=", owner.clientId);
  const rows = await query.orderBy("a.starts_at").orderBy("a.id").limit(FEED_EVENT_LIMIT).execute();
  return rows.map((row) => ({
    appointmentId: row.id,
    start: new Date(row.starts_at),
    end: new Date(row.ends_at),
    status: row.status,
    sequence: row.sequence,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    offeringName: row.offering_name,
    course:
      row.course_name && row.course_session !== null
        ? { name: row.course_name, session: row.course_session, sessions: row.course_sessions ?? 0 }
        : null,
    clientName: fullName({ firstName: row.first_name, lastName: row.last_name, middleName: row.middle_name }),
    practitionerName: row.practitioner_name,
    clinic: { name: row.clinic_name, address: row.clinic_address, timeZone: row.time_zone },
  }));
}
