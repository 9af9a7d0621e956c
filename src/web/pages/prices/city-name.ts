import { resolveCity } from "../../../prices/cities.ts";
import type { Language } from "../../i18n/language-store.ts";

/** A city in the reader's language: the directory names the ten seed cities in English. */
export function cityName(city: string, language: Language): string {
  return resolveCity(city)?.[language] ?? city;
}
