import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importPriceList } from "../../src/app/price-service.ts";
import { openRuntime } from "../../src/compose.ts";
import { buildServer } from "../../src/http/server.ts";
import { DEMO_ORGANISATION_ID } from "../../src/seed/demo-data.ts";
import { seedDemo } from "../../src/seed/seed-demo.ts";
import { runningClock, type TestClock } from "./test-clock.ts";

// The real server, in this process, over a fresh database seeded with the demo clinic,
// serving the web app as built by `npm run build:web`. By default the database lives in
// memory and the clock is the real one; a test can choose the clock's start instead, and
// ask for a database on disk so that the server can be stopped and started again on it.

const WEB_DIR = fileURLToPath(new URL("../../dist/web/", import.meta.url));

export interface ServerOptions {
  /** Starts the server's clock at this instant instead of the real time. */
  clockStartsAt?: Date;
  /** Keeps the database in a directory on disk so that `restart` finds it again. */
  restartable?: boolean;
}

export interface RunningServer {
  baseUrl: string;
  clock: TestClock;
  /**
   * Stops the server and its database, runs `whileDown` (what a test checks meanwhile),
   * then starts both again on the same port and data.
   */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  /** Imports a price list CSV for the demo organisation, as `cryodesk prices import` would. */
  importPriceList(csv: string, file: string): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(`${WEB_DIR}index.html`)) {
    throw new Error(
      `The web app is not built: ${WEB_DIR}index.html is missing. Run "npm run test:e2e" (it builds first) or "npx vite build".`,
    );
  }
  const clock = runningClock(options.clockStartsAt ?? new Date());
  const dataDir = options.restartable ? mkdtempSync(join(tmpdir(), "cryodesk-e2e-")) : "memory://";
  const open = async (port: number) => {
    const runtime = await openRuntime({ kind: "pglite", dataDir });
    const app = await buildServer({
      deps: runtime.deps,
      clock: clock.now,
      webDir: WEB_DIR,
      logLevel: "warn",
    });
    await app.listen({ port, host: "127.0.0.1" });
    return { runtime, app };
  };
  // Null while stopped, so that closing after a failed restart does not stop twice.
  let running: Awaited<ReturnType<typeof open>> | null = await open(0);
  await seedDemo(running.runtime.deps, clock.now());
  const { port } = running.app.server.address() as AddressInfo;
  const stop = async () => {
    const stopping = running;
    running = null;
    if (!stopping) return;
    await stopping.app.close();
    await stopping.runtime.database.close();
  };
  const live = () => {
    if (!running) throw new Error("The server is stopped.");
    return running;
  };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    clock,
    async restart(whileDown) {
      if (dataDir === "memory://") throw new Error("Only a server started with `restartable` can restart.");
      await stop();
      try {
        await whileDown?.();
      } finally {
        running = await open(port);
      }
    },
    async importPriceList(text, file) {
      const result = await importPriceList(
        live().runtime.deps,
        {
          organisationId: DEMO_ORGANISATION_ID,
          userId: null,
          label: "e2e:prices-import",
          roles: ["owner"],
          ip: null,
          userAgent: null,
          now: clock.now(),
        },
        { text, file },
      );
      if (!result.ok) throw new Error(`Price list refused: ${JSON.stringify(result.errors)}`);
    },
    async close() {
      try {
        await stop();
      } finally {
        if (dataDir !== "memory://") rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
