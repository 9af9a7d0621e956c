import { z } from "zod";
import type { AppDeps } from "../../app/deps.ts";
import { getClinicProtocols, setClinicProtocol } from "../../app/protocol-service.ts";
import { protocolInputSchema } from "../../domain/clinic-protocol.ts";
import { defineRoute } from "../route.ts";

export function protocolRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/v1/clinics/:id/protocols",
      summary: "The clinic's own protocol values per procedure, with the catalog's documented ranges",
      tag: "clinics",
      auth: "session",
      params: z.object({ id: z.uuid() }),
      responses: { 200: { description: "Protocols" } },
      handler: async ({ actor, params }) => ({ items: await getClinicProtocols(deps, actor, params.id) }),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/v1/clinics/:id/protocols/:procedureId",
      summary:
        "Set the clinic's values for a procedure; values outside the documented range need an off-label reason (audited)",
      tag: "clinics",
      auth: "session",
      params: z.object({ id: z.uuid(), procedureId: z.string().max(100) }),
      body: protocolInputSchema,
      responses: { 200: { description: "The protocol as saved" } },
      handler: async ({ actor, params, request }) =>
        setClinicProtocol(deps, actor, params.id, params.procedureId, request.body),
    }),
  ];
}
