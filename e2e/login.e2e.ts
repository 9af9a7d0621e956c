import { expect, test } from "vitest";
import { appForThisFile, screenshot } from "./support/app-under-test.ts";
import { visible } from "./support/expectations.ts";

// The login form: what it says when it refuses, and where it leads afterwards.

const app = appForThisFile();

test("a wrong password is refused with a message on the login form", async () => {
  const page = await app.freshPage();
  await page.getByLabel("Электронная почта").fill("owner@demo.cryodesk.dev");
  await page.getByLabel("Пароль", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Войти" }).click();
  const alert = await visible(page.getByRole("alert"));
  expect(await alert.textContent()).toContain("Неверный адрес электронной почты или пароль.");
  expect(new URL(page.url()).pathname).toBe("/login");
  await screenshot(page, "login-wrong-password");
});

test("a page opened without a session leads to login and back to that page", async () => {
  const page = await app.freshPage();
  await page.goto(`${app.baseUrl}/staff`);
  await page.waitForURL(`${app.baseUrl}/login?next=%2Fstaff`);
  await page.getByLabel("Электронная почта").fill("owner@demo.cryodesk.dev");
  await page.getByLabel("Пароль", { exact: true }).fill("cryodesk-demo");
  await page.getByRole("button", { name: "Войти" }).click();
  await page.waitForURL(`${app.baseUrl}/staff`);
  await visible(page.getByRole("heading", { name: "Сотрудники", level: 1 }));
});

test("after five wrong passwords for one account the form says to wait", async () => {
  const page = await app.freshPage();
  await page.getByLabel("Электронная почта").fill("nurse@demo.cryodesk.dev");
  await page.getByLabel("Пароль", { exact: true }).fill("guess-again");
  const submit = page.getByRole("button", { name: "Войти" });
  for (let attempt = 1; attempt <= 5; attempt++) {
    const refused = page.waitForResponse((response) => response.url().endsWith("/api/v1/auth/login"));
    await submit.click();
    expect((await refused).status()).toBe(401);
  }
  const throttled = page.waitForResponse((response) => response.url().endsWith("/api/v1/auth/login"));
  await submit.click();
  expect((await throttled).status()).toBe(429);
  await visible(page.getByRole("alert").filter({ hasText: "Слишком много неудачных попыток" }));
  expect(await page.getByRole("alert").textContent()).toContain("через 15 мин.");
  await screenshot(page, "login-too-many-attempts");
});
