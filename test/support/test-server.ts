import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import type { AppDeps } from "../../src/app/deps.ts";
import { buildServer } from "../../src/http/server.ts";
import { TEST_PASSWORD } from "./factories.ts";
import { testDeps } from "./test-database.ts";

export interface TestServer {
  app: FastifyInstance;
  deps: AppDeps;
  clock: { now: Date };
  logs: string[];
}

/** The real server over the worker's test database, with a settable clock and captured logs. */
export async function startTestServer(): Promise<TestServer> {
  const deps = await testDeps();
  const clock = { now: new Date("2026-11-20T09:00:00Z") };
  const logs: string[] = [];
  const app = await buildServer({
    deps,
    clock: () => clock.now,
    logLevel: "info",
    logStream: { write: (line: string) => logs.push(line) } as unknown as NodeJS.WritableStream,
  });
  await app.ready();
  return { app, deps, clock, logs };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

/** Logs in through the API and returns a client that sends the cookie and CSRF token. */
export async function loginAs(
  server: TestServer,
  email: string,
  password = TEST_PASSWORD,
  ip = "10.0.0.1",
): Promise<Session> {
  const response = await server.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password },
    remoteAddress: ip,
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.headers["set-cookie"];
  const cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(";")[0] as string;
  const csrfToken = response.json().csrfToken as string;
  return {
    cookie,
    csrfToken,
    request: (options) => {
      const { csrf = true, headers, ...rest } = options;
      return server.app.inject({
        ...rest,
        remoteAddress: ip,
        headers: { ...headers, cookie, ...(csrf && { "x-csrf-token": csrfToken }) },
      } as InjectOptions);
    },
  };
}
