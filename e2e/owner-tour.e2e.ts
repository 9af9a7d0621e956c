import { expect, test } from "vitest";
import { appForThisFile, logIn, screenshot } from "./support/app-under-test.ts";
import { gone, visible } from "./support/expectations.ts";

// The demo owner finds the clinic, its staff and its clients; the interface speaks
// Russian by default and English on request.

const app = appForThisFile();

test("the owner sees the organisation, the clinic, its staff and its clients", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  await visible(page.getByRole("banner").getByText("Cryodesk Demo"));
  await visible(page.getByRole("banner").getByText("Ольга Смирнова"));
  await visible(page.getByRole("link", { name: "Иванова Мария Петровна" }));
  await screenshot(page, "clients-list");

  await page.getByRole("navigation").getByRole("link", { name: "Клиника" }).click();
  await visible(page.getByRole("heading", { name: "Криоклиника «Иней»", level: 1 }));
  expect(await page.getByLabel("Часовой пояс").inputValue()).toBe("Europe/Moscow");
  await visible(page.getByText("Криосауна"));
  await visible(page.getByText("Выходной"));
  await screenshot(page, "clinic-settings");

  await page.getByRole("navigation").getByRole("link", { name: "Сотрудники" }).click();
  await visible(page.getByRole("link", { name: "Елена Кузнецова" }));
  const cosmetologist = page.getByRole("row").filter({ hasText: "Елена Кузнецова" });
  expect(await cosmetologist.textContent()).toContain("Косметолог");
  expect(await cosmetologist.textContent()).toContain("Работает");
  await screenshot(page, "staff-list");
});

test("the owner adds a closure and changes opening hours, with errors shown at the interval", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  await page.goto(`${app.baseUrl}/clinic`);
  await visible(page.getByRole("heading", { name: "Криоклиника «Иней»", level: 1 }));

  await page.getByLabel("Первый день").fill("2031-01-01");
  await page.getByLabel("Последний день").fill("2031-01-08");
  await page.getByLabel("Причина").fill("Новогодние каникулы");
  await page.getByRole("button", { name: "Добавить", exact: true }).click();
  await visible(page.getByText("Новогодние каникулы"));

  await page.getByLabel("Понедельник, интервал 1: закрытие").fill("08:00");
  await page.getByRole("button", { name: "Сохранить часы работы" }).click();
  const error = await visible(page.locator(".interval").filter({ hasText: "Время закрытия" }));
  expect(await error.textContent()).toContain("Время закрытия должно быть позже открытия.");
  await screenshot(page, "clinic-hours-error");

  await page.getByLabel("Понедельник, интервал 1: закрытие").fill("20:00");
  await page.getByRole("button", { name: "Сохранить часы работы" }).click();
  await visible(page.getByRole("status").filter({ hasText: "Сохранено." }));
});

test("switching to English changes the interface and is remembered", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  expect(await page.getAttribute("html", "lang")).toBe("ru");
  await visible(page.getByRole("heading", { name: "Клиенты", level: 1 }));

  await page.getByRole("button", { name: "EN English" }).click();
  await visible(page.getByRole("heading", { name: "Clients", level: 1 }));
  await visible(page.getByRole("navigation").getByRole("link", { name: "Staff" }));
  await visible(page.getByRole("button", { name: "Log out" }));
  await gone(page.getByRole("heading", { name: "Клиенты", level: 1 }));
  expect(await page.getAttribute("html", "lang")).toBe("en");
  await screenshot(page, "clients-list-english");

  await page.reload();
  await visible(page.getByRole("heading", { name: "Clients", level: 1 }));
  await page.getByRole("button", { name: "Log out" }).click();
  await visible(page.getByRole("heading", { name: "Log in", level: 1 }));
  await screenshot(page, "login-english");
});
