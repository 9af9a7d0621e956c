import { z } from "zod";
import {
  createCalendarFeed,
  listOwnerCalendarFeeds,
  renderCalendarFeed,
  revokeFeed,
} from "../../app/calendar-feed-service.ts";
import type { AppDeps } from "../../app/deps.ts";
import { defineRoute } from "../route.ts";

const feedSchema = z.object({
  id: z.uuid(),
  ownerKind: z.enum(["practitioner", "client"]),
  userId: z.uuid().nullable(),
  clientId: z.uuid().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
const createdSchema = z.object({
  feed: feedSchema,
  token: z.string().describe("Shown only here: the server keeps only its hash."),
  path: z.string().describe("Where calendar apps subscribe: /ical/<token>.ics"),
});
const listSchema = z.object({ items: z.array(feedSchema) });

/** Tokens are base64url; the .ics suffix is optional so either form of the address works. */
const FEED_TOKEN = /^([A-Za-z0-9_-]{20,128})(\.ics)?$/;

/** The feed path with its token masked, for request logs: the token alone opens the calendar. */
export const hideFeedToken = (path: string) => path.replace(/^\/ical\/[^/]+$/, "/ical/[token]");

const created = { 201: { description: "The feed and its token, shown once", schema: createdSchema } };
const listed = { 200: { description: "Feeds, revoked ones too, newest first", schema: listSchema } };

export function calendarFeedRoutes(deps: AppDeps, clock: () => Date) {
  // Creating is not replayed by Idempotency-Key: the token is shown once and stored only as a hash.
  return [
    defineRoute({
      method: "POST",
      url: "/api/v1/staff/:userId/calendar-feeds",
      summary:
        "Create an iCalendar feed of a practitioner's appointments (the practitioner, or owner/admin/receptionist); the token is shown once",
      tag: "calendar-feeds",
      auth: "session",
      params: z.object({ userId: z.uuid() }),
      responses: created,
      handler: async ({ actor, params, reply }) => {
        const result = await createCalendarFeed(deps, actor, { kind: "practitioner", userId: params.userId });
        reply.status(201);
        return result;
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/staff/:userId/calendar-feeds",
      summary: "A practitioner's calendar feeds",
      tag: "calendar-feeds",
      auth: "session",
      params: z.object({ userId: z.uuid() }),
      responses: listed,
      handler: async ({ actor, params }) => ({
        items: await listOwnerCalendarFeeds(deps, actor, { kind: "practitioner", userId: params.userId }),
      }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/clients/:id/calendar-feeds",
      summary:
        "Create an iCalendar feed of a client's appointments (owner, admin, receptionist); the token is shown once",
      tag: "calendar-feeds",
      auth: "session",
      params: z.object({ id: z.uuid() }),
      responses: created,
      handler: async ({ actor, params, reply }) => {
        const result = await createCalendarFeed(deps, actor, { kind: "client", clientId: params.id });
        reply.status(201);
        return result;
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/clients/:id/calendar-feeds",
      summary: "A client's calendar feeds",
      tag: "calendar-feeds",
      auth: "session",
      params: z.object({ id: z.uuid() }),
      responses: listed,
      handler: async ({ actor, params }) => ({
        items: await listOwnerCalendarFeeds(deps, actor, { kind: "client", clientId: params.id }),
      }),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/v1/calendar-feeds/:feedId",
      summary: "Revoke a calendar feed: its address stops working at once",
      tag: "calendar-feeds",
      auth: "session",
      params: z.object({ feedId: z.uuid() }),
      responses: { 200: { description: "The revoked feed", schema: feedSchema } },
      handler: async ({ actor, params }) => revokeFeed(deps, actor, params.feedId),
    }),
    defineRoute({
      method: "GET",
      url: "/ical/:token",
      summary: "The iCalendar (RFC 5545) feed a token opens, for calendar apps to subscribe to (no login)",
      tag: "calendar-feeds",
      auth: "public",
      params: z.object({ token: z.string().regex(FEED_TOKEN) }),
      responses: { 200: { description: "The calendar", schema: z.string(), contentType: "text/calendar" } },
      handler: async ({ params, reply }) => {
        const token = (FEED_TOKEN.exec(params.token) as RegExpExecArray)[1] as string;
        const calendar = await renderCalendarFeed(deps, token, clock());
        // Calendar apps poll; a shared cache must never keep one person's diary.
        reply.header("cache-control", "private, no-cache");
        reply.type("text/calendar; charset=utf-8");
        return calendar;
      },
    }),
  ];
}
