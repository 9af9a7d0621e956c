import type { protocolsEn } from "./protocols.en.ts";

// Русский текст настроек протоколов клиники.

export const protocolsRu: Record<keyof typeof protocolsEn, string> = {
  "protocol.title": "Протоколы",
  "protocol.lead":
    "Значения, с которыми работает клиника, по каждой процедуре. Значение вне диапазона, описанного в источниках, — офф-лейбл: оно сохраняется только с письменным обоснованием и помечается.",
  "protocol.leadReadOnly":
    "Значения, с которыми работает клиника, по каждой процедуре. Изменять их может только владелец или администратор.",
  "protocol.clinicValues": "Значения клиники",
  "protocol.noValues": "Не заданы",
  "protocol.offLabel": "Офф-лейбл",
  "protocol.sessionMinutes": "Сеанс, минут",
  "protocol.courseSessions": "Курс, сеансов",
  "protocol.spacingMin": "Наименьший интервал, дней",
  "protocol.spacingMax": "Наибольший интервал, дней",
  "protocol.exposureGroup": "Экспозиция по методам, секунд",
  "protocol.documented": "По источникам: {range}.",
  "protocol.notDocumented": "Источники не дают диапазона для проверки.",
  "protocol.offLabelReason": "Обоснование офф-лейбл",
  "protocol.offLabelReasonHint":
    "Почему клиника отступает от описанного диапазона — не короче 10 символов. Сохраняется в журнале аудита.",
  "protocol.offLabelSaved": "Сохранены значения офф-лейбл.",
  "protocol.offLabelReasonShown": "Обоснование: {reason}",
  "protocol.save": "Сохранить протокол",
  "protocol.savedOffLabel": "Сохранено с пометкой офф-лейбл.",
  "problem.protocolOutOfRange":
    "Некоторые значения вне описанного диапазона: исправьте их или укажите обоснование офф-лейбл.",
};
