import { z } from "zod";
import {
  addClosure,
  getClinic,
  listClinics,
  removeClosure,
  updateClinicDetails,
} from "../../app/clinic-service.ts";
import type { AppDeps } from "../../app/deps.ts";
import { clinicSchema, clinicUpdateSchema, closureCreateSchema } from "../../domain/clinics.ts";
import { idempotent } from "../idempotency.ts";
import { defineRoute } from "../route.ts";

const clinicParams = z.object({ id: z.uuid() });
const closureParams = z.object({ id: z.uuid(), closureId: z.uuid() });
const ok = { 200: { description: "The clinic", schema: clinicSchema } };

export function clinicRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/v1/clinics",
      summary: "Clinics of the organisation",
      tag: "clinics",
      auth: "session",
      responses: { 200: { description: "Clinics", schema: z.object({ items: z.array(clinicSchema) }) } },
      handler: async ({ actor }) => ({ items: await listClinics(deps, actor) }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/clinics/:id",
      summary: "One clinic with closures and resources",
      tag: "clinics",
      auth: "session",
      params: clinicParams,
      responses: ok,
      handler: async ({ actor, params }) => getClinic(deps, actor, params.id),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/v1/clinics/:id",
      summary: "Update clinic details and opening hours (owner, admin)",
      tag: "clinics",
      auth: "session",
      params: clinicParams,
      body: clinicUpdateSchema,
      responses: ok,
      handler: async ({ actor, params, request }) =>
        updateClinicDetails(deps, actor, params.id, request.body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/clinics/:id/closures",
      summary: "Add a closure (days the clinic is shut)",
      tag: "clinics",
      auth: "session",
      params: clinicParams,
      body: closureCreateSchema,
      responses: { 201: { description: "The clinic with the closure", schema: clinicSchema } },
      handler: async ({ actor, params, request, reply }) =>
        idempotent(deps, actor, request, reply, () => addClosure(deps, actor, params.id, request.body)),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/v1/clinics/:id/closures/:closureId",
      summary: "Remove a closure",
      tag: "clinics",
      auth: "session",
      params: closureParams,
      responses: ok,
      handler: async ({ actor, params }) => removeClosure(deps, actor, params.id, params.closureId),
    }),
  ];
}
