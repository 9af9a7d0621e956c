import type { Locator, Page } from "playwright-core";
import { expect, test } from "vitest";
import { appForThisFile, logIn, screenshot } from "./support/app-under-test.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { gone, visible } from "./support/expectations.ts";

// The owner sets up booking from the clinic settings: replaces the cryolipolysis apparatus
// with a new one that is out of service for a day, sells cryolipolysis from the catalog's
// suggestion at the clinic's own price, and gives the cosmetologist two short working days
// with an hour off. The public booking page then offers exactly what that allows.

const app = appForThisFile();
const PHONE = { width: 390, height: 844 };
const ZONE = "Europe/Moscow";
const WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"];

/** Today on the clinic's calendar. */
function clinicToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date());
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Monday first, as the week editor lists the days. */
function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** A working day at least two days ahead (clear of today's passing hours), Monday to Friday. */
function nextWeekday(): string {
  let day = addDays(clinicToday(), 2);
  while (weekdayIndex(day) > 3) day = addDays(day, 1);
  return day;
}

async function noSeriousViolations(page: Page, name: string) {
  expect(await seriousAxeViolations(page, name)).toEqual([]);
}

/** One listed room, device or offering, found by its whole name. */
const row = (page: Page, name: string): Locator =>
  page
    .locator(".setup-item")
    .filter({ has: page.locator(".setup-item__name").getByText(name, { exact: true }) });

test("the owner's resources, offering and working hours decide what visitors can book", async () => {
  const outageDay = nextWeekday();
  const workDay = addDays(outageDay, 1);
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);

  // From the clinic settings to its rooms and devices.
  await page.goto(`${app.baseUrl}/clinic`);
  await page
    .getByRole("region", { name: "Настройка записи" })
    .getByRole("link", { name: "Кабинеты и аппараты" })
    .click();
  await visible(page.getByRole("heading", { level: 1, name: "Кабинеты и аппараты — Криоклиника «Иней»" }));
  const clinicId = new URL(page.url()).pathname.split("/")[2] ?? "";

  // The old apparatus is retired, after a question.
  const old = row(page, "Аппарат криолиполиза");
  await old.getByRole("button", { name: "Вывести из работы" }).click();
  await old.getByRole("button", { name: "Да, вывести" }).click();
  await visible(old.getByText("Не используется"));

  // A device needs its name and its kind of device; the missing ones are said at their boxes.
  const add = page.getByRole("region", { name: "Добавить кабинет или аппарат" });
  await add.getByLabel("Вид").selectOption({ label: "Аппарат" });
  await add.getByRole("button", { name: "Добавить" }).click();
  const name = add.getByLabel("Название");
  await visible(add.locator("[data-field='name']").getByText("Обязательное поле."));
  await visible(add.locator("[data-field='deviceKind']").getByText("Обязательное поле."));
  expect(await name.evaluate((element) => element === document.activeElement)).toBe(true);
  await name.fill("CoolTech №2");
  await add.getByLabel("Тип аппарата").selectOption({ label: "аппарат криолиполиза" });
  await add.getByRole("button", { name: "Добавить" }).click();
  await visible(add.getByRole("status").filter({ hasText: "«CoolTech №2» добавлен." }));
  await visible(row(page, "CoolTech №2").getByText("Аппарат: аппарат криолиполиза"));

  // The new apparatus is out of service for the whole first day.
  const outages = page.getByRole("region", { name: "Периоды простоя" });
  await outages.getByLabel("Кабинет или аппарат").selectOption({ label: "CoolTech №2" });
  await outages.getByLabel("С", { exact: true }).fill(`${outageDay}T00:00`);
  await outages.getByLabel("По", { exact: true }).fill(`${workDay}T00:00`);
  await outages.getByLabel("Причина").fill("Плановое обслуживание");
  await outages.getByRole("button", { name: "Добавить период" }).click();
  await visible(
    outages.locator(".item-list__row").filter({ hasText: "CoolTech №2" }).getByText("Плановое обслуживание"),
  );
  await noSeriousViolations(page, "booking-setup-resources");
  await screenshot(page, "booking-setup-resources");

  // Cryolipolysis from the catalog's suggestion, at the clinic's own price.
  await page
    .getByRole("navigation", { name: "Настройка записи" })
    .getByRole("link", { name: "Услуги" })
    .click();
  await visible(page.getByRole("heading", { level: 1, name: "Услуги — Криоклиника «Иней»" }));
  const form = page.getByRole("region", { name: "Добавить услугу" });
  await form.getByLabel("Процедура").selectOption({ label: "Криолиполиз" });
  await visible(form.getByText("Заполнено по каталогу. В статьях нет длительности сеанса", { exact: false }));
  expect(await form.getByLabel("Название").inputValue()).toBe("Криолиполиз");
  expect(await form.getByLabel("Сеанс, мин").inputValue()).toBe("60");
  expect(await form.getByLabel("Подготовка после, мин").inputValue()).toBe("10");
  expect(await form.getByLabel("Кабинет", { exact: true }).isChecked()).toBe(true);
  expect(await form.getByLabel("Аппарат: аппарат криолиполиза").isChecked()).toBe(true);
  expect(await form.getByLabel("Косметолог").isChecked()).toBe(true);
  // The articles quote no price in roubles: the clinic must give its own.
  await form.getByRole("button", { name: "Создать услугу" }).click();
  const price = form.getByLabel("Цена, RUB");
  await visible(form.locator("[data-field='price']").getByText("Обязательное поле."));
  expect(await price.evaluate((element) => element === document.activeElement)).toBe(true);
  await price.fill("9900,50");
  await form.getByLabel("Название").fill("Криолиполиз, одна зона");
  await form.getByRole("button", { name: "Создать услугу" }).click();
  await visible(page.getByRole("status").filter({ hasText: "«Криолиполиз, одна зона» добавлена." }));
  const offering = row(page, "Криолиполиз, одна зона");
  expect((await offering.locator(".setup-item__price").textContent())?.replace(/\s/g, " ")).toBe(
    "9 900,50 ₽",
  );
  await visible(offering.getByText("Онлайн-запись"));
  await noSeriousViolations(page, "booking-setup-offerings");
  await screenshot(page, "booking-setup-offerings");

  // The cosmetologist works only those two days, 10:00–13:00, and is off at noon on the second.
  await page
    .getByRole("navigation", { name: "Настройка записи" })
    .getByRole("link", { name: "Часы работы" })
    .click();
  await page.getByLabel("Специалист").selectOption({ label: "Елена Кузнецова — Косметолог" });
  await visible(page.getByRole("heading", { level: 2, name: "Часы работы: Елена Кузнецова" }));
  const week = page.locator(".week");
  for (const [index, day] of WEEKDAYS.entries()) {
    const works = index === weekdayIndex(outageDay) || index === weekdayIndex(workDay);
    const open = week.getByLabel(day, { exact: true });
    if (!works) {
      await open.uncheck();
      continue;
    }
    await open.check();
    await week.getByLabel(`${day}, интервал 1: открытие`).fill("10:00");
    await week.getByLabel(`${day}, интервал 1: закрытие`).fill("13:00");
  }
  await page.getByRole("button", { name: "Сохранить часы работы" }).click();
  await visible(page.getByRole("status").filter({ hasText: "Сохранено." }));

  const timeOff = page.getByRole("region", { name: "Отсутствия: Елена Кузнецова" });
  await timeOff.getByLabel("С", { exact: true }).fill(`${workDay}T12:00`);
  await timeOff.getByLabel("По", { exact: true }).fill(`${workDay}T13:00`);
  await timeOff.getByLabel("Причина").fill("Обучение");
  await timeOff.getByRole("button", { name: "Добавить отсутствие" }).click();
  await visible(timeOff.locator(".item-list__row").getByText("Обучение"));
  await noSeriousViolations(page, "booking-setup-hours");
  await screenshot(page, "booking-setup-hours");

  // A visitor on a phone: no time on the apparatus's day off; on the next, only starts whose
  // hour with its ten minutes of cleaning ends before noon.
  const visitor = await app.freshPage(PHONE);
  await visitor.goto(`${app.baseUrl}/book/${clinicId}`);
  await visitor.getByRole("radio", { name: "Криолиполиз, одна зона" }).check();
  await visitor.getByRole("button", { name: "Далее: день и время" }).click();
  const dayOf = (day: string) => visitor.locator(`.day-grid input[value='${day}']`);
  await visible(visitor.locator(".day-grid"));
  expect(await dayOf(outageDay).isDisabled()).toBe(true);
  await dayOf(workDay).check();
  const times = visitor.locator(".time-grid label");
  await visible(times.first());
  expect(await times.allTextContents()).toEqual(["10:00", "10:15", "10:30", "10:45"]);
  expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await screenshot(visitor, "booking-setup-public-times");
});

