import { expect, test } from "vitest";
import { appForThisFile, logIn, screenshot } from "./support/app-under-test.ts";
import { gone, visible } from "./support/expectations.ts";

// Staff management: an owner invites a colleague who sets a password through the link;
// roles that may not manage see the settings without controls.

const app = appForThisFile();

test("an invited practitioner sets a password through the link and logs in", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  await page.goto(`${app.baseUrl}/staff`);
  await page.getByRole("link", { name: "Добавить сотрудника" }).click();
  await page.getByLabel("Имя и фамилия").fill("Ксения Зимина");
  await page.getByLabel("Электронная почта").fill("zimina@demo.cryodesk.dev");
  await page.getByLabel("Специалист").check();
  await page.getByLabel("Дерматолог").check();
  await screenshot(page, "staff-new-form");
  await page.getByRole("button", { name: "Создать приглашение" }).click();
  const link = await visible(page.getByLabel("Ссылка-приглашение"));
  const invitationUrl = await link.inputValue();
  expect(invitationUrl).toMatch(new RegExp(`^${app.baseUrl}/invite/.+`));
  await screenshot(page, "staff-invitation-link");

  await page.goto(`${app.baseUrl}/staff`);
  const invited = page.getByRole("row").filter({ hasText: "Ксения Зимина" });
  await visible(invited.getByText("Приглашён"));
  await page.getByRole("button", { name: "Выйти" }).click();
  await visible(page.getByRole("heading", { name: "Вход" }));

  await page.goto(invitationUrl);
  await page.getByLabel("Новый пароль").fill("snow-and-ice-2031");
  await page.getByLabel("Повторите пароль").fill("snow-and-ice-2031");
  await page.getByRole("button", { name: "Задать пароль" }).click();
  await visible(page.getByText("Пароль задан. Войдите как zimina@demo.cryodesk.dev."));
  await screenshot(page, "invitation-accepted");
  await page.getByRole("link", { name: "Перейти ко входу" }).click();
  expect(await page.getByLabel("Электронная почта").inputValue()).toBe("zimina@demo.cryodesk.dev");
  await page.getByLabel("Пароль", { exact: true }).fill("snow-and-ice-2031");
  await page.getByRole("button", { name: "Войти" }).click();
  await page.waitForURL(`${app.baseUrl}/clients`);
  await visible(page.getByRole("banner").getByText("Ксения Зимина"));
});

test("a used invitation link says so", async () => {
  const page = await app.freshPage();
  await page.goto(`${app.baseUrl}/invite/not-a-real-token`);
  await page.getByLabel("Новый пароль").fill("snow-and-ice-2031");
  await page.getByLabel("Повторите пароль").fill("snow-and-ice-2031");
  await page.getByRole("button", { name: "Задать пароль" }).click();
  await visible(page.getByRole("alert").filter({ hasText: "уже использована или истекла" }));
});

test("the owner edits a member's qualifications and deactivates them after confirming", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  await page.goto(`${app.baseUrl}/staff`);
  await page.getByRole("link", { name: "Сергей Морозов" }).click();
  await visible(page.getByRole("heading", { name: "Сергей Морозов", level: 1 }));
  await page.getByLabel("Физиотерапевт").check();
  await page.getByRole("button", { name: "Сохранить" }).click();
  await visible(page.getByRole("status").filter({ hasText: "Сохранено." }));

  await page.getByRole("button", { name: "Отключить" }).click();
  await visible(page.getByText("Отключить сотрудника Сергей Морозов?"));
  await screenshot(page, "staff-deactivate-confirm");
  await page.getByRole("button", { name: "Да, отключить" }).click();
  await visible(page.getByRole("button", { name: "Включить снова" }));

  await page.getByRole("link", { name: "К списку сотрудников" }).click();
  const row = page.getByRole("row").filter({ hasText: "Сергей Морозов" });
  await visible(row.getByText("Отключён"));
  expect(await row.textContent()).toContain("Физиотерапевт");
});

test("a receptionist sees clinic settings and staff without controls to change them", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl, "reception@demo.cryodesk.dev");
  await page.goto(`${app.baseUrl}/clinic`);
  await visible(page.getByRole("heading", { name: "Криоклиника «Иней»", level: 1 }));
  await visible(page.getByText("изменять их может владелец или администратор"));
  expect(await page.getByLabel("Название").isDisabled()).toBe(true);
  await gone(page.getByRole("button", { name: "Сохранить часы работы" }));
  await screenshot(page, "clinic-read-only");

  await page.goto(`${app.baseUrl}/staff`);
  await visible(page.getByText("Ольга Смирнова"));
  await gone(page.getByRole("link", { name: "Добавить сотрудника" }));
});
