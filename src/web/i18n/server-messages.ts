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
  "The onset cannot be in the future.": "Начало не может быть в будущем.",
  "No appointment of this client has this id.": "У этого клиента нет такой записи.",
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
  // Booking setup: resources, outages and time off, offerings, working hours.
  "Use an ISO 8601 time with its offset, e.g. 2026-03-29T10:00:00+02:00.":
    "Укажите время в формате ISO 8601 со смещением, например 2026-03-29T10:00:00+02:00.",
  "Use a kebab-case device kind, e.g. cryolipolysis-apparatus.":
    "Вид аппарата пишется латиницей через дефис, например cryolipolysis-apparatus.",
  "Name the kind of device, e.g. cryolipolysis-apparatus.":
    "Укажите вид аппарата, например cryolipolysis-apparatus.",
  "Only a device has a device kind.": "Вид аппарата указывают только у аппарата.",
  "The end must come after the start.": "Окончание должно быть позже начала.",
  "Choose at least one qualification.": "Выберите хотя бы одну квалификацию.",
  "A whole number of minor units (kopecks, cents).": "Целое число в копейках (центах).",
  "Only members with the practitioner role have working hours.":
    "Часы работы бывают только у сотрудников с ролью «Специалист».",
  "This procedure is not in the catalog.": "Такой процедуры нет в каталоге.",
  "The end day (exclusive) must come after the first day.":
    "День окончания (не включая его) должен быть позже первого дня.",
  "Must come after from.": "Должно быть позже начала периода.",
  // Appointments: a time that cannot be booked, the client's screening, the status rules.
  "Consent to the processing of your data is needed to book.":
    "Для записи нужно согласие на обработку персональных данных.",
  "The client is archived. Restore them first.": "Клиент в архиве. Сначала восстановите его.",
  "This time is no longer free. Choose another.": "Это время уже занято. Выберите другое.",
  "This time has already passed.": "Это время уже прошло.",
  "The clinic is closed that day.": "В этот день клиника закрыта.",
  "The session would not fit in the clinic's opening hours.": "Сеанс не укладывается в часы работы клиники.",
  "No qualified practitioner is free then.": "В это время нет свободного специалиста с нужной квалификацией.",
  "A room or device it needs is not free then.": "Нужный кабинет или аппарат в это время занят.",
  "The client already has an appointment at this time.": "У клиента уже есть запись на это время.",
  "The client has no screening for this procedure yet. Screen them first.":
    "У клиента ещё нет скрининга для этой процедуры. Сначала проведите скрининг.",
  "The client's screening contraindicates this procedure.":
    "По скринингу клиента эта процедура ему противопоказана.",
  "A physician must review the client's screening for this procedure first.":
    "Сначала врач должен рассмотреть скрининг клиента для этой процедуры.",
  "This procedure is not suitable for you according to your answers. Please call the clinic.":
    "По вашим ответам эта процедура вам не подходит. Пожалуйста, позвоните в клинику.",
  "According to your answers this procedure has to wait. Please call the clinic.":
    "По вашим ответам с этой процедурой нужно подождать. Пожалуйста, позвоните в клинику.",
  "A doctor of the clinic has to look at your answers before this procedure. Please call the clinic.":
    "Перед этой процедурой ваши ответы должен посмотреть врач клиники. Пожалуйста, позвоните в клинику.",
  "The session is over: record a no-show instead.": "Сеанс уже закончился: отметьте, что клиент не пришёл.",
  "The session has not started yet.": "Сеанс ещё не начался.",
  // Courses.
  "Use HH:MM.": "Укажите время ЧЧ:ММ.",
  "The end of the preferred time must come after its start.":
    "Конец удобного времени должен быть позже его начала.",
  "The longest spacing cannot be shorter than the shortest.":
    "Наибольший интервал не может быть меньше наименьшего.",
  "The rest of the course does not fit its rules.": "Оставшиеся сеансы не укладываются в правила курса.",
  "A new time has just been taken. Plan the course again.":
    "Новое время только что заняли. Спланируйте курс заново.",
  "Only a paused course can be resumed.": "Возобновить можно только приостановленный курс.",
};

