// ICD-10 codes: a letter, two digits, then optionally a dot and 1–4 letters or digits
// (L70, B07.8, I82.91). The catalog may also name a span of categories (I00-I99).
// A code covers another when it is the same code or an ancestor in the hierarchy
// (I82 covers I82.9; I82.9 covers I82.91); a range covers every category within it.

const CODE = /^[A-Z]\d{2}(\.[A-Z0-9]{1,4})?$/;
const CATEGORY = /^[A-Z]\d{2}$/;

/** Upper-cases and trims; does not validate. */
export function normalizeIcd10(code: string): string {
  return code.trim().toUpperCase();
}

export function isIcd10Code(code: string): boolean {
  return CODE.test(code);
}

/** A span of categories, first not after last: `I00-I99`, `C00-D48`. */
export function isIcd10Range(entry: string): boolean {
  const [first, last, ...rest] = entry.split("-");
  if (first === undefined || last === undefined || rest.length > 0) return false;
  return CATEGORY.test(first) && CATEGORY.test(last) && first <= last;
}

function category(code: string): string {
  return code.slice(0, 3);
}

/** Whether the catalog entry (code or range) covers the given code. Malformed input covers nothing. */
export function icd10Covers(entry: string, code: string): boolean {
  const target = normalizeIcd10(code);
  if (!isIcd10Code(target)) return false;
  const rule = normalizeIcd10(entry);
  if (isIcd10Range(rule)) {
    const [first = "", last = ""] = rule.split("-");
    const cat = category(target);
    return first <= cat && cat <= last;
  }
  if (!isIcd10Code(rule)) return false;
  return target.replace(".", "").startsWith(rule.replace(".", ""));
}

/**
 * How a catalog entry relates to a code: `covers` (the code falls under it),
 * `narrower` (the entry is a more specific code under the given one), or null.
 */
export function icd10Relation(entry: string, code: string): "covers" | "narrower" | null {
  if (icd10Covers(entry, code)) return "covers";
  const rule = normalizeIcd10(entry);
  if (isIcd10Code(rule) && icd10Covers(code, rule)) return "narrower";
  return null;
}
