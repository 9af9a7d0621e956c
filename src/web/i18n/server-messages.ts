import type { Language } from "./language-store.ts";

// The API writes field messages in English and gives them no code, so the Russian
// interface recognises the known ones by their text. An unknown message is shown
// as the server wrote it rather than hidden.

const EXACT_RU: Record<string, string> = {
  "Required.": "Обязательное поле.",
  "Not a valid e-mail address.": "Неверный адрес электронной почты.",
  "Use the form YYYY-MM-DD.": "Укажите дату в формате ГГГГ-ММ-ДД.",
  "This date does not exist.": "Такой даты не существует.",
  "A birth date cannot be in the future.": "Дата рождения не может быть в будущем.",
  "A birth date before 1900 is not plausible.": "Дата рождения раньше 1900 года неправдоподобна.",
  "Use digits, spaces, brackets and dashes, optionally starting with +.":
    "Используйте цифры, пробелы, скобки и дефисы; в начале можно поставить +.",
  "Use HH:MM between 00:00 and 24:00.": "Укажите время ЧЧ:ММ от 00:00 до 24:00.",
  "Closing must come after opening.": "Время закрытия должно быть позже открытия.",
  "Opening intervals of one day must not overlap.": "Интервалы одного дня не должны пересекаться.",
  "The last day cannot come before the first.": "Последний день не может быть раньше первого.",
  "Not an IANA time zone (e.g. Europe/Moscow).": "Это не часовой пояс IANA (например, Europe/Moscow).",
  "Not an ISO 4217 currency code (e.g. RUB).": "Это не код валюты ISO 4217 (например, RUB).",
  "At least 10 characters.": "Не менее 10 символов.",
  "Choose at least one role.": "Выберите хотя бы одну роль.",
  "Only practitioners hold qualifications.": "Квалификации бывают только у специалистов.",
  "Already in use.": "Уже используется.",
  "Expected string.": "Ожидается текст.",
  "Your role does not allow this.": "Ваша роль не позволяет это сделать.",
  "Only an owner can grant or remove the owner role.":
    "Только владелец может выдать или снять роль владельца.",
  "Only an owner can grant the owner role.": "Только владелец может выдать роль владельца.",
  "The organisation must keep at least one active owner.":
    "В организации должен остаться хотя бы один активный владелец.",
  "You cannot deactivate your own account.": "Нельзя отключить собственную учётную запись.",
  "Expected boolean.": "Ожидается да или нет.",
  "Expected number.": "Ожидается число.",
  "Expected int.": "Ожидается целое число.",
  "The shortest spacing cannot exceed the longest.": "Наименьший интервал не может быть больше наибольшего.",
  "Give the reason in at least 10 characters.": "Опишите обоснование не короче 10 символов.",
  "Write the reason in at least 10 characters.": "Напишите причину не короче 10 символов.",
  "A recent procedure cannot be after the screening date.":
    "Дата процедуры не может быть позже даты скрининга.",
  "Give either icd10 or id, not both or neither.": "Укажите либо код МКБ-10, либо заболевание из каталога.",
};

/** The units of the documented ranges in protocol messages ("Outside the documented 60–180 s."). */
const UNITS_RU: Record<string, string> = { s: "с", min: "мин", sessions: "сеансов", days: "дней" };

const PATTERNS_RU: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^At most (\d+) characters\.$/, (match) => `Не более ${match[1]} символов.`],
  [/^Too big: expected string to have <=(\d+) characters$/, (match) => `Не более ${match[1]} символов.`],
  [/^Too big: expected array to have <=(\d+) items$/, (match) => `Не более ${match[1]} интервалов.`],
  [/^Use one of: (.+)\.$/, (match) => `Выберите одно из: ${match[1]}.`],
  [
    /^Outside the documented (\S+) (s|min|sessions|days)\.$/,
    // A no-break space keeps the unit with its number.
    (match) => `Вне диапазона по источникам: ${match[1]}\u00a0${UNITS_RU[match[2] ?? ""] ?? match[2]}.`,
  ],
  [/^Unknown condition id "(.+)"\.$/, (match) => `Неизвестное заболевание «${match[1]}».`],
  [/^Unknown site "(.+)"\.$/, (match) => `Неизвестная область «${match[1]}».`],
  [
    /^"(.+)" is not an ICD-10 code \(e\.g\. G40, I82\.9\)\.$/,
    (match) => `«${match[1]}» — не код МКБ-10 (например, G40, I82.9).`,
  ],
  [/^Too small: expected number to be >(\d+(?:\.\d+)?)$/, (match) => `Должно быть больше ${match[1]}.`],
  [/^Too small: expected number to be >=(\d+(?:\.\d+)?)$/, (match) => `Не меньше ${match[1]}.`],
  [/^Too big: expected number to be <=(\d+(?:\.\d+)?)$/, (match) => `Не больше ${match[1]}.`],
];

export function translateServerMessage(message: string, language: Language): string {
  if (language === "en") return message;
  const exact = EXACT_RU[message];
  if (exact) return exact;
  for (const [pattern, render] of PATTERNS_RU) {
    const match = message.match(pattern);
    if (match) return render(match);
  }
  return message;
}