/** A Russian noun after a number: 1 день, 2 дня, 5 дней. */
function ruCount(count: string, forms: { one: string; few: string; many: string }): string {
  const form = new Intl.PluralRules("ru").select(Number(count));
  return `${count}\u00a0${form === "one" ? forms.one : form === "few" ? forms.few : forms.many}`;
}

/** "Не более …": the genitive, singular after 1, 21, 31… */
const DAYS_AFTER_AT_MOST = { one: "дня", few: "дней", many: "дней" };

/** An ISO date (2026-12-01) as Russian writes it in a sentence: 01.12.2026. */
const ruDate = (iso: string) => iso.split("-").reverse().join(".");

/** Appointment statuses as the calendar labels them, and the actions a status may refuse. */
const APPOINTMENT_STATUS_RU: Record<string, string> = {
  booked: "Записан",
  "checked-in": "Пришёл",
  completed: "Завершена",
  cancelled: "Отменена",
  "no-show": "Не пришёл",
};

const APPOINTMENT_ACTION_RU: Record<string, string> = {
  moved: "перенести",
  cancelled: "отменить",
  "marked as a no-show": "отметить как неявку",
  "checked in": "отметить приход",
};

/** A course is paused or planned again only while active; the others are named when refused. */
const COURSE_STATUS_RU: Record<string, string> = {
  active: "Идёт",
  paused: "Приостановлен",
  completed: "Завершён",
  cancelled: "Отменён",
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
  [/^At most (\d+) days\.$/, (match) => `Не более ${ruCount(match[1] ?? "", DAYS_AFTER_AT_MOST)}.`],
  [
    /^At most (\d+) days at once\.$/,
    (match) => `Не более ${ruCount(match[1] ?? "", DAYS_AFTER_AT_MOST)} за один раз.`,
  ],
  [/^Use (.+) or device:<device kind>\.$/, (match) => `Укажите ${match[1]} или device:<вид аппарата>.`],
  [/^Use a catalog procedure: (.+)\.$/, (match) => `Выберите процедуру из каталога: ${match[1]}.`],
  [
    /^The client's screening postpones this procedure(?: until (\d{4}-\d{2}-\d{2}))?\.$/,
    (match) =>
      `По скринингу клиента эту процедуру нужно отложить${match[1] ? ` до ${ruDate(match[1])}` : ""}.`,
  ],
  [
    /^A (booked|checked-in|completed|cancelled|no-show) appointment cannot be (moved|cancelled|marked as a no-show|checked in)\.$/,
    (match) =>
      `Запись со статусом «${APPOINTMENT_STATUS_RU[match[1] ?? ""]}» нельзя ${APPOINTMENT_ACTION_RU[match[2] ?? ""]}.`,
  ],
  [
    /^Check-in opens (\d+) minutes before the session\.$/,
    (match) =>
      `Отметить приход можно не раньше чем за ${ruCount(match[1] ?? "", { one: "минуту", few: "минуты", many: "минут" })} до начала сеанса.`,
  ],
  [/^Session (\d+) breaks the course's rules\.$/, (match) => `Сеанс ${match[1]} нарушает правила курса.`],
  [
    /^(?:Session (\d+)|One of the sessions) has just been taken\. Plan the course again\.$/,
    (match) =>
      `${match[1] ? `Время сеанса ${match[1]}` : "Время одного из сеансов"} только что заняли. Спланируйте курс заново.`,
  ],
  [
    /^A (active|paused|completed|cancelled) course cannot be planned again\. Resume it first\.$/,
    (match) =>
      `Курс со статусом «${COURSE_STATUS_RU[match[1] ?? ""]}» нельзя спланировать заново. Сначала возобновите его.`,
  ],
  [
    /^A (active|paused|completed|cancelled) course cannot be paused\.$/,
    (match) => `Курс со статусом «${COURSE_STATUS_RU[match[1] ?? ""]}» нельзя приостановить.`,
  ],
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
