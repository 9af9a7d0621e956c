import { z } from "zod";
import type { AppDeps } from "../../app/deps.ts";
import {
  addOutage,
  createResource,
  listClinicOutages,
  listClinicResources,
  removeOutage,
  updateResourceDetails,
} from "../../app/resource-service.ts";
import {
  localDaysQuerySchema,
  outageSchema,
  resourceCreateSchema,
  resourceSchema,
  resourceUpdateSchema,
  timeRangeCreateSchema,
} from "../../domain/booking/offerings.ts";
import { idempotent } from "../idempotency.ts";
import { defineRoute } from "../route.ts";

const clinicParams = z.object({ id: z.uuid() });
const resourceParams = z.object({ id: z.uuid(), resourceId: z.uuid() });
const outageParams = z.object({ id: z.uuid(), outageId: z.uuid() });

export function resourceRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/v1/clinics/:id/resources",
      summary: "Rooms, cabins, devices and Dewars of the clinic, inactive ones too, with their type",
      tag: "booking setup",
      auth: "session",
      params: clinicParams,
      responses: { 200: { description: "Resources", schema: z.object({ items: z.array(resourceSchema) }) } },
      handler: async ({ actor, params }) => ({ items: await listClinicResources(deps, actor, params.id) }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/clinics/:id/resources",
      summary: "Add a resource (owner, admin); a device names its device kind",
      tag: "booking setup",
      auth: "session",
      params: clinicParams,
      body: resourceCreateSchema,
      responses: { 201: { description: "The resource", schema: resourceSchema } },
      handler: async ({ actor, params, request, reply }) =>
        idempotent(deps, actor, request, reply, () => createResource(deps, actor, params.id, request.body)),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/v1/clinics/:id/resources/:resourceId",
      summary: "Rename or (de)activate a resource; a deactivated one keeps its history",
      tag: "booking setup",
      auth: "session",
      params: resourceParams,
      body: resourceUpdateSchema,
      responses: { 200: { description: "The resource", schema: resourceSchema } },
      handler: async ({ actor, params, request }) =>
        updateResourceDetails(deps, actor, params.id, params.resourceId, request.body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/clinics/:id/outages",
      summary: "Out-of-service periods overlapping the clinic's local days [from, to), by start",
      tag: "booking setup",
      auth: "session",
      params: clinicParams,
      query: localDaysQuerySchema,
      responses: { 200: { description: "Outages", schema: z.object({ items: z.array(outageSchema) }) } },
      handler: async ({ actor, params, query }) => ({
        items: await listClinicOutages(deps, actor, params.id, query),
      }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/clinics/:id/resources/:resourceId/outages",
      summary: "Take a resource out of service for [start, end) (owner, admin)",
      tag: "booking setup",
      auth: "session",
      params: resourceParams,
      body: timeRangeCreateSchema,
      responses: { 201: { description: "The outage", schema: outageSchema } },
      handler: async ({ actor, params, request, reply }) =>
        idempotent(deps, actor, request, reply, () =>
          addOutage(deps, actor, params.id, params.resourceId, request.body),
        ),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/v1/clinics/:id/outages/:outageId",
      summary: "Remove an out-of-service period",
      tag: "booking setup",
      auth: "session",
      params: outageParams,
      responses: { 204: { description: "Removed" } },
      handler: async ({ actor, params, reply }) => {
        await removeOutage(deps, actor, params.id, params.outageId);
        return reply.status(204).send();
      },
    }),
  ];
}
