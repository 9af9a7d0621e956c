import { z } from "zod";
import { clientAdverseEvents, recordAdverseEvent, recordRecovery } from "../../app/adverse-event-service.ts";
import type { AppDeps } from "../../app/deps.ts";
import {
  adverseEventCreateSchema,
  adverseEventRecoverySchema,
} from "../../domain/sessions/adverse-events.ts";
import { idempotent } from "../idempotency.ts";
import { defineRoute } from "../route.ts";

const byId = z.object({ id: z.uuid() });

export function adverseEventRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "POST",
      url: "/api/v1/clients/:id/adverse-events",
      summary:
        "Record an adverse event: pauses every active course of the client and blocks booking until recovery. The answer lists the session's expected reactions and whether the sign is one. Honours Idempotency-Key.",
      tag: "adverse-events",
      auth: "session",
      params: byId,
      body: adverseEventCreateSchema,
      responses: {
        201: { description: "The event, the courses it paused, the expected reactions and the assessment" },
        403: { description: "Only owners, admins and practitioners record adverse events" },
      },
      handler: async ({ actor, params, request, reply }) =>
        idempotent(deps, actor, request, reply, () =>
          recordAdverseEvent(deps, actor, params.id, request.body),
        ),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/clients/:id/adverse-events",
      summary: "The client's adverse events, newest onset first, with recovery where recorded",
      tag: "adverse-events",
      auth: "session",
      params: byId,
      responses: { 200: { description: "The events" } },
      handler: async ({ actor, params }) => clientAdverseEvents(deps, actor, params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/adverse-events/:id/recovery",
      summary:
        "Record recovery from an adverse event: the client can be booked again; paused courses stay paused until resumed",
      tag: "adverse-events",
      auth: "session",
      params: byId,
      body: adverseEventRecoverySchema,
      responses: {
        200: { description: "The event with its recovery, and the client's courses still paused" },
        409: { description: "adverse-event-recovered: recovery is already recorded" },
      },
      handler: async ({ actor, params, request }) => recordRecovery(deps, actor, params.id, request.body),
    }),
  ];
}
