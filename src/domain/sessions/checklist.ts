import { z } from "zod";
import { catalog } from "../../catalog/load.ts";
import type { Citation, Editorial, Localized, Procedure } from "../../catalog/schema.ts";
import type { Language } from "../../catalog/search.ts";
import { subjectSchema } from "../../screening/contract.ts";
import type { FieldIssue } from "../errors.ts";
import { fieldIssues } from "../validation.ts";
import { methodOf } from "./exposure.ts";

// What must be checked, done or written down before the cold reaches the client, built
// from the catalog: a fresh screening with today's vitals, the weight where the procedure
// has a weight limit, the prerequisites, the preparation and the steps that come before
// the exposure. Every item carries the citations it comes from.

export type ChecklistItemKind = "confirm" | "record-weight" | "record-vitals" | "record-text";

export interface ChecklistItem {
  /** A prerequisite's catalog id, or the opening words of the item's English text. */
  id: string;
  text: Localized;
  /** The text in the language asked for, for surfaces that show only one. */
  label?: string;
  kind: ChecklistItemKind;
  required: boolean;
  sources: Citation[];
  /** Why an item no article states is on the list. */
  editorial?: Editorial;
}

type Step = Procedure["steps"][number];

/** Anaesthesia given before the exposure goes on the record: which drug, how much. */
const NAMES_ANAESTHESIA = /an(a)?esthe/i;

/** Person-data fields measured at the session, which decide fever and hypertension. */
const VITAL_FIELDS: ReadonlySet<string> = new Set(["bodyTemperatureC", "systolicBpMmHg", "diastolicBpMmHg"]);

const citationKey = (c: Citation) => `${c.article}:${c.line}:${c.excerpt.toLowerCase().replace(/\s+/g, " ")}`;

function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const byKey = new Map(citations.map((c) => [citationKey(c), c]));
  return [...byKey.values()];
}

/**
 * Steps before the one that applies the chosen method (or, for a method no step names, any
 * method). Without any method-tagged step the steps describe the treatment itself.
 */
export function stepsBeforeExposure(procedure: Procedure, methodId: string | null): Step[] {
  const applies = (step: Step, id: string | null) =>
    step.method !== undefined && (id === null || step.method === id);
  let end = procedure.steps.findIndex((step) => applies(step, methodId));
  if (end === -1) end = procedure.steps.findIndex((step) => applies(step, null));
  if (end === -1) return [];
  return procedure.steps
    .slice(0, end)
    .filter((step) => step.method === undefined || step.method === methodId);
}

/** Temporary contraindications can arise between two sessions; fever and hypertension are read from vitals. */
function screeningItem(procedure: Procedure): ChecklistItem {
  const measured = (conditionId: string) =>
    catalog.getCondition(conditionId)?.presentWhen?.anyOf.some((test) => VITAL_FIELDS.has(test.field)) ??
    false;
  const sources = uniqueCitations(
    procedure.contraindications
      .filter((c) => c.duration === "temporary" || measured(c.condition))
      .flatMap((c) => c.sources),
  );
  return {
    id: "fresh-screening",
    text: {
      en: "Screen the client again today, with today's body temperature and blood pressure.",
      ru: "Повторить скрининг клиента сегодня, с сегодняшними температурой тела и давлением.",
    },
    kind: "record-vitals",
    required: true,
    sources,
    ...(sources.length === 0 && {
      editorial: {
        rationale:
          "The articles list no contraindication for this procedure that could change between sessions; a screening on the day with measured vitals is still the check before any cold exposure.",
      },
    }),
  };
}

function weightItem(procedure: Procedure): ChecklistItem | undefined {
  const limits = procedure.limits.person.filter((limit) => limit.field === "weightKg");
  if (limits.length === 0) return undefined;
  const mins = limits.flatMap((l) => (l.min === undefined ? [] : [l.min]));
  const maxes = limits.flatMap((l) => (l.max === undefined ? [] : [l.max]));
  const en = [
    mins.length > 0 && `at least ${Math.max(...mins)} kg`,
    maxes.length > 0 && `at most ${Math.min(...maxes)} kg`,
  ];
  const ru = [
    mins.length > 0 && `не менее ${Math.max(...mins)} кг`,
    maxes.length > 0 && `не более ${Math.min(...maxes)} кг`,
  ];
  return {
    id: "weight",
    text: {
      en: `Weigh the client and record the weight (the procedure needs ${en.filter(Boolean).join(" and ")}).`,
      ru: `Взвесить клиента и записать вес (для процедуры нужно ${ru.filter(Boolean).join(" и ")}).`,
    },
    kind: "record-weight",
    required: true,
    sources: uniqueCitations(limits.flatMap((l) => l.sources)),
  };
}

