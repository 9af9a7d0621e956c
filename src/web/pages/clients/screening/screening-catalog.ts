import { catalogApi } from "../../../api/catalog-api.ts";
import { healthQuestionsFrom } from "../../../api/intake-questions.ts";
import { screeningApi } from "../../../api/screening-api.ts";
import { useLoad } from "../../../components/use-load.ts";
import { isMessageKey } from "../../../i18n/has-message.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import type { Language } from "../../../i18n/language-store.ts";

/** The names a screening is shown with: procedures, earlier (related) procedures, conditions, sites. */
export interface ScreeningNames {
  procedure: (id: string) => string;
  relatedProcedure: (id: string) => string;
  condition: (id: string) => string;
  site: (id: string) => string;
  /** Procedures that count as "recent", in the questionnaire's order, for the form to offer. */
  relatedProcedures: { id: string; name: string }[];
  /** The body areas a condition can be placed at. */
  sites: { id: string; name: string }[];
}

async function loadNames(language: Language) {
  const [procedures, conditions, questionnaire] = await Promise.all([
    catalogApi.procedures(),
    catalogApi.conditions(),
    screeningApi.questionnaire(language),
  ]);
  const questions = healthQuestionsFrom(questionnaire);
  const sites = questions.conditions.find((question) => question.sites)?.sites ?? [];
  return { procedures: procedures.items, conditions: conditions.items, questions, sites };
}

/** Loads the catalog's names once per language and answers name lookups, falling back to the id. */
export function useScreeningNames() {
  const { t, language } = useI18n();
  const loaded = useLoad(`screening-names:${language}`, () => loadNames(language));
  const data = loaded.data;
  const procedure = (id: string) => data?.procedures.find((item) => item.id === id)?.names[language] ?? id;
  const site = (id: string) => {
    const key = `site.${id}`;
    return isMessageKey(key) ? t(key) : (data?.sites.find((item) => item.id === id)?.text ?? id);
  };
  const names: ScreeningNames | undefined = data && {
    procedure,
    relatedProcedure: (id) =>
      data.questions.recentProcedures.find((item) => item.procedureId === id)?.text ?? procedure(id),
    condition: (id) => data.conditions.find((item) => item.id === id)?.names[language] ?? id,
    site,
    relatedProcedures: data.questions.recentProcedures.map((item) => ({
      id: item.procedureId,
      name: item.text,
    })),
    sites: data.sites.map((item) => ({ id: item.id, name: site(item.id) })),
  };
  return { names, error: loaded.error, loading: loaded.loading };
}
