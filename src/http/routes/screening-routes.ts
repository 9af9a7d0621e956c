import { z } from "zod";
import type { AppDeps } from "../../app/deps.ts";
import {
  clearNeedsReview,
  clientScreenings,
  recordScreening,
  screenAnonymous,
} from "../../app/screening-service.ts";
import { catalog } from "../../catalog/load.ts";
import { buildIntakeQuestionnaire } from "../../fhir/intake-questionnaire.ts";
import { screeningRequestSchema, screeningResponseSchema } from "../../screening/contract.ts";
import { idempotent } from "../idempotency.ts";
import { defineRoute } from "../route.ts";

const utcToday = (clock: () => Date) => clock().toISOString().slice(0, 10);

export function screeningRoutes(deps: AppDeps, clock: () => Date) {
  return [
    defineRoute({
      method: "POST",
      url: "/api/v1/screenings",
      summary:
        "Screen a person for the cold procedures: verdict, reasons and sources per procedure (public; stores nothing). Accepts the JSON request or a FHIR QuestionnaireResponse.",
      tag: "screening",
      auth: "public",
      body: screeningRequestSchema,
      responses: { 200: { description: "Verdicts", schema: screeningResponseSchema } },
      handler: async ({ request }) => screenAnonymous(request.body, utcToday(clock)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/intake/questionnaire",
      summary: "The intake questionnaire as a FHIR R4 Questionnaire generated from the catalog",
      tag: "screening",
      auth: "public",
      query: z.object({ lang: z.enum(["en", "ru"]).default("en") }),
      responses: { 200: { description: "Questionnaire", contentType: "application/fhir+json" } },
      handler: async ({ query, reply }) => {
        reply.type("application/fhir+json");
        return buildIntakeQuestionnaire(catalog, query.lang);
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/clients/:id/screenings",
      summary:
        "Record a screening of a client (intake or pre-session vitals); JSON request or QuestionnaireResponse",
      tag: "screening",
      auth: "session",
      params: z.object({ id: z.uuid() }),
      query: z.object({ kind: z.enum(["intake", "pre-session"]).optional() }),
      body: screeningRequestSchema,
      responses: { 201: { description: "The stored screening with its verdicts" } },
      handler: async ({ actor, params, query, request, reply }) =>
        idempotent(deps, actor, request, reply, () =>
          recordScreening(deps, actor, params.id, request.body, { kind: query.kind }),
        ),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/clients/:id/screenings",
      summary: "A client's current verdict per procedure and screening history",
      tag: "screening",
      auth: "session",
      params: z.object({ id: z.uuid() }),
      responses: { 200: { description: "Current verdicts and history" } },
      handler: async ({ actor, params }) => clientScreenings(deps, actor, params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/clients/:id/screenings/:screeningId/reviews",
      summary:
        "A physician (dermatologist or otolaryngologist) clears a needs-review verdict with a written reason",
      tag: "screening",
      auth: "session",
      params: z.object({ id: z.uuid(), screeningId: z.uuid() }),
      body: z.object({ procedureId: z.string(), reason: z.string() }),
      responses: { 200: { description: "Current verdicts and history" } },
      handler: async ({ actor, params, request }) =>
        clearNeedsReview(deps, actor, params.id, params.screeningId, request.body),
    }),
  ];
}
