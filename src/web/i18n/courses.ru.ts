import type { coursesEn } from "./courses.en.ts";

// Русский текст курсов: планирование в мастере записи и ход курса на странице клиента.

export const coursesRu: Record<keyof typeof coursesEn, string> = {
  "course.title": "Курсы",
  "course.new": "Записать на курс",
  "course.none": "Курсов пока нет.",
  "course.sessions": "Сеансы",
  "course.sessionsOf": "Сеансы курса «{name}»",
  "course.restrictions": "Во время курса",
  "course.pausedBecause": "Приостановлен: {reason}",
  "course.pausedByAdverseEvent":
    "Приостановлен из-за нежелательного явления: {type}, тяжесть {severity}, с {onset}.",
  "course.pausedByAdverseEventOpen": "Возобновить можно после того, как специалист отметит восстановление.",
  "course.pausedByAdverseEventRecovered": "Восстановление отмечено: курс можно возобновить.",
  "course.paused": "Курс приостановлен. Его будущие сеансы больше не занимают время.",
  "course.resume": "Возобновить",
  "course.resumed": "Курс снова идёт. Перепланируйте его, чтобы назначить сеансам новое время.",

  "course.status.active": "Идёт",
  "course.status.paused": "Приостановлен",
  "course.status.completed": "Завершён",
  "course.status.cancelled": "Отменён",

  "course.state.done": "Проведён",
  "course.state.upcoming": "Предстоит",
  "course.state.missed": "Пропущен",
  "course.state.cancelled": "Отменён",
  "course.state.suspended": "Отложен",

  "course.progress.summary": "Проведено сеансов: {done} из {total}",

  "course.kind.legend": "Один сеанс или курс?",
  "course.kind.single": "Один сеанс",
  "course.kind.single.hint": "Выбрать свободное время.",
  "course.kind.course": "Курс",
  "course.kind.course.hint": "Все сеансы сразу, с интервалами по правилам процедуры.",

  "course.wizard.step.plan": "План курса",
  "course.wizard.heading.plan": "Спланируйте курс",
  "course.wizard.heading.confirm": "Проверьте и запишите на курс",
  "course.wizard.book": "Записать на курс",
  "course.booked": "{client}: курс ({sessions}) записан, первый сеанс {first}.",

  "course.form.sessions": "Сеансов",
  "course.form.minDays": "Дней между, не меньше",
  "course.form.maxDays": "Дней между, не больше",
  "course.form.firstDate": "Первый сеанс не раньше",
  "course.form.rulesHint":
    "Заполнено по правилам процедуры; изменённое значение действует только для этого курса.",
  "course.form.weekdays": "Удобные дни",
  "course.form.weekdaysHint": "Ничего не отмечено — любой день, когда клиника открыта.",
  "course.form.timeFrom": "Удобное время с",
  "course.form.timeTo": "Удобное время до",
  "course.form.practitioner": "Желаемый специалист",
  "course.form.strictTime": "Только в эти часы",
  "course.form.onePractitioner": "Один специалист на все сеансы",
  "course.form.plan": "Спланировать курс",
  "course.form.planning": "Планируем…",

  "course.proposal.title": "Предлагаемые сеансы",
  "course.proposal.sessions": "Сеансы курса",
  "course.proposal.zone": "Время клиники, {zone}.",
  "course.proposal.span": "{sessions}, с {first} по {last}",
  "course.proposal.fits": "Весь курс помещается: {span}",
  "course.proposal.doesNotFit": "Курс не укладывается в свои правила.",
  "course.proposal.partial": "Помещается сеансов: {placed} из {total}.",
  "course.proposal.stale": "Пожелания изменились: спланируйте курс заново, чтобы их учесть.",

  "course.alternative.lead": "Весь курс поместится, если уступить в одном:",
  "course.alternative.none":
    "Весь курс не помещается. Попробуйте более позднюю дату начала, другие дни или часы.",
  "course.alternative.laterStart": "Начать позже, с {date}",
  "course.alternative.otherPractitioner": "Все сеансы у специалиста {name}",
  "course.alternative.otherTimes": "В другое время дня",
  "course.alternative.taken.laterStart": "Выбрано: более позднее начало.",
  "course.alternative.taken.otherPractitioner": "Выбрано: другой специалист на все сеансы.",
  "course.alternative.taken.otherTimes": "Выбрано: другое время дня.",

  "course.rules.title": "Правила курса",
  "course.rules.sessions": "Сеансов",
  "course.rules.spacing": "Интервал",
  "course.rules.repeatAfter": "Следующий курс",
  "course.rules.perDay": "В день",
  "course.rules.perDayCold": "Один сеанс в день и никаких других холодовых процедур в этот день.",
  "course.rules.perDayWholeBody":
    "Один сеанс в день, никаких других холодовых процедур в этот день, не больше одной общей процедуры.",
  "course.rules.every": "через {value}",
  "course.rules.after": "через {value}",
  "course.rules.earliestStart": "Не раньше {date}, считая от предыдущего курса.",
  "course.rules.disputed": "Статьи расходятся",
  "course.rules.source": "По статьям",
  "course.rules.from.catalog": "по статьям",
  "course.rules.from.protocol": "протокол клиники",
  "course.rules.from.request": "задано для этого курса",
  "course.rules.from.default": "в статьях не указано",

  "course.rule.noSlotInSpacing":
    "Сеанс {number} не помещается: нет свободного времени с {from} по {to} — в дни, которые интервал допускает после сеанса {previous}.",
  "course.rule.noSlotBeforeHorizon": "Сеанс {number} не помещается: с {from} по {to} нет свободного времени.",
  "course.rule.repeatTooSoon":
    "Сеанс {number} слишком рано после предыдущего курса клиента: статьи требуют сначала перерыв.",
  "course.rule.clientBusy":
    "Сеанс {number} не помещается: с {from} по {to} на всё свободное время у клиента другие записи.",
  "course.rule.oneColdProcedurePerDay":
    "Сеанс {number} не помещается: с {from} по {to} во все дни со свободным временем у клиента уже есть другая холодовая процедура (не больше одной в день).",
  "course.rule.oneWholeBodySessionPerDay":
    "Сеанс {number} не помещается: с {from} по {to} во все дни со свободным временем у клиента уже есть общая процедура (не больше одной в день).",
  "course.rule.practitionerUnavailable":
    "Сеанс {number} не помещается: с {from} по {to} тот же специалист не свободен.",
  "course.rule.outsideTimeOfDay":
    "Сеанс {number} не помещается: с {from} по {to} нет свободного времени в выбранные часы.",
  "course.rule.noSlotOnFirstDate": "Сеанс {number} не может быть {from}: в этот день нет свободного времени.",
  "course.rule.unknown": "Сеанс {number} не укладывается в правила курса.",

  "course.check.spacingTooShort": "Всего {days} дн. после предыдущего сеанса; курсу нужно не меньше {min}.",
  "course.check.spacingTooLong": "{days} дн. после предыдущего сеанса; курс допускает не больше {max}.",
  "course.check.repeatTooSoon": "Слишком рано после предыдущего курса (начать можно не раньше {earliest}).",
  "course.check.numbering": "Сеансы идут не по порядку.",
  "course.check.tooManySessions": "В курсе меньше сеансов.",
  "course.check.unknown": "Этот сеанс нарушает правила курса.",

  "course.session.label": "Сеанс",
  "course.session.moved": "перенесён",
  "course.session.change": "Изменить сеанс {number}",
  "course.session.changeLegend": "Новое время сеанса {number}",
  "course.session.date": "Дата",
  "course.session.time": "Время ({zone})",
  "course.session.apply": "Взять это время",
  "course.session.undo": "Вернуть",

  "course.confirm.course": "Курс",
  "course.confirm.price": "{count} × {each} за сеанс = {total}",
  "course.confirm.moveHint":
    "Сеанс можно перенести вручную; при записи весь курс снова проверяется по правилам.",

  "course.refused.session": "Сеанс {number}: {message}",
  "course.refused.slotTaken": "Время одного из сеансов только что заняли.",
  "course.refused.sessionTaken": "Время сеанса {number} только что заняли.",
  "course.refused.replanning": "Планируем курс заново…",
  "course.refused.replanned": "Курс спланирован заново: проверьте новое время ниже и запишите.",
  "course.refused.notActive": "Изменить можно только идущий курс. Сначала возобновите его.",
  "course.refused.notPaused": "Возобновить можно только приостановленный курс.",
  "course.refused.notCancellable": "Этот курс уже завершён или отменён.",
  "course.refused.doesNotFit": "Оставшиеся сеансы не укладываются в правила курса.",

  "course.replan.open": "Перепланировать",
  "course.replan.title": "Перепланировать оставшиеся сеансы",
  "course.replan.before": "Записано сейчас",
  "course.replan.after": "После перепланирования",
  "course.replan.nothingBooked": "Ни один сеанс не записан.",
  "course.replan.nothingFits": "Ни один сеанс не помещается.",
  "course.replan.apply": "Применить новое время",
  "course.replan.applying": "Применяем…",
  "course.replan.applied": "Курс перепланирован.",
  "course.replan.close": "Закрыть",

  "course.pause.open": "Приостановить",
  "course.pause.reason": "Почему курс приостановлен?",
  "course.pause.hint": "Например: реакция после сеанса, болезнь, поездка.",
  "course.pause.reasonRequired": "Укажите, почему курс приостановлен.",
  "course.pause.submit": "Приостановить курс",

  "course.cancel.open": "Отменить курс",
  "course.cancel.reason": "Почему курс отменяется?",
  "course.cancel.hint":
    "Проведённые сеансы останутся; все предстоящие будут отменены, а их время освободится.",
  "course.cancel.reasonRequired": "Укажите, почему курс отменяется.",
  "course.cancel.submit": "Отменить курс",
  "course.cancel.keep": "Не отменять",
  "course.cancelled": "Курс отменён. Предстоящие сеансы отменены, их время освободилось.",
};
