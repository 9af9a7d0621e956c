import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { en, type MessageKey } from "./en.ts";
import { type Language, rememberLanguage, storedLanguage } from "./language-store.ts";
import { ru } from "./ru.ts";
import { translateServerMessage } from "./server-messages.ts";

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { en, ru };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** A message the server wrote in English, in the interface language when it is a known one. */
  serverMessage: (message: string) => string;
  /** "2025-03-08" as the reader's language writes a date. */
  formatDate: (isoDate: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

function interpolate(template: string, params: Record<string, string | number> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);

  useEffect(() => {
    // Screen readers pick their voice from <html lang>.
    document.documentElement.lang = language;
    document.title = DICTIONARIES[language]["app.title"];
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    rememberLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const dictionary = DICTIONARIES[language];
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" });
    return {
      language,
      setLanguage,
      t: (key, params) => interpolate(dictionary[key], params),
      serverMessage: (message) => translateServerMessage(message, language),
      formatDate: (isoDate) => {
        const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
      },
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n is used outside I18nProvider.");
  return i18n;
}