test("a receptionist sees the setup without changing it, and keeps a practitioner's time off", async () => {
  const page = await app.freshPage(PHONE);
  await logIn(page, app.baseUrl, "reception@demo.cryodesk.dev");
  await page.goto(`${app.baseUrl}/clinic`);
  await page.getByRole("region", { name: "Настройка записи" }).getByRole("link", { name: "Услуги" }).click();
  await visible(page.getByText("Вы можете смотреть настройку записи", { exact: false }));
  await visible(row(page, "Криосауна (общая криотерапия)"));
  expect(await page.getByRole("button", { name: /Изменить/ }).count()).toBe(0);
  expect(await page.getByRole("region", { name: "Добавить услугу" }).count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await noSeriousViolations(page, "booking-setup-offerings-read-only");
  await screenshot(page, "booking-setup-offerings-read-only");

  await page
    .getByRole("navigation", { name: "Настройка записи" })
    .getByRole("link", { name: "Часы работы" })
    .click();
  await page.getByLabel("Специалист").selectOption({ label: "Наталья Попова — Физиотерапевт" });
  expect(await page.getByRole("button", { name: "Сохранить часы работы" }).count()).toBe(0);
  const timeOff = page.getByRole("region", { name: "Отсутствия: Наталья Попова" });
  const day = addDays(clinicToday(), 20);
  await timeOff.getByLabel("С", { exact: true }).fill(`${day}T09:00`);
  await timeOff.getByLabel("По", { exact: true }).fill(`${day}T08:00`);
  await timeOff.getByRole("button", { name: "Добавить отсутствие" }).click();
  // The server's own check, told at the box it is about.
  const end = timeOff.getByLabel("По", { exact: true });
  await visible(timeOff.locator("[data-field='end'] .field__error"));
  expect(await end.getAttribute("aria-invalid")).toBe("true");
  await end.fill(`${day}T18:00`);
  await timeOff.getByLabel("Причина").fill("Отпуск");
  await timeOff.getByRole("button", { name: "Добавить отсутствие" }).click();
  const entry = timeOff.locator(".item-list__row").filter({ hasText: "Отпуск" });
  await visible(entry);
  await noSeriousViolations(page, "booking-setup-time-off");
  await screenshot(page, "booking-setup-time-off");
  await entry.getByRole("button", { name: /Удалить отсутствие/ }).click();
  await gone(entry);
});
