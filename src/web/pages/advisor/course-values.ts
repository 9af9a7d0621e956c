import type { Disputable, ProcedureDetail, Range } from "../../api/catalog-types.ts";

type Duration = Range<string>;

/**
 * How long one session takes: the procedure's own session length, or else (the cryosauna)
 * the time in the cabin, which its method gives as exposure per session.
 */
export function sessionLength(procedure: ProcedureDetail): Disputable<Duration> | null {
  if (procedure.sessionDuration) return procedure.sessionDuration;
  for (const method of procedure.methods) {
    const exposure = method.exposure;
    if (!exposure) continue;
    if ("claims" in exposure) {
      if (exposure.claims.every((claim) => claim.value.per === "session")) {
        return {
          claims: exposure.claims.map((claim) => ({ ...claim, value: claim.value.range })),
          conflicts: exposure.conflicts,
        };
      }
    } else if (exposure.value.per === "session") {
      return { ...exposure, value: exposure.value.range };
    }
  }
  return null;
}
