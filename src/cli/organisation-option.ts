import type { Runtime } from "../compose.ts";
import type { Actor } from "../domain/actor.ts";
import { uuid } from "../domain/validation.ts";
import { findOrganisation } from "../store/clinic-store.ts";
import { CliError, usageError } from "./cli-error.ts";

/** The organisation a CLI command acts on: --organisation, or the only one there is. */
export async function systemActor(
  runtime: Runtime,
  organisationOption: string | undefined,
  label: string,
): Promise<Actor> {
  let organisationId = organisationOption;
  if (organisationId !== undefined) {
    if (!uuid.safeParse(organisationId).success)
      throw usageError(`--organisation must be an organisation id (a UUID).`);
    if (!(await findOrganisation(runtime.deps.db, organisationId))) {
      throw new CliError(`No organisation with id ${organisationId}.`);
    }
  } else {
    const rows = await runtime.deps.db.selectFrom("organisations").select(["id", "name"]).limit(2).execute();
    if (rows.length === 0)
      throw new CliError(
        'There is no organisation yet. Run "cryodesk create-admin" or "cryodesk seed-demo".',
      );
    if (rows.length > 1)
      throw usageError("There are several organisations: choose one with --organisation ID.");
    organisationId = rows[0]?.id as string;
  }
  return {
    organisationId,
    userId: null,
    label,
    roles: ["owner"],
    ip: null,
    userAgent: null,
    now: runtime.clock(),
  };
}
