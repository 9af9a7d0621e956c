// The ten cities of the seed price tables, in English as the articles spell them and in
// Russian, with the other spellings people type. Lookups go through cityKey so case,
// "ё", dots and hyphens do not matter ("St. Petersburg" = "saint-petersburg").

export interface City {
  /** Canonical English name, as the seed articles spell it. */
  en: string;
  ru: string;
  aliases: readonly string[];
}

export const CITIES = [
  { en: "Moscow", ru: "Москва", aliases: ["Moskva", "MSK", "Мск"] },
  {
    en: "Saint Petersburg",
    ru: "Санкт-Петербург",
    aliases: ["St. Petersburg", "St Petersburg", "Sankt-Peterburg", "Petersburg", "SPb", "Петербург", "СПб"],
  },
  { en: "Krasnodar", ru: "Краснодар", aliases: [] },
  // Not "Rostov" alone: Rostov Veliky is another town (Yaroslavl region).
  { en: "Rostov-on-Don", ru: "Ростов-на-Дону", aliases: ["Rostov-na-Donu", "Rostov on Don"] },
  // Not "Novgorod" alone: that is Veliky Novgorod.
  {
    en: "Nizhny Novgorod",
    ru: "Нижний Новгород",
    aliases: ["Nizhniy Novgorod", "N. Novgorod", "Н. Новгород", "Nizhni Novgorod"],
  },
  { en: "Voronezh", ru: "Воронеж", aliases: [] },
  { en: "Volgograd", ru: "Волгоград", aliases: [] },
  { en: "Ekaterinburg", ru: "Екатеринбург", aliases: ["Yekaterinburg", "Ekb", "Екб"] },
  { en: "Yaroslavl", ru: "Ярославль", aliases: ["Jaroslavl"] },
  { en: "Tver", ru: "Тверь", aliases: [] },
] as const satisfies readonly City[];

export type CityName = (typeof CITIES)[number]["en"];

/** Comparison key: lower case, ё→е, punctuation and hyphens as spaces, no leading "г." (city). */
export function cityKey(input: string): string {
  return input
    .normalize("NFKC")
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/[.,\-‐‑–—_'’"«»()]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:г|город|city of) /, "");
}

const byKey = new Map<string, City>();
for (const city of CITIES) {
  for (const name of [city.en, city.ru, ...city.aliases]) byKey.set(cityKey(name), city);
}

/** The city an English or Russian name or alias stands for, or undefined when unknown. */
export function resolveCity(input: string): City | undefined {
  return byKey.get(cityKey(input));
}
