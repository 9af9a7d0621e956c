import { existsSync } from "node:fs";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { sql } from "kysely";
import type { AppDeps } from "../app/deps.ts";
import { installDocsPage } from "./docs-page.ts";
import { buildOpenApi } from "./openapi.ts";
import { errorHandler, notFoundHandler, problem, sendProblem } from "./problem.ts";
import { type AnyRoute, registerRoutes } from "./route.ts";
import { adverseEventRoutes } from "./routes/adverse-event-routes.ts";
import { aftercareRoutes } from "./routes/aftercare-routes.ts";
import { appointmentRoutes } from "./routes/appointment-routes.ts";
import { auditRoutes } from "./routes/audit-routes.ts";
import { authRoutes } from "./routes/auth-routes.ts";
import { calendarFeedRoutes, hideFeedToken } from "./routes/calendar-feed-routes.ts";
import { catalogRoutes } from "./routes/catalog-routes.ts";
import { cdsRoutes } from "./routes/cds-routes.ts";
import { clientRoutes } from "./routes/client-routes.ts";
import { clinicRoutes } from "./routes/clinic-routes.ts";
import { courseRoutes } from "./routes/course-routes.ts";
import { fhirRoutes } from "./routes/fhir-routes.ts";
import { offeringRoutes } from "./routes/offering-routes.ts";
import { priceRoutes } from "./routes/price-routes.ts";
import { protocolRoutes } from "./routes/protocol-routes.ts";
import { publicBookingRoutes } from "./routes/public-booking-routes.ts";
import { resourceRoutes } from "./routes/resource-routes.ts";
import { scheduleRoutes } from "./routes/schedule-routes.ts";
import { screeningRoutes } from "./routes/screening-routes.ts";
import { acceptImages, isImageUpload, sessionRoutes } from "./routes/session-routes.ts";
import { staffRoutes } from "./routes/staff-routes.ts";
import { actorOf, sessionGuard } from "./session-auth.ts";

export interface ServerOptions {
  deps: AppDeps;
  clock: () => Date;
  /** Built web app (index.html and assets); served at / when present. */
  webDir?: string | undefined;
  secureCookies?: boolean;
  logLevel?: string;
  /** Where logs go; stdout when absent. Tests read them to check nothing sensitive is written. */
  logStream?: NodeJS.WritableStream;
  version?: string;
}

/** Every API route, in the order the OpenAPI document lists them. */
export function apiRoutes(options: ServerOptions): AnyRoute[] {
  const { deps, clock } = options;
  return [
    ...authRoutes(deps, clock, options.secureCookies ?? false),
    ...clinicRoutes(deps),
    ...staffRoutes(deps),
    ...clientRoutes(deps),
    ...auditRoutes(deps),
    ...priceRoutes(deps),
    ...catalogRoutes(),
    ...protocolRoutes(deps),
    ...screeningRoutes(deps, clock),
    ...cdsRoutes(clock),
    ...resourceRoutes(deps),
    ...offeringRoutes(deps),
    ...scheduleRoutes(deps),
    ...calendarFeedRoutes(deps, clock),
    ...appointmentRoutes(deps),
    ...publicBookingRoutes(deps, clock),
    ...courseRoutes(deps),
    ...sessionRoutes(deps),
    ...adverseEventRoutes(deps),
    ...aftercareRoutes(deps),
    ...fhirRoutes(deps),
  ];
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const proxyHops = Number(process.env.CRYODESK_TRUST_PROXY ?? 0) || 0;
  const app = Fastify({
    // Requests Node's parser rejects (bad characters in the URL...) still get a problem document.
    clientErrorHandler: (_error, socket) => {
      const body = JSON.stringify(problem(400, "malformed-request", "The HTTP request is malformed."));
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
    bodyLimit: 1024 * 1024,
    // The number of proxies in front (client IPs from X-Forwarded-For); never "trust anything".
    trustProxy: proxyHops > 0 ? (_address: string, hop: number) => hop < proxyHops : false,
    logger: {
      level: options.logLevel ?? "info",
      ...(options.logStream && { stream: options.logStream }),
      // Paths only: query strings and bodies can carry names or health data.
      serializers: {
        req: (request) => ({
          method: request.method,
          path: hideFeedToken(request.url.split("?")[0] ?? ""),
          id: request.id,
        }),
        res: (reply) => ({ statusCode: reply.statusCode }),
      },
      redact: ["req.headers.cookie", "req.headers.authorization", "*.password", "*.token"],
    },
  });
  const secure = options.secureCookies ?? false;
  await app.register(fastifyHelmet, {
    // Only behind HTTPS: over plain HTTP on a LAN address these would break the page.
    hsts: secure,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: secure ? [] : null,
      },
    },
  });
  await app.register(fastifyCookie);
  // CDS clients may call from a browser on another origin (the spec asks for CORS).
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/cds-services")) return;
    reply.header("access-control-allow-origin", "*");
    reply.header("access-control-allow-headers", "authorization, content-type");
    reply.header("access-control-allow-methods", "GET, POST, OPTIONS");
    if (request.method === "OPTIONS") return reply.status(204).send();
  });
  app.setErrorHandler(errorHandler);
  const guard = sessionGuard(app, options.deps, options.clock);

  const routes = apiRoutes(options);
  const session = { guard, actorOf: actorOf(options.clock) };
  registerRoutes(
    app,
    routes.filter((route) => !isImageUpload(route)),
    session,
  );
  // Image bodies are parsed only in the photo upload's own scope.
  await app.register(async (scope) => {
    acceptImages(scope);
    registerRoutes(scope, routes.filter(isImageUpload), session);
  });
  const openApi = buildOpenApi(routes, { version: options.version ?? "0.1.0" });
  app.get("/api/openapi.json", async () => openApi);
  await installDocsPage(app);

  app.get("/api/health", async (_request, reply) => {
    try {
      await sql`select 1`.execute(options.deps.db);
      return { status: "ok", database: "reachable" };
    } catch {
      return sendProblem(reply, problem(503, "database-unreachable", "The database cannot be reached."));
    }
  });

  const webDir = options.webDir;
  const hasWeb = webDir !== undefined && existsSync(`${webDir}/index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, prefix: "/", wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    // The web app routes in the browser: any other GET for a page gets index.html.
    const isPage =
      !path.startsWith("/api/") &&
      !path.startsWith("/ical/") &&
      !path.startsWith("/fhir/") &&
      !path.includes(".");
    if (hasWeb && request.method === "GET" && isPage) {
      return reply.type("text/html; charset=utf-8").sendFile("index.html");
    }
    return notFoundHandler(request, reply);
  });
  return app;
}
