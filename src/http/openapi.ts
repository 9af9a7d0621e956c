import { z } from "zod";
import type { AnyRoute } from "./route.ts";

const problemSchema = {
  type: "object",
  required: ["type", "title", "status", "code"],
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    code: { type: "string", description: "Stable machine-readable error code." },
    detail: { type: "string" },
    instance: { type: "string" },
    errors: {
      type: "array",
      items: { type: "object", properties: { field: { type: "string" }, message: { type: "string" } } },
    },
  },
};

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
}

function parameters(spec: AnyRoute) {
  const out: unknown[] = [];
  for (const [location, schema] of [
    ["path", spec.params],
    ["query", spec.query],
  ] as const) {
    if (!schema) continue;
    const json = jsonSchema(schema, "input") as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      out.push({
        name,
        in: location,
        required: location === "path" || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  return out;
}

/** The OpenAPI 3.1 document of every registered route. */
export function buildOpenApi(routes: AnyRoute[], info: { version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const path = spec.url.replace(/:(\w+)/g, "{$1}");
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(spec.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema && {
          content: {
            [response.contentType ?? "application/json"]: { schema: jsonSchema(response.schema, "output") },
          },
        }),
      };
    }
    responses.default = {
      description: "An error, as RFC 9457 problem details with a stable code.",
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
    };
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[spec.method.toLowerCase()] = {
      summary: spec.summary,
      tags: [spec.tag],
      operationId: `${spec.method.toLowerCase()}${path.replace(/[{}]/g, "").replace(/[^a-zA-Z0-9]+(.)/g, (_m, c: string) => c.toUpperCase())}`,
      parameters: parameters(spec),
      ...(spec.body && {
        requestBody: {
          required: true,
          content: { "application/json": { schema: jsonSchema(spec.body, "input") } },
        },
      }),
      responses,
      ...(spec.auth === "session" && { security: [{ session: [] }] }),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Cryodesk API",
      version: info.version,
      description:
        "Session routes need the `cryodesk_session` cookie from POST /api/v1/auth/login; writes also need the `X-CSRF-Token` header with the token the login and /api/v1/me return.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "cryodesk_session" } },
    },
  };
}
