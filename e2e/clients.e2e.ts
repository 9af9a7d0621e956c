import { expect, test } from "vitest";
import { appForThisFile, logIn, screenshot } from "./support/app-under-test.ts";
import { gone, visible } from "./support/expectations.ts";

// The front desk's client list: adding, finding, correcting, and using it on a phone.

const app = appForThisFile();

test("a new client can be added and then found by search", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  await page.getByRole("link", { name: "Новый клиент" }).click();
  await visible(page.getByRole("heading", { name: "Новый клиент", level: 1 }));
  await page.getByLabel("Фамилия").fill("Снегирёва");
  await page.getByLabel("Имя", { exact: true }).fill("Вера");
  await page.getByLabel("Телефон").fill("+7 916 555-12-34");
  await page.getByLabel("Электронная почта").fill("vera@example.ru");
  await page.getByLabel("Обработка персональных данных").check();
  await page.getByRole("button", { name: "Сохранить" }).click();
  await page.waitForURL(`${app.baseUrl}/clients`);
  await visible(page.getByRole("status").filter({ hasText: "Клиент Снегирёва Вера добавлен." }));

  const searched = page.waitForResponse(
    (response) => response.url().includes("/api/v1/clients?") && response.url().includes("q="),
  );
  await page.getByLabel("Поиск").fill("Снегир");
  await searched;
  await visible(page.getByRole("link", { name: "Снегирёва Вера" }));
  await gone(page.getByRole("link", { name: "Иванова Мария Петровна" }));
  expect(new URL(page.url()).searchParams.get("q")).toBe("Снегир");
  await screenshot(page, "clients-search");

  await page.getByRole("link", { name: "Снегирёва Вера" }).click();
  await visible(page.getByRole("heading", { name: "Снегирёва Вера", level: 1 }));
  expect(await page.getByLabel("Телефон").inputValue()).toBe("+7 916 555-12-34");
});

test("an invalid client form shows each server error next to its field", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  await page.goto(`${app.baseUrl}/clients/new`);
  await page.getByLabel("Фамилия").fill("Тестова");
  await page.getByLabel("Электронная почта").fill("not-an-email");
  await page.getByLabel("Телефон").fill("phone?");
  await page.getByRole("button", { name: "Сохранить" }).click();

  const emailField = page.locator('[data-field="email"]');
  await visible(emailField.locator(".field__error"));
  expect(await emailField.locator(".field__error").textContent()).toContain(
    "Неверный адрес электронной почты.",
  );
  expect(await page.getByLabel("Электронная почта").getAttribute("aria-invalid")).toBe("true");
  expect(await page.locator('[data-field="firstName"] .field__error').textContent()).toContain(
    "Обязательное поле.",
  );
  expect(await page.locator('[data-field="phone"] .field__error').textContent()).toContain("цифры");
  expect(await page.locator('[data-field="lastName"] .field__error').count()).toBe(0);
  // Focus goes to the first field to fix.
  expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("firstName");
  await visible(page.getByRole("alert").filter({ hasText: "Некоторые поля заполнены неверно" }));
  await screenshot(page, "client-form-errors");
});

test("a client can be archived and brought back", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  await page.getByRole("link", { name: "Петров Алексей Игоревич" }).click();
  await page.getByRole("button", { name: "Перенести в архив" }).click();
  await page.getByRole("button", { name: "Да, в архив" }).click();
  await visible(page.getByText("Клиент в архиве"));
  await screenshot(page, "client-archived");

  await page.getByRole("link", { name: "К списку клиентов" }).click();
  await visible(page.getByRole("link", { name: "Иванова Мария Петровна" }));
  await gone(page.getByRole("link", { name: "Петров Алексей Игоревич" }));
  await page.getByLabel("Показывать архивных").check();
  await visible(page.getByRole("row").filter({ hasText: "Петров Алексей Игоревич" }).getByText("В архиве"));

  await page.getByRole("link", { name: "Петров Алексей Игоревич" }).click();
  await page.getByRole("button", { name: "Вернуть из архива" }).click();
  await gone(page.getByText("Клиент в архиве"));
});

test("at phone width the nav folds and the client list reads as cards without sideways scrolling", async () => {
  const page = await app.freshPage({ width: 390, height: 844 });
  await logIn(page, app.baseUrl);
  const firstClient = await visible(page.getByRole("link", { name: "Иванова Мария Петровна" }));
  const menu = page.getByRole("button", { name: "Меню" });
  await visible(menu);
  await gone(page.getByRole("navigation").getByRole("link", { name: "Сотрудники" }));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const card = await firstClient.first().boundingBox();
  expect(card && card.x + card.width).toBeLessThanOrEqual(390);
  // Each card labels its values, since the table header is hidden.
  await visible(page.getByRole("row").filter({ hasText: "Иванова" }).getByText("+7 916 123-45-01"));
  await screenshot(page, "phone-clients");

  await page.getByLabel("Поиск").fill("Орлова");
  await visible(page.getByRole("link", { name: "Орлова Татьяна Викторовна" }));
  await gone(page.getByRole("link", { name: "Иванова Мария Петровна" }));
  await page.getByLabel("Поиск").fill("");

  await menu.click();
  await visible(page.getByRole("navigation").getByRole("link", { name: "Сотрудники" }));
  await screenshot(page, "phone-menu-open");
  await page.getByRole("navigation").getByRole("link", { name: "Сотрудники" }).click();
  await visible(page.getByRole("heading", { name: "Сотрудники", level: 1 }));
  await gone(page.getByRole("navigation").getByRole("link", { name: "Клиенты" }));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "phone-staff");

  await page.goto(`${app.baseUrl}/clients/new`);
  await visible(page.getByRole("heading", { name: "Новый клиент", level: 1 }));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "phone-client-form");
});
