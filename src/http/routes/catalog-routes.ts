import { z } from "zod";
import { catalog } from "../../catalog/load.ts";
import type { Procedure } from "../../catalog/schema.ts";
import { notFound } from "../../domain/errors.ts";
import { defineRoute } from "../route.ts";

// The public encyclopedia: the procedure catalog with its citations and conflicts,
// and the conditions vocabulary. Read-only, no login.

const idParams = z.object({ id: z.string().max(100) });
const localized = z.object({ en: z.string(), ru: z.string() });

const procedureSummary = (procedure: Procedure) => ({
  id: procedure.id,
  names: { en: procedure.names.en, ru: procedure.names.ru },
  category: procedure.category.value,
  summary: procedure.summary.value,
  sites: procedure.sites.value,
});

const conditionSchema = z.object({
  id: z.string(),
  kind: z.enum(["disease", "factor"]),
  names: localized,
  synonyms: z.object({ en: z.array(z.string()), ru: z.array(z.string()) }),
  icd10: z.array(z.string()),
});

export function catalogRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/v1/procedures",
      summary: "The ten cold procedures, with names, category and summary",
      tag: "catalog",
      auth: "public",
      responses: {
        200: {
          description: "Procedures",
          schema: z.object({ items: z.array(z.object({ id: z.string(), names: localized })) }),
        },
      },
      handler: async () => ({ items: catalog.procedures.map(procedureSummary) }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/procedures/:id",
      summary: "One procedure's full protocol: every fact with its citations; conflicts keep both claims",
      tag: "catalog",
      auth: "public",
      params: idParams,
      responses: { 200: { description: "The procedure and the conflicts that touch it" } },
      handler: async ({ params }) => {
        const procedure = catalog.getProcedure(params.id);
        if (!procedure) throw notFound("procedure");
        // Names of the procedures its combination rules point at (cold or not).
        const related = Object.fromEntries(
          procedure.combinations.flatMap((rule) => {
            if (!("procedure" in rule.target)) return [];
            const id = rule.target.procedure;
            const other = catalog.getProcedure(id);
            const names = other
              ? { en: other.names.en, ru: other.names.ru }
              : catalog.relatedProcedures.find((r) => r.id === id)?.names;
            return names ? [[id, names]] : [];
          }),
        );
        return { ...procedure, conflicts: catalog.conflictsForProcedure(procedure.id), related };
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/conflicts",
      summary: "Every place the source articles disagree, with each claim and its citations",
      tag: "catalog",
      auth: "public",
      responses: { 200: { description: "Conflicts" } },
      handler: async () => ({ items: catalog.conflicts() }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/conditions",
      summary: "Search conditions in English or Russian, by name, synonym or ICD-10 code",
      tag: "catalog",
      auth: "public",
      query: z.object({ q: z.string().trim().max(100).optional() }),
      responses: {
        200: {
          description: "Conditions, best match first",
          schema: z.object({ items: z.array(conditionSchema) }),
        },
      },
      handler: async ({ query }) => ({
        items: (query.q ? catalog.searchConditions(query.q) : [...catalog.conditions]).map((c) => ({
          id: c.id,
          kind: c.kind,
          names: c.names,
          synonyms: c.synonyms,
          icd10: c.icd10,
        })),
      }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/conditions/:id/procedures",
      summary: "What helps with a condition: the procedures that list it as an indication",
      tag: "catalog",
      auth: "public",
      params: idParams,
      responses: { 200: { description: "Procedures with the indication and its citations" } },
      handler: async ({ params }) => {
        const condition = catalog.getCondition(params.id);
        if (!condition) throw notFound("condition");
        return {
          condition: { id: condition.id, names: condition.names },
          items: catalog.proceduresForCondition(condition.id).map((procedure) => ({
            ...procedureSummary(procedure),
            indications: procedure.indications.filter((indication) => indication.condition === condition.id),
          })),
        };
      },
    }),
  ];
}
