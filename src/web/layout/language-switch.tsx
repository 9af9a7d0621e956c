import { useI18n } from "../i18n/i18n.tsx";
import { LANGUAGES } from "../i18n/language-store.ts";

const NATIVE_NAMES = { ru: "Русский", en: "English" } as const;

/** Two toggle buttons; each names its language in that language so anyone can find theirs. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("header.language")}</legend>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={option === language}
          title={NATIVE_NAMES[option]}
          onClick={() => setLanguage(option)}
        >
          {option.toUpperCase()}
          <span className="visually-hidden"> {NATIVE_NAMES[option]}</span>
        </button>
      ))}
    </fieldset>
  );
}
