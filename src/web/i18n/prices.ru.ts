import type { pricesEn } from "./prices.en.ts";

// Русский текст сравнения цен.

export const pricesRu: Record<keyof typeof pricesEn, string> = {
  "prices.title": "Цены в клиниках",
  "prices.lead":
    "Сколько стоит один сеанс в клиниках десяти городов — по исходным статьям и прайс-листам самих клиник.",
  "prices.procedure": "Процедура",
  "prices.city": "Город",
  "prices.allCities": "Все города",
  "prices.aboutProcedure": "О процедуре в энциклопедии",
  "prices.none": "Цены на эту процедуру пока неизвестны.",
  "prices.chartHeading": "Сравнение городов",
  "prices.chartTitle": "Цена сеанса по городам",
  "prices.chartDescription":
    "Для каждого города полоса идёт от самой низкой до самой высокой цены, точка — медиана. Города упорядочены по медианной цене.",
  "prices.chartRow": "{city}: от {min} до {max}, медиана {median}",
  "prices.legendRange": "от самой низкой до самой высокой цены",
  "prices.legendMedian": "медиана",
  "prices.chartAsTable": "Показать диаграмму таблицей",
  "prices.min": "Минимум",
  "prices.median": "Медиана",
  "prices.max": "Максимум",
  "prices.count": "Клиник",
  "prices.tableHeading": "Клиники",
  "prices.tableHeadingCity": "Клиники: {city}",
  "prices.tableCaption": "Клиники и цена одного сеанса",
  "prices.column.clinic": "Клиника",
  "prices.column.city": "Город",
  "prices.column.price": "Цена",
  "prices.column.source": "Источник",
  "prices.unnamedClinic": "Название не указано",
  "prices.priceListSource": "Прайс-лист: {organisation} ({file}, строка {line}), загружен {date}",
};
