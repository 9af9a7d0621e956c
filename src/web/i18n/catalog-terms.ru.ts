import type { catalogTermsEn } from "./catalog-terms.en.ts";

// Русские названия словарей каталога: единицы, агенты, назначение, зоны тела…

export const catalogTermsRu: Record<keyof typeof catalogTermsEn, string> = {
  "quantity.from": "минимум {value}",
  "quantity.upTo": "максимум {value}",
  "quantity.about": "примерно {value}",
  "unit.sessions.one": "{n} сеанс",
  "unit.sessions.few": "{n} сеанса",
  "unit.sessions.many": "{n} сеансов",
  "unit.sessions.other": "{n} сеанса",
  "unit.mmHg.one": "{n} мм рт. ст.",
  "unit.mmHg.few": "{n} мм рт. ст.",
  "unit.mmHg.many": "{n} мм рт. ст.",
  "unit.mmHg.other": "{n} мм рт. ст.",

  "agent.liquid-nitrogen": "Жидкий азот",
  "agent.nitrogen-gas": "Газообразный азот",
  "agent.cold-gas-mixture": "Холодная газовая смесь",
  "agent.cold": "Холод",
  "agent.vacuum": "Вакуум",
  "agent.ice": "Лёд",
  "agent.cold-water": "Холодная вода",
  "agent.cooled-drug-solution": "Охлаждённый раствор препарата",
  "agent.pulsed-electric-current": "Импульсный электрический ток",
  "agent.darsonval-current": "Ток Дарсонваля",

  "purpose.cosmetic": "Косметология",
  "purpose.medical": "Медицина",
  "purpose.physiotherapy": "Физиотерапия",
  "purpose.wellness": "Оздоровление",

  "extent.local": "Локально",
  "extent.whole-body": "Всё тело",

  "site.face": "Лицо",
  "site.neck": "Шея",
  "site.decollete": "Декольте",
  "site.scalp": "Кожа головы",
  "site.body": "Тело",
  "site.limbs": "Конечности",
  "site.throat": "Горло",
  "site.nose": "Нос",

  "temperatureOf.agent": "Хладагент",
  "temperatureOf.chamber-gas": "Газ в камере",
  "temperatureOf.ice": "Лёд",
  "temperatureOf.skin": "Кожа",

  "exposurePer.area": "{range} на участок",
  "exposurePer.lesion": "{range} на образование",
  "exposurePer.application": "{range} на аппликацию",
  "exposurePer.session": "{range} за сеанс",

  "frequency.rare": "Редко",
  "frequency.possible": "Возможно",
  "frequency.on-protocol-violation": "При нарушении протокола",

  "timing.after-session": "После сеанса",
  "timing.during-course": "Во время курса",
  "timing.until-healed": "До заживления",

  "prerequisiteKind.consultation": "Консультация",
  "prerequisiteKind.examination": "Обследование",
  "prerequisiteKind.laboratory-test": "Анализ",
  "prerequisiteKind.treatment": "Лечение",
  "prerequisiteWhen.always": "Всегда",
  "prerequisiteWhen.if-indicated": "По показаниям",

  "personField.weightKg": "Масса тела",
  "personField.bodyTemperatureC": "Температура тела",
  "personField.systolicBpMmHg": "Систолическое давление",
  "personField.diastolicBpMmHg": "Диастолическое давление",
};
