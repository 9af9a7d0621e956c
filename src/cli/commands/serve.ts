import { fileURLToPath } from "node:url";
import { startReminderWorker } from "../../app/reminder-worker.ts";
import type { Runtime } from "../../compose.ts";
import { buildServer } from "../../http/server.ts";
import { DEMO_LOGIN, DEMO_PASSWORD } from "../../seed/demo-data.ts";
import { seedDemo } from "../../seed/seed-demo.ts";
import { CliError, usageError } from "../cli-error.ts";
import { warnDemoDayIncomplete } from "../demo-day-warning.ts";
import { reminderTransportsFromEnv } from "./reminders.ts";

const webDir = fileURLToPath(new URL("../../../dist/web/", import.meta.url));
/** How often the server looks for due reminders; a reminder goes out at most this late. */
const REMINDER_INTERVAL_MS = 30_000;

export async function serve(
  runtime: Runtime,
  options: { port: string | undefined; host: string; demo: boolean },
) {
  const port = Number(options.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw usageError(`Not a port number: ${options.port ?? process.env.PORT}`);
  const reminderTransports = reminderTransportsFromEnv(process.env);
  const started = performance.now();
  if (options.demo) {
    const anyOrganisation = await runtime.deps.db
      .selectFrom("organisations")
      .select("id")
      .limit(1)
      .executeTakeFirst();
    if (!anyOrganisation && (await seedDemo(runtime.deps, runtime.clock(), warnDemoDayIncomplete))) {
      console.log("Seeded the demo clinic.");
    }
  }
  const app = await buildServer({
    deps: runtime.deps,
    clock: runtime.clock,
    webDir,
    secureCookies: process.env.CRYODESK_SECURE_COOKIES === "true",
    logLevel: process.env.LOG_LEVEL ?? "warn",
  });
  let address: string;
  try {
    address = await app.listen({ port, host: options.host });
  } catch (error) {
    await runtime.database.close();
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE")
      throw new CliError(`Port ${port} is in use: set PORT to another.`);
    throw error;
  }
  const where =
    runtime.database.target.kind === "pglite"
      ? `embedded database in ${runtime.database.target.dataDir}`
      : "PostgreSQL";
  console.log(
    `Cryodesk is ready at ${address.replace("127.0.0.1", "localhost")} (${where}, ready in ${Math.round(performance.now() - started)} ms after open)`,
  );
  if (options.demo) console.log(`Demo login: ${DEMO_LOGIN} / ${DEMO_PASSWORD}`);
  const stopReminders = startReminderWorker({
    db: runtime.deps.db,
    transports: reminderTransports,
    clock: runtime.clock,
    intervalMs: REMINDER_INTERVAL_MS,
  });
  const stop = async () => {
    await stopReminders();
    reminderTransports.email.close();
    await app.close();
    await runtime.database.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
