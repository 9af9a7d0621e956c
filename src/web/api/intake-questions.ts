import type { Questionnaire, QuestionnaireItem } from "./questionnaire-types.ts";

// The health questions the catalog needs, read from the intake questionnaire it generates:
// which conditions matter for screening (with a "where?" follow-up for the ones that count
// only at the treated area) and which earlier procedures count, with their date.

export interface ConditionQuestion {
  conditionId: string;
  /** The catalog's name, in the questionnaire's language. */
  text: string;
  /** Body areas to choose from when it counts only where the procedure treats. */
  sites: { id: string; text: string }[] | null;
}

export interface RecentProcedureQuestion {
  procedureId: string;
  text: string;
}

export interface HealthQuestions {
  conditions: ConditionQuestion[];
  recentProcedures: RecentProcedureQuestion[];
}

const CONDITION_PREFIX = "condition:";
const RECENT_PREFIX = "recent:";

function* walk(items: readonly QuestionnaireItem[] | undefined): Generator<QuestionnaireItem> {
  for (const item of items ?? []) {
    yield item;
    yield* walk(item.item);
  }
}

function isTopLevel(linkId: string, prefix: string): boolean {
  return linkId.startsWith(prefix) && !linkId.slice(prefix.length).includes(":");
}

export function healthQuestionsFrom(questionnaire: Questionnaire): HealthQuestions {
  const conditions: ConditionQuestion[] = [];
  const recentProcedures: RecentProcedureQuestion[] = [];
  for (const item of walk(questionnaire.item)) {
    if (isTopLevel(item.linkId, CONDITION_PREFIX)) {
      const conditionId = item.linkId.slice(CONDITION_PREFIX.length);
      const where = item.item?.find((child) => child.linkId === `${item.linkId}:site`);
      conditions.push({
        conditionId,
        text: item.text ?? conditionId,
        sites:
          where?.answerOption?.map(({ valueCoding }) => ({
            id: valueCoding.code,
            text: valueCoding.display ?? valueCoding.code,
          })) ?? null,
      });
    } else if (isTopLevel(item.linkId, RECENT_PREFIX)) {
      const procedureId = item.linkId.slice(RECENT_PREFIX.length);
      recentProcedures.push({ procedureId, text: item.text ?? procedureId });
    }
  }
  return { conditions, recentProcedures };
}
