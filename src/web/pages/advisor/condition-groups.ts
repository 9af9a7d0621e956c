import type { ConditionQuestion } from "../../api/intake-questions.ts";

// The advisor asks the questionnaire's conditions in groups a person recognises, in plain
// words (advisor.condition.<id>); a condition it has no group or words for keeps the catalog's
// name under "other", so a new catalog condition is still asked.

/** Groups of conditions as a person thinks of them, most common worries first. */
export const CONDITION_GROUPS = ["now", "heart", "nerves", "skin", "other"] as const;
export type ConditionGroup = (typeof CONDITION_GROUPS)[number];

export const GROUP_OF: Readonly<Record<string, ConditionGroup>> = {
  fever: "now",
  "acute-respiratory-viral-infection": "now",
  "acute-infection": "now",
  "acute-urinary-disease": "now",
  "chronic-disease-exacerbation": "now",
  "purulent-tonsil-discharge": "now",
  "active-tuberculosis": "now",
  "postoperative-period": "now",
  "cardiovascular-disease": "heart",
  "ischemic-heart-disease": "heart",
  "heart-failure": "heart",
  "myocardial-infarction": "heart",
  hypertension: "heart",
  thrombosis: "heart",
  "arterial-disease": "heart",
  "raynauds-disease": "heart",
  "peripheral-circulatory-disorder": "heart",
  stroke: "heart",
  "blood-disease": "heart",
  migraine: "nerves",
  epilepsy: "nerves",
  "nervous-system-disease": "nerves",
  "mental-disorder": "nerves",
  couperose: "skin",
  "pustular-skin-lesions": "skin",
  furunculosis: "skin",
  herpes: "skin",
  "skin-damage": "skin",
  "cold-intolerance": "skin",
  "recent-aggressive-procedure": "skin",
};

/** The questions of each group, in the questionnaire's order; empty groups left out. */
export function groupConditions(
  questions: readonly ConditionQuestion[],
): { group: ConditionGroup; questions: ConditionQuestion[] }[] {
  return CONDITION_GROUPS.map((group) => ({
    group,
    questions: questions.filter((question) => (GROUP_OF[question.conditionId] ?? "other") === group),
  })).filter((entry) => entry.questions.length > 0);
}
