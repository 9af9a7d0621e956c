import { icd10Relation, isIcd10Code, isIcd10Range, normalizeIcd10 } from "./icd10.ts";
import type { Condition } from "./schema.ts";

// Finding conditions by what a person types: a name or synonym in English or Russian,
// or an ICD-10 code. Pure: the caller passes the conditions.

export type Language = "en" | "ru";

/** Lower case, ё as е, runs of whitespace as one space. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

function textScore(term: string, query: string, isName: boolean): number {
  const bonus = isName ? 10 : 0;
  if (term === query) return 90 + bonus;
  if (term.startsWith(query)) return 70 + bonus;
  if (term.includes(` ${query}`) || term.includes(`-${query}`)) return 50 + bonus;
  if (term.includes(query)) return 30 + bonus;
  return 0;
}

/** 0 when the code does not relate; the exact code, then the most specific cover, then narrower codes. */
function codeScore(condition: Condition, code: string): number {
  let best = 0;
  for (const entry of condition.icd10) {
    const relation = icd10Relation(entry, code);
    if (relation === "covers")
      best = Math.max(best, normalizeIcd10(entry) === code ? 100 : 90 + specificity(entry));
    if (relation === "narrower") best = Math.max(best, 85);
  }
  return best;
}

/**
 * Conditions matching the query by name, synonym (in `lang` only, when given) or ICD-10
 * code, best first: exact before prefix before word before substring, names before synonyms.
 */
export function searchConditions(
  conditions: readonly Condition[],
  query: string,
  lang?: Language,
): Condition[] {
  const folded = foldText(query);
  if (folded.length === 0) return [];
  const code = normalizeIcd10(query);
  const languages: Language[] = lang ? [lang] : ["en", "ru"];
  const scored = conditions.map((condition) => {
    let score = isIcd10Code(code) ? codeScore(condition, code) : 0;
    for (const language of languages) {
      score = Math.max(score, textScore(foldText(condition.names[language]), folded, true));
      for (const synonym of condition.synonyms[language]) {
        score = Math.max(score, textScore(foldText(synonym), folded, false));
      }
    }
    if (lang !== "ru") score = Math.max(score, textScore(condition.id.replace(/-/g, " "), folded, false));
    return { condition, score };
  });
  return scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.condition.names.en.localeCompare(b.condition.names.en))
    .map((entry) => entry.condition);
}

/** Longer codes are more specific (3–7); a range is less specific than any code, and narrower ranges more so (0–1). */
function specificity(entry: string): number {
  if (!isIcd10Range(entry)) return entry.replace(".", "").length;
  const [first = "", last = ""] = entry.split("-");
  const index = (category: string) => (category.charCodeAt(0) - 65) * 100 + Number(category.slice(1));
  return 1 - (index(last) - index(first) + 1) / 2600;
}

/**
 * Conditions whose ICD-10 entries cover the code (I82 covers I82.9; I00-I99 covers it too),
 * most specific first; then conditions coded more narrowly under it (G40 finds G40.1).
 * A malformed code finds nothing.
 */
export function findConditionsByIcd10(conditions: readonly Condition[], code: string): Condition[] {
  const target = normalizeIcd10(code);
  if (!isIcd10Code(target)) return [];
  const covering: { condition: Condition; rank: number }[] = [];
  const narrower: Condition[] = [];
  for (const condition of conditions) {
    const covers = condition.icd10.filter((entry) => icd10Relation(entry, target) === "covers");
    if (covers.length > 0) covering.push({ condition, rank: Math.max(...covers.map(specificity)) });
    else if (condition.icd10.some((entry) => icd10Relation(entry, target) === "narrower"))
      narrower.push(condition);
  }
  covering.sort((a, b) => b.rank - a.rank);
  return [...covering.map((entry) => entry.condition), ...narrower];
}