const TRAILING_WORDS = new Set("a an and the of to from with on in for or is".split(" "));

/** Up to six opening words of the first clause, e.g. "dry-the-body-completely". */
function slugOf(text: string): string {
  const clause = text.split(/[:;.(]/)[0] ?? text;
  const words = clause
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6);
  while (words.length > 1 && TRAILING_WORDS.has(words[words.length - 1] as string)) words.pop();
  return words.join("-") || "item";
}

export function preSessionChecklist(
  procedure: Procedure,
  methodId: string | null,
  language?: Language,
): ChecklistItem[] {
  if (methodId !== null) methodOf(procedure, methodId);
  const items: ChecklistItem[] = [screeningItem(procedure)];
  const weight = weightItem(procedure);
  if (weight) items.push(weight);

  // The same instruction often appears as preparation and again as a step, with the same
  // citations: an item whose every citation is already on the list adds nothing.
  const cited = new Set<string>();
  const add = (item: Omit<ChecklistItem, "id">, id: string) => {
    const keys = item.sources.map(citationKey);
    if (keys.length > 0 && keys.every((key) => cited.has(key))) return;
    for (const key of keys) cited.add(key);
    let unique = id;
    for (let n = 2; items.some((existing) => existing.id === unique); n++) unique = `${id}-${n}`;
    items.push({ id: unique, ...item });
  };
  const kindOf = (text: Localized) => (NAMES_ANAESTHESIA.test(text.en) ? "record-text" : "confirm");

  for (const prerequisite of procedure.prerequisites) {
    const { text, sources, editorial } = prerequisite;
    add(
      {
        text,
        kind: "confirm",
        required: prerequisite.when === "always",
        sources,
        ...(editorial && { editorial }),
      },
      prerequisite.id,
    );
  }
  for (const { text, sources, editorial } of [
    ...procedure.preparation,
    ...stepsBeforeExposure(procedure, methodId),
  ]) {
    add(
      { text, kind: kindOf(text), required: true, sources, ...(editorial && { editorial }) },
      slugOf(text.en),
    );
  }
  return language ? items.map((item) => ({ ...item, label: item.text[language] })) : items;
}

export const vitalsAnswerSchema = subjectSchema
  .pick({ bodyTemperatureC: true, bloodPressure: true })
  .required();
export type VitalsAnswer = z.infer<typeof vitalsAnswerSchema>;

const ANSWER_SCHEMAS: Record<ChecklistItemKind, z.ZodType> = {
  confirm: z.boolean(),
  "record-weight": z
    .number()
    .min(20, "Give the weight in kg, at least 20.")
    .max(300, "Give the weight in kg, at most 300."),
  "record-vitals": vitalsAnswerSchema,
  "record-text": z.string().trim().min(1).max(1000),
};

/** true for a confirmation, kg for a weight, today's vitals, or a note. */
export type ChecklistAnswer = boolean | number | VitalsAnswer | string;

export interface ChecklistStatus {
  complete: boolean;
  /** Required items without a valid answer (a confirmation answered false is not done). */
  missing: string[];
  /** Answers that fail their item's rules, and answers to items not on the list. */
  invalid: { itemId: string; issues: FieldIssue[] }[];
}

export function checklistComplete(
  items: readonly ChecklistItem[],
  answers: Readonly<Record<string, unknown>>,
): ChecklistStatus {
  const missing: string[] = [];
  const invalid: ChecklistStatus["invalid"] = [];
  for (const item of items) {
    const answer = answers[item.id];
    let done = false;
    if (answer !== undefined && answer !== null) {
      const parsed = ANSWER_SCHEMAS[item.kind].safeParse(answer);
      if (!parsed.success) invalid.push({ itemId: item.id, issues: fieldIssues(parsed.error, item.id) });
      else done = parsed.data !== false;
    }
    if (item.required && !done) missing.push(item.id);
  }
  const ids = new Set(items.map((item) => item.id));
  for (const id of Object.keys(answers)) {
    if (!ids.has(id)) {
      invalid.push({
        itemId: id,
        issues: [{ field: id, message: "Not an item of this checklist.", code: "unknown-item" }],
      });
    }
  }
  return { complete: missing.length === 0 && invalid.length === 0, missing, invalid };
}
