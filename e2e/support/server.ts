import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { importPriceList } from "../../src/app/price-service.ts";
import { openRuntime } from "../../src/compose.ts";
import { buildServer } from "../../src/http/server.ts";
import { DEMO_ORGANISATION_ID } from "../../src/seed/demo-data.ts";
import { seedDemo } from "../../src/seed/seed-demo.ts";

// The real server, in this process, over a fresh in-memory database seeded with the demo
// clinic, serving the web app as built by `npm run build:web`.

const WEB_DIR = fileURLToPath(new URL("../../dist/web/", import.meta.url));

export interface RunningServer {
  baseUrl: string;
  /** Imports a price list CSV for the demo organisation, as `cryodesk prices import` would. */
  importPriceList(csv: string, file: string): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  if (!existsSync(`${WEB_DIR}index.html`)) {
    throw new Error(
      `The web app is not built: ${WEB_DIR}index.html is missing. Run "npm run test:e2e" (it builds first) or "npx vite build".`,
    );
  }
  const runtime = await openRuntime({ kind: "pglite", dataDir: "memory://" });
  await seedDemo(runtime.deps, runtime.clock());
  const app = await buildServer({
    deps: runtime.deps,
    clock: runtime.clock,
    webDir: WEB_DIR,
    logLevel: "warn",
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async importPriceList(text, file) {
      const result = await importPriceList(
        runtime.deps,
        {
          organisationId: DEMO_ORGANISATION_ID,
          userId: null,
          label: "e2e:prices-import",
          roles: ["owner"],
          ip: null,
          userAgent: null,
          now: runtime.clock(),
        },
        { text, file },
      );
      if (!result.ok) throw new Error(`Price list refused: ${JSON.stringify(result.errors)}`);
    },
    async close() {
      await app.close();
      await runtime.database.close();
    },
  };
}
