import type { Actor } from "../domain/actor.ts";
import { renderCalendar } from "../domain/booking/ical.ts";
import { conflict, forbidden, notFound } from "../domain/errors.ts";
import { assertCan, type Role } from "../domain/roles.ts";
import { appendAudit } from "../store/audit-store.ts";
import {
  type CalendarFeed,
  type FeedOwner,
  findCalendarFeed,
  findFeedOwnerDetails,
  findLiveFeedByTokenHash,
  insertCalendarFeed,
  listCalendarFeeds,
  listFeedEvents,
  ownerOf,
  revokeCalendarFeed,
} from "../store/calendar-feed-store.ts";
import { type Executor, inTransaction } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";
import { tokenHash } from "./passwords.ts";

// Calendar subscriptions behind an unguessable token: the token is shown once when the
// feed is created and stored only as its SHA-256; revoking a feed ends it for good.

/** The front desk manages everyone's feeds; a practitioner only their own. */
const MANAGE_ANY_FEED: readonly Role[] = ["owner", "admin", "receptionist"];

/** How far back a feed reaches: enough to look up a recent visit, no full history. */
const FEED_PAST_DAYS = 90;

export const feedPath = (token: string) => `/ical/${token}.ics`;

/** Another organisation's practitioner or client is a 404; a colleague's feed is a 403 for a practitioner. */
async function assertMayManage(tx: Executor, actor: Actor, owner: FeedOwner) {
  assertCan(actor.roles, "calendar-feed.manage");
  const details = await findFeedOwnerDetails(tx, actor.organisationId, owner);
  if (!details) throw notFound(owner.kind === "practitioner" ? "staff-member" : "client");
  if (actor.roles.some((role) => MANAGE_ANY_FEED.includes(role))) return details;
  if (owner.kind === "practitioner" && owner.userId === actor.userId) return details;
  throw forbidden("A practitioner can manage only their own calendar feed.");
}

const ownerDetails = (owner: FeedOwner) =>
  owner.kind === "practitioner"
    ? { ownerKind: owner.kind, userId: owner.userId }
    : { ownerKind: owner.kind, clientId: owner.clientId };

export async function createCalendarFeed(
  deps: AppDeps,
  actor: Actor,
  owner: FeedOwner,
): Promise<{ feed: CalendarFeed; token: string; path: string }> {
  return inTransaction(deps.db, async (tx) => {
    const details = await assertMayManage(tx, actor, owner);
    if (!details.active) {
      throw conflict(
        "calendar-feed-owner-inactive",
        "A deactivated staff member or archived client gets no feed.",
      );
    }
    const token = deps.newToken();
    const feed = await insertCalendarFeed(tx, {
      id: deps.newId(),
      organisationId: actor.organisationId,
      owner,
      tokenHash: tokenHash(token),
      createdBy: actor.userId,
      now: actor.now,
    });
    await appendAudit(tx, actor, {
      action: "calendar-feed.create",
      entityType: "calendar-feed",
      entityId: feed.id,
      details: ownerDetails(owner),
    });
    return { feed, token, path: feedPath(token) };
  });
}

export async function listOwnerCalendarFeeds(
  deps: AppDeps,
  actor: Actor,
  owner: FeedOwner,
): Promise<CalendarFeed[]> {
  await assertMayManage(deps.db, actor, owner);
  return listCalendarFeeds(deps.db, actor.organisationId, owner);
}

/** Revoking twice is harmless: the feed stays revoked as of the first time. */
export async function revokeFeed(deps: AppDeps, actor: Actor, feedId: string): Promise<CalendarFeed> {
  assertCan(actor.roles, "calendar-feed.manage");
  return inTransaction(deps.db, async (tx) => {
    const feed = await findCalendarFeed(tx, actor.organisationId, feedId, true);
    if (!feed) throw notFound("calendar-feed");
    await assertMayManage(tx, actor, ownerOf(feed));
    if (feed.revokedAt) return feed;
    const revoked = await revokeCalendarFeed(tx, actor.organisationId, feedId, actor.now);
    await appendAudit(tx, actor, {
      action: "calendar-feed.revoke",
      entityType: "calendar-feed",
      entityId: feedId,
      details: ownerDetails(ownerOf(feed)),
    });
    return revoked;
  });
}

/** The iCalendar text a token opens; an unknown, revoked or orphaned token is one and the same 404. */
export async function renderCalendarFeed(deps: AppDeps, token: string, now: Date): Promise<string> {
  const feed = await findLiveFeedByTokenHash(deps.db, tokenHash(token));
  if (!feed) throw notFound("calendar-feed");
  const owner = ownerOf(feed);
  const details = await findFeedOwnerDetails(deps.db, feed.organisationId, owner);
  if (!details?.active) throw notFound("calendar-feed");
  const from = new Date(now.getTime() - FEED_PAST_DAYS * 24 * 60 * 60 * 1000);
  const events = await listFeedEvents(deps.db, feed.organisationId, owner, from);
  return renderCalendar({
    ownerKind: feed.ownerKind,
    name: `Cryodesk — ${details.name}`,
    language: details.language === "ru" ? "ru" : "en",
    events,
    now,
  });
}
