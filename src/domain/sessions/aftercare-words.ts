import type { ACTIVITIES, Localized } from "../../catalog/schema.ts";

// The words of the aftercare sheet in both of its languages: headings, leads and labels,
// and the advice on what to avoid during a course. The catalog supplies the content itself.

export const SHEET_WORDS = {
  en: {
    title: "Aftercare instructions",
    phone: "Phone",
    client: "Client",
    procedure: "Procedure",
    method: "Method",
    session: "Session",
    care: "Care rules",
    afterSession: "After the session",
    untilHealed: "Until the skin has healed",
    normal: "What is normal and for how long",
    normalLead: "These reactions are expected and pass by themselves.",
    lasts: "How long",
    report: "Report to the clinic at once if…",
    reportLead: "Contact the clinic at once if you notice any of the following.",
    reportLeadPhone: "Call the clinic at once ({phone}) if you notice any of the following.",
    whatToDo: "What to do",
    course: "During the course",
    courseLead: "Until your course of sessions is over:",
    effects: "What the procedure does",
    empty: "The sources state nothing on this for this procedure.",
    disputed: "Sources disagree",
    disputedUnnamed: "The sources disagree on this.",
    line: "line",
    sources: "Sources",
    sourcesLead: "A reference such as 004:96 names a source article (004) and its line (96).",
    about: "about {v}",
    atLeast: "at least {v}",
    upTo: "up to {v}",
  },
  ru: {
    title: "Памятка после процедуры",
    phone: "Телефон",
    client: "Клиент",
    procedure: "Процедура",
    method: "Методика",
    session: "Сеанс",
    care: "Правила ухода",
    afterSession: "После сеанса",
    untilHealed: "До заживления кожи",
    normal: "Что нормально и как долго это длится",
    normalLead: "Эти реакции ожидаемы и проходят сами.",
    lasts: "Сколько длится",
    report: "Сразу сообщите в клинику, если…",
    reportLead: "Сразу свяжитесь с клиникой, если заметите что-либо из следующего.",
    reportLeadPhone: "Сразу позвоните в клинику ({phone}), если заметите что-либо из следующего.",
    whatToDo: "Что делать",
    course: "Во время курса",
    courseLead: "Пока не закончится курс процедур:",
    effects: "Что даёт процедура",
    empty: "Источники ничего не говорят об этом для данной процедуры.",
    disputed: "Источники расходятся",
    disputedUnnamed: "Источники расходятся в этом.",
    line: "строка",
    sources: "Источники",
    sourcesLead: "Ссылка вида 004:96 указывает статью-источник (004) и её строку (96).",
    about: "примерно {v}",
    atLeast: "минимум {v}",
    upTo: "максимум {v}",
  },
} as const;

export type Activity = (typeof ACTIVITIES)[number];

/** What to avoid until the course is over, as advice to the client. */
export const AVOID_ADVICE: Record<Activity, Localized> = {
  "uv-exposure": {
    en: "Avoid ultraviolet light: strong sun and sunbeds.",
    ru: "Избегайте ультрафиолета: яркого солнца и солярия.",
  },
  "sauna-or-bath": { en: "Do not go to saunas or baths.", ru: "Не посещайте сауны и бани." },
  tanning: { en: "Do not tan.", ru: "Не загорайте." },
  "aggressive-cosmetics": {
    en: "Do not use aggressive cosmetics.",
    ru: "Не пользуйтесь агрессивной косметикой.",
  },
  "decorative-cosmetics": {
    en: "Do not use decorative cosmetics.",
    ru: "Не пользуйтесь декоративной косметикой.",
  },
  "simulator-exercise": { en: "Do not exercise on training machines.", ru: "Не занимайтесь на тренажёрах." },
};
