import { z } from "zod";
import type { AppDeps } from "../../app/deps.ts";
import { everythingBundle } from "../../app/fhir-export-service.ts";
import { defineRoute } from "../route.ts";

// FHIR R4 reads under /fhir/R4. Errors stay problem+json like the rest of the API rather
// than FHIR OperationOutcome, so one error handler and one contract cover every route.

export function fhirRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "GET",
      // "$everything" is a literal path segment: find-my-way treats only ":" and "*" specially.
      url: "/fhir/R4/Patient/:id/$everything",
      summary:
        "A client's record as a FHIR R4 searchset Bundle: Patient, Practitioners, Conditions, Consent, a QuestionnaireResponse per screening, Appointments, Procedures, Observations, AdverseEvents",
      tag: "fhir",
      auth: "session",
      params: z.object({ id: z.uuid() }),
      responses: {
        200: {
          description: "The Bundle",
          schema: z.object({}).loose(),
          contentType: "application/fhir+json",
        },
      },
      handler: async ({ actor, params, reply }) => {
        const bundle = await everythingBundle(deps, actor, params.id);
        reply.header("cache-control", "private, no-store");
        reply.type("application/fhir+json; charset=utf-8");
        return JSON.stringify(bundle);
      },
    }),
  ];
}
