// The interface language: chosen in the header, remembered in this browser, Russian by default.

export const LANGUAGES = ["ru", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "cryodesk.language";

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

export function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : "ru";
  } catch {
    // Storage can be disabled (private mode, policy): fall back to the default.
    return "ru";
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch still applies to this page.
  }
}
