import { parseArgs } from "node:util";
import { openRuntime, type Runtime } from "../compose.ts";
import { DomainError } from "../domain/errors.ts";
import { DEMO_LOGIN, DEMO_PASSWORD } from "../seed/demo-data.ts";
import { seedDemo } from "../seed/seed-demo.ts";
import { DataDirInUseError, targetFromEnv } from "../store/database.ts";
import { migrate } from "../store/migrate.ts";
import { CliError, usageError } from "./cli-error.ts";
import { exportClients, importClientsCommand } from "./commands/clients-io.ts";
import { createAdmin } from "./commands/create-admin.ts";
import { importPricesCommand } from "./commands/prices-import.ts";
import { deliverRemindersCommand } from "./commands/reminders.ts";
import { screenCommand } from "./commands/screen.ts";
import { serve } from "./commands/serve.ts";
import { warnDemoDayIncomplete } from "./demo-day-warning.ts";

const HELP = `Usage: cryodesk <command> [options]

Commands:
  serve [--port N] [--host H] [--no-demo]   Start the web app and API (seeds the demo clinic into an empty database)
  migrate                                   Apply database migrations
  create-admin --email E --name N           Create an owner; password from CRYODESK_ADMIN_PASSWORD or standard input
      [--organisation ID | --organisation-name NAME [--city C] [--time-zone Z] [--currency X]]
  seed-demo                                 Add the demo clinic (once)
  export-clients [--format csv|json] [--output FILE] [--organisation ID]
  import-clients FILE.csv [--organisation ID]   All rows are checked first; nothing is imported if any is bad
  screen FILE.json|-                        Screen a person (same JSON as POST /api/v1/screenings); no database needed
  prices import FILE.csv [--organisation ID]    Add a clinic's own price list to the price directory (same rule)
      columns: clinic_name,city,address,procedure_id,price,currency (price in major units, e.g. 1160.50)
  reminders deliver                         Send the appointment reminders that are due (one pass; serve does it continuously)
  help                                      Show this text

Database: DATABASE_URL for PostgreSQL; otherwise embedded PGlite in CRYODESK_DATA_DIR (default ./data).
Reminders: CRYODESK_SMTP_URL (smtp[s]://user:password@host:port) and CRYODESK_MAIL_FROM send e-mail;
  without them e-mails are printed to standard output. CRYODESK_SMS=log (the only SMS transport so far).`;

const OPTIONS = {
  port: { type: "string" },
  host: { type: "string", default: "0.0.0.0" },
  "no-demo": { type: "boolean", default: false },
  email: { type: "string" },
  name: { type: "string" },
  organisation: { type: "string" },
  "organisation-name": { type: "string" },
  city: { type: "string", default: "Moscow" },
  "time-zone": { type: "string", default: "Europe/Moscow" },
  currency: { type: "string", default: "RUB" },
  format: { type: "string" },
  output: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

async function run(argv: string[]): Promise<void> {
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; args: string[] }>
  >;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (!command || command === "help" || values.help) {
    console.log(HELP);
    return;
  }
  const known = [
    "serve",
    "migrate",
    "create-admin",
    "seed-demo",
    "export-clients",
    "import-clients",
    "prices",
    "screen",
    "reminders",
  ];
  if (!known.includes(command)) throw usageError(`Unknown command "${command}".`);
  if (command === "screen") {
    if (rest.length > 1) throw usageError(`Unexpected argument "${rest.at(-1)}".`);
    return screenCommand(rest[0], new Date().toISOString().slice(0, 10));
  }
  if (command === "prices" && rest[0] !== "import")
    throw usageError(`Unknown prices command "${rest[0] ?? ""}": use "prices import FILE.csv".`);
  if (command === "reminders" && rest[0] !== "deliver")
    throw usageError(`Unknown reminders command "${rest[0] ?? ""}": use "reminders deliver".`);
  const fileArgs = command === "prices" || command === "reminders" ? rest.slice(1) : rest;
  const takesFile = command === "import-clients" || command === "prices";
  if (fileArgs.length > (takesFile ? 1 : 0)) throw usageError(`Unexpected argument "${fileArgs.at(-1)}".`);

  let runtime: Runtime;
  try {
    runtime = await openRuntime(targetFromEnv(process.env), { migrate: command !== "migrate" });
  } catch (error) {
    if (error instanceof DataDirInUseError)
      throw new CliError(`${error.message} Stop it first, or set CRYODESK_DATA_DIR.`);
    throw new CliError(`Cannot open the database: ${(error as Error).message}`);
  }
  const keepOpen = command === "serve";
  try {
    switch (command) {
      case "serve":
        return await serve(runtime, { port: values.port, host: values.host, demo: !values["no-demo"] });
      case "migrate": {
        const applied = await migrate(runtime.database.pool);
        console.log(applied.length ? `Applied ${applied.join(", ")}.` : "The database is up to date.");
        return;
      }
      case "create-admin":
        return await createAdmin(runtime, {
          email: values.email,
          name: values.name,
          organisation: values.organisation,
          organisationName: values["organisation-name"],
          city: values.city,
          timeZone: values["time-zone"],
          currency: values.currency,
        });
      case "seed-demo": {
        const seeded = await seedDemo(runtime.deps, runtime.clock(), warnDemoDayIncomplete);
        console.log(
          seeded
            ? `Seeded the demo clinic. Log in as ${DEMO_LOGIN} / ${DEMO_PASSWORD}.`
            : "The demo clinic is already there.",
        );
        return;
      }
      case "export-clients":
        return await exportClients(runtime, {
          format: values.format,
          output: values.output,
          organisation: values.organisation,
        });
      case "import-clients":
        return await importClientsCommand(runtime, fileArgs[0], { organisation: values.organisation });
      case "prices":
        return await importPricesCommand(runtime, fileArgs[0], { organisation: values.organisation });
      case "reminders":
        return await deliverRemindersCommand(runtime);
    }
  } finally {
    if (!keepOpen) await runtime.database.close();
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) {
    console.error(`cryodesk: ${error.message}`);
    process.exit(error.exitCode);
  }
  if (error instanceof DomainError) {
    const fields = (error.details.fields ?? []).map((f) => `\n  ${f.field}: ${f.message}`).join("");
    console.error(`cryodesk: ${error.message}${fields}`);
    process.exit(1);
  }
  console.error(`cryodesk: unexpected failure: ${(error as Error).message}`);
  process.exit(1);
});
