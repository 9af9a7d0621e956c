import { z } from "zod";
import type { AppDeps } from "../../app/deps.ts";
import {
  createOffering,
  listClinicOfferings,
  suggestOffering,
  updateOfferingDetails,
} from "../../app/offering-service.ts";
import {
  offeringCreateSchema,
  offeringSchema,
  offeringUpdateSchema,
} from "../../domain/booking/offerings.ts";
import { idempotent } from "../idempotency.ts";
import { defineRoute } from "../route.ts";

const clinicParams = z.object({ id: z.uuid() });
const offeringParams = z.object({ id: z.uuid(), offeringId: z.uuid() });

const defaultsSchema = z.object({
  procedureId: z.string(),
  names: z.object({ en: z.string(), ru: z.string() }),
  durationMinutes: z.int(),
  durationBasis: z.enum(["catalog", "editorial"]),
  bufferBeforeMinutes: z.int(),
  bufferAfterMinutes: z.int(),
  resourceTypes: z.array(z.string()),
  qualifications: z.array(z.string()),
  bookableOnline: z.boolean(),
  priceMinor: z.int().nullable(),
  currency: z.string(),
});

export function offeringRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/v1/clinics/:id/offerings",
      summary: "The clinic's offerings, inactive ones too, by name",
      tag: "booking setup",
      auth: "session",
      params: clinicParams,
      responses: { 200: { description: "Offerings", schema: z.object({ items: z.array(offeringSchema) }) } },
      handler: async ({ actor, params }) => ({ items: await listClinicOfferings(deps, actor, params.id) }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/clinics/:id/offerings/defaults",
      summary: "Suggested offering values for a catalog procedure (owner, admin)",
      tag: "booking setup",
      auth: "session",
      params: clinicParams,
      // Checked by the use case after the clinic, so another organisation's clinic stays a 404.
      query: z.object({ procedure: z.string().max(100).optional() }),
      responses: { 200: { description: "Suggested values", schema: defaultsSchema } },
      handler: async ({ actor, params, query }) => suggestOffering(deps, actor, params.id, query.procedure),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/clinics/:id/offerings",
      summary:
        "Sell a catalog procedure at this clinic (owner, admin); the price is in the clinic's currency",
      tag: "booking setup",
      auth: "session",
      params: clinicParams,
      body: offeringCreateSchema,
      responses: { 201: { description: "The offering", schema: offeringSchema } },
      handler: async ({ actor, params, request, reply }) =>
        idempotent(deps, actor, request, reply, () => createOffering(deps, actor, params.id, request.body)),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/v1/clinics/:id/offerings/:offeringId",
      summary: "Change an offering or (de)activate it (owner, admin)",
      tag: "booking setup",
      auth: "session",
      params: offeringParams,
      body: offeringUpdateSchema,
      responses: { 200: { description: "The offering", schema: offeringSchema } },
      handler: async ({ actor, params, request }) =>
        updateOfferingDetails(deps, actor, params.id, params.offeringId, request.body),
    }),
  ];
}
