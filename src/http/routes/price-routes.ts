import { z } from "zod";
import type { AppDeps } from "../../app/deps.ts";
import { priceDirectory } from "../../app/price-service.ts";
import { procedureIdSchema } from "../../prices/schema.ts";
import { defineRoute } from "../route.ts";

const money = z.object({ amount: z.int().describe("Minor units (kopecks for RUB)"), currency: z.string() });
const itemSchema = z.object({
  clinic: z.object({ name: z.string().nullable(), city: z.string(), address: z.string() }),
  procedureId: z.string(),
  price: money,
  source: z.union([
    z.object({
      kind: z.literal("article"),
      article: z.string(),
      line: z.int(),
      excerpt: z.string(),
      note: z.string().optional(),
    }),
    z.object({
      kind: z.literal("price-list"),
      organisation: z.string(),
      file: z.string(),
      line: z.int(),
      importedAt: z.string(),
    }),
  ]),
});
const statsSchema = z.object({
  city: z.string(),
  procedureId: z.string(),
  currency: z.string(),
  min: z.int(),
  median: z.int(),
  max: z.int(),
  count: z.int(),
});

export function priceRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/v1/prices",
      summary: "Price directory: clinics' prices by city and procedure, with min/median/max per city",
      tag: "prices",
      auth: "public",
      query: z.object({
        city: z
          .string()
          .trim()
          .max(100)
          .optional()
          .describe("English or Russian city name, e.g. Saint Petersburg or Санкт-Петербург"),
        procedure: procedureIdSchema.optional(),
      }),
      responses: {
        200: {
          description: "Prices and per-city statistics",
          schema: z.object({ items: z.array(itemSchema), stats: z.array(statsSchema) }),
        },
      },
      handler: async ({ query }) => priceDirectory(deps, query),
    }),
  ];
}
