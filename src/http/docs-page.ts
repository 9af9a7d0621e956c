import { createRequire } from "node:module";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

// Swagger UI from the swagger-ui-dist package, with no inline script so the
// strict Content-Security-Policy holds on this page too.

const require = createRequire(import.meta.url);
const swaggerUiDir = (require("swagger-ui-dist") as { getAbsoluteFSPath(): string }).getAbsoluteFSPath();

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cryodesk API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const init = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui" });`;

export async function installDocsPage(app: FastifyInstance) {
  await app.register(fastifyStatic, {
    root: swaggerUiDir,
    prefix: "/api/docs/assets/",
    decorateReply: false,
  });
  app.get("/api/docs", async (_request, reply) => reply.type("text/html; charset=utf-8").send(page));
  app.get("/api/docs/init.js", async (_request, reply) => reply.type("text/javascript").send(init));
}
