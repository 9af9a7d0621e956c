import type { publicBookingEn } from "./public-booking.en.ts";

// Русский текст страницы онлайн-записи.

export const publicBookingRu: Record<keyof typeof publicBookingEn, string> = {
  "book.title": "Онлайн-запись: {clinic}",
  "book.advisorPrompt": "Не знаете, какая процедура вам подходит?",
  "book.advisorLink": "Спросите помощника",
  "book.fromAdvisor": "Записаться в клинику: {procedure}",
  "book.steps": "Ход записи",
  "book.stepOf": "Шаг {n} из {total}",
  "book.step.offering": "Процедура",
  "book.step.time": "День и время",
  "book.step.health": "Ваше здоровье",
  "book.step.contact": "Контакты",
  "book.step.confirm": "Подтверждение",
  "book.back": "Назад",
  "book.nextTime": "Далее: день и время",
  "book.nextHealth": "Далее: вопросы о здоровье",
  "book.nextContact": "Далее: контакты",
  "book.nextConfirm": "Далее: проверить и подтвердить",

  "book.noOfferings": "Сейчас клиника не принимает онлайн-записи. Пожалуйста, позвоните в клинику.",
  "book.offeringLegend": "На что вы хотите записаться?",
  "book.offeringRequired": "Выберите процедуру.",
  "book.minutes": "{n} мин",

  "book.zoneNote": "Время указано по местному времени клиники: {zone}.",
  "book.dayLegend": "День, {range}",
  "book.freeTimes": "свободно: {n}",
  "book.noFreeTimes": "нет свободного времени",
  "book.noTimesInWindow": "В эти дни свободного времени нет. Посмотрите следующие две недели.",
  "book.earlierDays": "Раньше",
  "book.laterDays": "Позже",
  "book.timesOn": "Свободное время: {day}",
  "book.timeRequired": "Выберите время.",

  "book.healthLead":
    "Клиника проверяет это перед каждым сеансом, чтобы процедура была для вас безопасной. Отмечайте только то, что к вам относится. Ответы передаются клинике вместе с записью.",

  "book.firstName": "Имя",
  "book.lastName": "Фамилия",
  "book.phone": "Телефон",
  "book.phoneHint": "Клиника позвонит на этот номер, если что-то изменится.",
  "book.email": "Электронная почта",
  "book.emailHint": "Необязательно: для напоминания.",
  "book.consent":
    "Я согласен(на) на хранение и обработку клиникой моих персональных данных, включая ответы о здоровье, для записи и проведения процедуры.",
  "book.required": "Обязательное поле.",
  "book.consentRequired": "Без этого согласия клиника не может вас записать.",
  "book.fixMarked": "Не хватает данных: см. отмеченные поля.",

  "book.confirmLead":
    "Проверьте данные и запишитесь. Время закрепляется за вами только после нажатия «Записаться».",
  "book.summary.procedure": "Процедура",
  "book.summary.date": "Дата",
  "book.summary.time": "Время",
  "book.summary.timeValue": "с {start} до {end}, {zone}",
  "book.summary.clinic": "Клиника",
  "book.summary.address": "Адрес",
  "book.summary.price": "Стоимость",
  "book.summary.name": "Имя",
  "book.summary.phone": "Телефон",
  "book.summary.email": "Почта",
  "book.book": "Записаться",
  "book.booking": "Записываем…",
  "book.changeTime": "Выбрать другое время",
  "book.slotTaken":
    "Это время только что заняли. Свободно другое время: выберите его и нажмите «Записаться» ещё раз.",
  "book.slotTakenNoAlternatives": "Это время только что заняли. Пожалуйста, выберите другой день.",
  "book.alternatives": "Другое свободное время",
  "book.slotUnavailable": "Это время больше недоступно. Пожалуйста, выберите другое.",
  "book.clientBusy": "У вас уже есть запись на это время.",

  "book.refusal.title": "Клиника хочет сначала увидеть вас",
  "book.refusal.contraindicated":
    "По вашим ответам процедура «{procedure}» может быть для вас небезопасна. Это не диагноз: специалист клиники обсудит с вами ответы и подскажет, что вам подойдёт.",
  "book.refusal.postpone":
    "По вашим ответам с процедурой «{procedure}» лучше немного подождать. Специалист клиники поможет выбрать подходящее время.",
  "book.refusal.needs-review":
    "Перед процедурой «{procedure}» ваши ответы должен посмотреть врач. Клиника сначала назначит короткую консультацию.",
  "book.refusal.until": "Её можно провести не раньше {date}.",
  "book.refusal.why": "Что в ваших ответах важно",
  "book.refusal.nothingStored": "Запись не создана, ваши ответы не сохранены.",
  "book.refusal.contactTitle": "Как связаться с клиникой",
  "book.refusal.contact": "Позвоните в {clinic} или приходите и скажите, что пытались записаться онлайн:",
  "book.refusal.changeAnswers": "Изменить ответы",
  "book.refusal.advisor": "Посмотреть другие процедуры",

  "book.done.title": "Вы записаны",
  "book.done.lead": "{clinic} ждёт вас.",
  "book.done.change": "Чтобы перенести или отменить запись, позвоните в клинику.",
  "book.bring.title": "Что взять с собой и как подготовиться",
  "book.bring.id": "Документ, удостоверяющий личность.",
  "book.bring.medicines": "Список лекарств, которые вы принимаете, если они есть.",
  "book.bring.early":
    "Приходите за 10 минут: перед сеансом клиника ещё раз задаст несколько вопросов о здоровье.",
};
