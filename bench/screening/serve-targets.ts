// The two servers the HTTP benchmark compares, in one child process: a bare Fastify
// JSON route (the baseline) and the real Cryodesk server with its public screening
// route, on the embedded database. Prints the two ports as JSON when both listen.
import Fastify from "fastify";
import { openRuntime } from "../../src/compose.ts";
import { buildServer } from "../../src/http/server.ts";

const bare = Fastify({ logger: false });
bare.post("/echo", async (request) => ({
  ok: true,
  received: (request.body as { conditions?: unknown[] }).conditions?.length ?? 0,
}));
await bare.listen({ port: 0, host: "127.0.0.1" });

const runtime = await openRuntime({ kind: "pglite", dataDir: "memory://" });
const app = await buildServer({ deps: runtime.deps, clock: runtime.clock, logLevel: "silent" });
await app.listen({ port: 0, host: "127.0.0.1" });

const portOf = (server: typeof bare) => (server.server.address() as { port: number }).port;
process.stdout.write(
  `${JSON.stringify({ bare: portOf(bare), cryodesk: portOf(app as unknown as typeof bare) })}\n`,
);
process.on("SIGTERM", async () => {
  await Promise.all([bare.close(), app.close()]);
  await runtime.database.close();
  process.exit(0);
});
