import { expect, test } from "vitest";
import { appForThisFile, screenshot } from "./support/app-under-test.ts";
import { visible } from "./support/expectations.ts";

// The public price comparison: clinics' prices with their sources, and cities compared in a chart.

const app = appForThisFile();

const TEN_CITIES = [
  "Москва",
  "Санкт-Петербург",
  "Краснодар",
  "Ростов-на-Дону",
  "Нижний Новгород",
  "Воронеж",
  "Волгоград",
  "Екатеринбург",
  "Ярославль",
  "Тверь",
];

/** Intl writes no-break spaces in "1 160 ₽"; compare with plain ones. */
const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

test("the prices page compares ten cities in a chart and lists clinics with their sources", async () => {
  const page = await app.freshPage();
  await page.goto(`${app.baseUrl}/encyclopedia`);
  await page.getByRole("navigation", { name: "Разделы сайта" }).getByRole("link", { name: "Цены" }).click();
  await visible(page.getByRole("heading", { name: "Цены в клиниках", level: 1 }));
  expect(await page.getByLabel("Процедура").inputValue()).toBe("nitrogen-cryomassage");

  const chart = await visible(page.getByRole("img", { name: "Цена сеанса по городам" }));
  for (const city of TEN_CITIES) await visible(chart.getByText(city, { exact: true }));
  // The chart's text alternative: the same numbers as a table.
  await page.getByText("Показать диаграмму таблицей").click();
  const statsRows = page.locator(".chart__table tbody tr");
  expect(await statsRows.count()).toBe(10);
  expect(plain(await statsRows.filter({ hasText: "Москва" }).textContent())).toContain("1 160 ₽");

  const clinics = page.getByRole("table", { name: "Клиники и цена одного сеанса" }).locator("tbody tr");
  expect(await clinics.count()).toBe(30);
  await screenshot(page, "prices");

  await page.getByLabel("Город", { exact: true }).selectOption({ label: "Москва" });
  await visible(page.getByRole("heading", { name: "Клиники: Москва", level: 2 }));
  expect(await clinics.count()).toBe(3);
  const family = clinics.filter({ hasText: "Family Clinic" });
  expect(plain(await family.textContent())).toContain("1 160 ₽");
  const source = family.getByRole("link", { name: "001 · стр. 177" });
  expect(await source.getAttribute("title")).toContain("1 160");
  await visible(page.locator("#cite-001_c5f45e6bac8c7cc5-177"));
  expect(new URL(page.url()).search).toBe("?city=Moscow");
  // The chart still compares every city, the chosen one stands out.
  for (const city of TEN_CITIES) await visible(chart.getByText(city, { exact: true }));
  await screenshot(page, "prices-moscow");
});

test("at phone width the chart and the clinics fit the screen", async () => {
  const page = await app.freshPage({ width: 360, height: 780 });
  await page.goto(`${app.baseUrl}/prices`);
  const chart = await visible(page.getByRole("img", { name: "Цена сеанса по городам" }));
  await visible(chart.getByText("Ярославль", { exact: true }));
  const box = await chart.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, "phone-prices");
});
