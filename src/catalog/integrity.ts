import { claimsByConflict } from "./conflicts.ts";
import { type CatalogFiles, catalogFilesSchema, PROCEDURE_IDS, SITE_IDS } from "./schema.ts";
import { describePath, type PathSegment } from "./walk.ts";

// Validation beyond the shape: ids refer to things that exist, and every conflict
// has at least two cited claims.

export type CatalogProblem = { path: string; message: string };

/** The non-cryo procedures the articles mention; ids other code may rely on. */
export const REQUIRED_RELATED_PROCEDURES = [
  "chemical-peeling-superficial",
  "chemical-peeling-medium",
  "chemical-peeling-deep",
  "mesotherapy",
  "laser-resurfacing",
  "wrap",
  "facial-cleansing",
  "photoepilation",
  "botox-injection",
  "ultrasonic-cleansing",
  "electrocoagulation",
  "surgery",
] as const;

/** Parses the raw files; returns the typed catalog, or every problem found. */
export function validateCatalogFiles(
  raw: unknown,
): { ok: true; files: CatalogFiles } | { ok: false; problems: CatalogProblem[] } {
  const parsed = catalogFilesSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: describePath(issue.path as PathSegment[]),
        message: issue.message,
      })),
    };
  }
  const problems = referenceProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files: parsed.data };
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

export function referenceProblems(files: CatalogFiles): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const report = (path: PathSegment[], message: string): void => {
    problems.push({ path: describePath(path), message });
  };

  const conditionIds = new Set(files.conditions.map((c) => c.id));
  const relatedIds = new Set(files.relatedProcedures.map((r) => r.id));
  const procedureIds = new Set<string>(PROCEDURE_IDS);

  for (const [key, list] of [
    ["conditions", files.conditions.map((c) => c.id)],
    ["sites", files.sites.map((s) => s.id)],
    ["relatedProcedures", files.relatedProcedures.map((r) => r.id)],
    ["conflicts", files.conflicts.map((c) => c.id)],
  ] as const) {
    for (const id of duplicates(list)) report([key], `Duplicate id "${id}".`);
  }
  for (const id of SITE_IDS)
    if (!files.sites.some((s) => s.id === id)) report(["sites"], `Missing site "${id}".`);
  for (const id of REQUIRED_RELATED_PROCEDURES) {
    if (!relatedIds.has(id)) report(["relatedProcedures"], `Missing related procedure "${id}".`);
  }
  for (const id of procedureIds)
    if (!(id in files.procedures)) report(["procedures", id], "Missing procedure file.");
  for (const id of relatedIds)
    if (procedureIds.has(id)) report(["relatedProcedures"], `"${id}" is a procedure id.`);

  files.conditions.forEach((condition, index) => {
    for (const id of condition.relatedProcedures ?? []) {
      if (!relatedIds.has(id))
        report(["conditions", index, "relatedProcedures"], `Unknown procedure "${id}".`);
    }
  });
  const checkCondition = (path: PathSegment[], id: string) => {
    if (!conditionIds.has(id)) report(path, `Unknown condition "${id}".`);
  };
  const listIds = files.general.contraindicationLists.map((l) => l.id);
  for (const id of duplicates(listIds))
    report(["general", "contraindicationLists"], `Duplicate list "${id}".`);
  files.general.contraindicationLists.forEach((list, l) => {
    list.contraindications.forEach((entry, i) => {
      const at: PathSegment[] = ["general", "contraindicationLists", l, "contraindications", i];
      checkCondition([...at, "condition"], entry.condition);
      if (entry.list !== undefined) report([...at, "list"], "`list` is set by the loader; remove it.");
    });
  });

  for (const [key, procedure] of Object.entries(files.procedures)) {
    const at = (...rest: PathSegment[]) => ["procedures", key, ...rest];
    if (procedure.id !== key) report(at("id"), `The file for "${key}" holds "${procedure.id}".`);
    for (const [i, entry] of procedure.indications.entries()) {
      checkCondition(at("indications", i, "condition"), entry.condition);
    }
    procedure.contraindications.forEach((entry, i) => {
      checkCondition(at("contraindications", i, "condition"), entry.condition);
      if (entry.scope !== "procedure-specific") {
        report(
          at("contraindications", i, "scope"),
          'General ones belong in general.json; use "procedure-specific".',
        );
      }
      if (entry.list !== undefined)
        report(at("contraindications", i, "list"), "`list` is set by the loader.");
    });
    procedure.contraindicationLists.forEach((ref, i) => {
      if (!listIds.includes(ref.list))
        report(at("contraindicationLists", i, "list"), `Unknown list "${ref.list}".`);
    });
    const methodIds = procedure.methods.map((m) => m.id);
    for (const id of duplicates(methodIds)) report(at("methods"), `Duplicate method "${id}".`);
    procedure.steps.forEach((step, i) => {
      if (step.method && !methodIds.includes(step.method))
        report(at("steps", i, "method"), `Unknown method.`);
    });
    procedure.combinations.forEach((rule, i) => {
      if (
        "procedure" in rule.target &&
        !relatedIds.has(rule.target.procedure) &&
        !procedureIds.has(rule.target.procedure)
      ) {
        report(at("combinations", i, "target"), `Unknown procedure "${rule.target.procedure}".`);
      }
    });
  }

  const registered = new Set(files.conflicts.map((c) => c.id));
  const claims = claimsByConflict(files);
  for (const [id, list] of claims) {
    if (!registered.has(id))
      report(["conflicts"], `Conflict "${id}" is used (${list[0]?.path}) but not registered.`);
  }
  files.conflicts.forEach((entry, index) => {
    const list = claims.get(entry.id) ?? [];
    if (list.length < 2) report(["conflicts", index], `Conflict "${entry.id}" needs at least two claims.`);
    for (const claim of list) {
      if (claim.sources.length === 0)
        report(["conflicts", index], `A claim at ${claim.path} has no citation.`);
    }
  });
  return problems;
}
