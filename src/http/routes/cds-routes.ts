import { z } from "zod";
import { catalog } from "../../catalog/load.ts";
import { notFound } from "../../domain/errors.ts";
import { parseOrThrow } from "../../domain/validation.ts";
import { CDS_SERVICES, cardsFor, parseHookRequest, screeningRequestFromHook } from "../../fhir/cds-hooks.ts";
import { screeningRequestSchema } from "../../screening/contract.ts";
import { screen } from "../../screening/engine.ts";
import { defineRoute } from "../route.ts";

// CDS Hooks 2.0 service. Stateless and public like POST /api/v1/screenings: it sees
// only what the EHR prefetches and keeps nothing.

export function cdsRoutes(clock: () => Date) {
  return [
    defineRoute({
      method: "GET",
      url: "/cds-services",
      summary: "CDS Hooks discovery",
      tag: "cds-hooks",
      auth: "public",
      responses: { 200: { description: "Services" } },
      handler: async () => ({ services: CDS_SERVICES }),
    }),
    defineRoute({
      method: "POST",
      url: "/cds-services/:id",
      summary: "CDS Hooks service call (patient-view, appointment-book): cards per procedure",
      tag: "cds-hooks",
      auth: "public",
      params: z.object({ id: z.string().max(100) }),
      responses: { 200: { description: "Cards" } },
      handler: async ({ params, request }) => {
        if (!CDS_SERVICES.some((service) => service.id === params.id)) throw notFound("cds-service");
        const hook = parseHookRequest(params.id, request.body);
        const screeningRequest = parseOrThrow(
          screeningRequestSchema,
          screeningRequestFromHook(hook, clock().toISOString().slice(0, 10)),
        );
        const response = screen(screeningRequest);
        const baseUrl = `${request.protocol}://${request.host}`;
        const names = (id: string) => catalog.getProcedure(id)?.names.en ?? id;
        return { cards: cardsFor(response.results, names, baseUrl, response.unmatchedConditions) };
      },
    }),
  ];
}
