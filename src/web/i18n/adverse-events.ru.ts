import type { adverseEventsEn } from "./adverse-events.en.ts";

// Русский текст нежелательных явлений на странице клиента: список, запись, восстановление.

export const adverseEventsRu: Record<keyof typeof adverseEventsEn, string> = {
  "adverseEvent.title": "Нежелательные явления",
  "adverseEvent.record": "Записать нежелательное явление",
  "adverseEvent.none": "Нежелательных явлений не было.",
  "adverseEvent.list": "Нежелательные явления клиента",
  "adverseEvent.mayNotRecord":
    "Нежелательные явления и восстановление отмечают владелец, администратор и специалисты.",
  "adverseEvent.blocked":
    "Процедуры холодом запрещены: восстановление после нежелательного явления ещё не отмечено. До этого клиента нельзя записать.",

  "adverseEvent.type": "Вид",
  "adverseEvent.type.frostbite": "Отморожение",
  "adverseEvent.type.cold-burn": "Холодовой ожог",
  "adverseEvent.type.dermatitis": "Дерматит",
  "adverseEvent.type.pigmentation-change": "Изменение пигментации",
  "adverseEvent.type.pain": "Боль",
  "adverseEvent.type.oedema": "Отёк сверх ожидаемого",
  "adverseEvent.type.allergic-reaction": "Аллергическая реакция",
  "adverseEvent.type.nerve-damage": "Повреждение нерва",
  "adverseEvent.type.other": "Другое",
  "adverseEvent.severity": "Тяжесть",
  "adverseEvent.severity.mild": "Лёгкая",
  "adverseEvent.severity.moderate": "Средняя",
  "adverseEvent.severity.severe": "Тяжёлая",
  "adverseEvent.choose": "Выберите…",

  "adverseEvent.form.title": "Новое нежелательное явление",
  "adverseEvent.form.onset": "Когда началось",
  "adverseEvent.form.onsetHint": "По часам этого устройства.",
  "adverseEvent.form.description": "Что произошло",
  "adverseEvent.form.descriptionHint": "Где, как выглядит, что чувствует клиент.",
  "adverseEvent.form.actions": "Что сделано",
  "adverseEvent.form.followUp": "Дальнейшее наблюдение",
  "adverseEvent.form.followUpHint": "Когда и как клиента осмотрят снова.",
  "adverseEvent.form.linkSession": "Возникло после этого сеанса",
  "adverseEvent.form.lasted": "Сколько уже длится",
  "adverseEvent.form.lastedHint": "Сравнивается с тем, сколько по статьям длится ожидаемая реакция.",
  "adverseEvent.form.lastedUnit": "Единица",
  "adverseEvent.unit.min": "минут",
  "adverseEvent.unit.h": "часов",
  "adverseEvent.unit.days": "дней",
  "adverseEvent.form.consequence":
    "После записи все активные курсы клиента будут приостановлены, а новая запись закрыта, пока не отмечено восстановление.",
  "adverseEvent.form.submit": "Записать явление",

  "adverseEvent.problem.typeRequired": "Выберите вид явления.",
  "adverseEvent.problem.severityRequired": "Выберите тяжесть.",
  "adverseEvent.problem.onsetRequired": "Укажите дату и время начала.",
  "adverseEvent.problem.onsetFuture": "Начало не может быть в будущем.",
  "adverseEvent.problem.descriptionRequired": "Опишите, что произошло.",
  "adverseEvent.problem.lastedInvalid": "Число больше нуля.",
  "adverseEvent.problem.noteRequired": "Опишите, как клиент восстановился.",
  "adverseEvent.problem.alreadyRecovered": "Восстановление после этого явления уже отмечено.",

  "adverseEvent.outcome.title": "Записано: {type}",
  "adverseEvent.outcome.paused": "Приостановлены курсы: {names}.",
  "adverseEvent.outcome.nothingPaused": "Активных курсов у клиента не было — приостанавливать нечего.",
  "adverseEvent.outcome.blocked": "Новая запись закрыта, пока не отмечено восстановление.",
  "adverseEvent.assessment.title": "Ожидаемая реакция или нежелательное явление?",
  "adverseEvent.assessment.expected": "Ожидаемая реакция",
  "adverseEvent.assessment.adverse": "Нежелательное явление",
  "adverseEvent.assessment.matches": "Сравнивается с ожидаемой реакцией: {reaction}.",
  "adverseEvent.assessment.within":
    "Длится не дольше, чем, по статьям, длится эта реакция, — значит, это ожидаемо.",
  "adverseEvent.assessment.withinUnmeasured":
    "Это ожидаемо, пока длится не дольше, чем, по статьям, длится эта реакция.",
  "adverseEvent.assessment.noDuration":
    "Сколько длится эта реакция, в статьях не сказано — решение за специалистом.",
  "adverseEvent.assessment.beyond": "Длится дольше, чем, по статьям, длится эта реакция.",
  "adverseEvent.assessment.notExpected": "В статьях этого нет среди ожидаемых реакций на эту процедуру.",
  "adverseEvent.assessment.lasted": "Длится уже: {duration}.",
  "adverseEvent.assessment.lasts": "Длится, по статьям:",
  "adverseEvent.expected.title": "Ожидаемые реакции после этой процедуры",

  "adverseEvent.status.unrecovered": "Восстановление не отмечено — процедуры холодом запрещены",
  "adverseEvent.status.recovered": "Восстановление отмечено {date}",
  "adverseEvent.field.onset": "Начало",
  "adverseEvent.field.description": "Что произошло",
  "adverseEvent.field.actions": "Что сделано",
  "adverseEvent.field.followUp": "Дальнейшее наблюдение",
  "adverseEvent.field.recordedBy": "Кто записал",
  "adverseEvent.field.recovery": "Восстановление",
  "adverseEvent.field.session": "Сеанс",
  "adverseEvent.linkedSession": "Возникло после сеанса",

  "adverseEvent.recovery.open": "Отметить восстановление",
  "adverseEvent.recovery.note": "Заключение специалиста",
  "adverseEvent.recovery.hint": "Как сейчас выглядит кожа и что проверено.",
  "adverseEvent.recovery.submit": "Подтвердить восстановление",
  "adverseEvent.recovery.done": "Восстановление отмечено: клиента снова можно записывать.",
  "adverseEvent.recovery.donePaused":
    "Восстановление отмечено: клиента снова можно записывать. Приостановленные курсы остаются на паузе, пока их не возобновят: {names}.",
};
