import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { appForThisFile, logIn, screenshot, screenshotOf } from "./support/app-under-test.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { gone, visible } from "./support/expectations.ts";

// Screening on the client's page: staff record an intake, the current verdicts and the
// history show it, and only a physician clears a needs-review verdict, with a reason.

const app = appForThisFile();

const CRYOSAUNA = "Криосауна (общая криотерапия)";

async function openClient(page: Page, name: string): Promise<string> {
  await page.getByRole("link", { name }).click();
  await visible(page.getByRole("heading", { name, level: 1 }));
  await visible(page.getByRole("heading", { name: "Скрининг", level: 2 }));
  return page.url();
}

const verdictRow = (page: Page, procedure: string) =>
  page
    .getByRole("region", { name: "Текущие заключения" })
    .locator(".verdict-row")
    .filter({ has: page.getByText(procedure, { exact: true }) });

async function panelHasNoSeriousViolations(page: Page, name: string) {
  expect(await seriousAxeViolations(page, name, ".screening-panel")).toEqual([]);
}

test("an intake with migraine needs a physician's review; the dermatologist clears the cryosauna with a reason", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  const clientUrl = await openClient(page, "Иванова Мария Петровна");
  await visible(page.getByText("Скрининг ещё не проводился."));

  await page.getByRole("button", { name: "Провести скрининг" }).click();
  expect(await page.getByLabel("Первичный").isChecked()).toBe(true);
  await page.getByLabel("Вес, кг").fill("62");
  await page.getByLabel("Температура тела, °C").fill("50");
  await page.getByLabel("Давление, верхнее").fill("120");
  await page.getByLabel("Давление, нижнее").fill("80");
  await page.getByLabel("Найти заболевание").fill("мигр");
  await page.getByRole("button", { name: "Добавить: Мигрень" }).click();
  await visible(page.getByRole("listitem").filter({ hasText: "Мигрень · G43" }));
  await panelHasNoSeriousViolations(page, "client-screening-form");

  // The server refuses the temperature: its message shows at the field, which takes focus.
  await page.getByRole("button", { name: "Записать скрининг" }).click();
  const temperature = page.locator('[data-field="bodyTemperatureC"]');
  await visible(temperature.getByText("Не больше 45."));
  expect(await page.getByLabel("Температура тела, °C").getAttribute("aria-invalid")).toBe("true");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("bodyTemperatureC");
  await screenshotOf(page.locator(".record-screening"), "client-screening-form-error");

  await page.getByLabel("Температура тела, °C").fill("36,6");
  await page.getByRole("button", { name: "Записать скрининг" }).click();
  await visible(page.getByRole("status").filter({ hasText: "Скрининг записан." }));
  const cryosauna = verdictRow(page, CRYOSAUNA);
  await visible(cryosauna.getByText("Нужно решение врача", { exact: true }));
  await cryosauna.getByText(`Причины: ${CRYOSAUNA}`).click();
  await visible(cryosauna.getByText(/^Статьи расходятся: Мигрень/));
  // The owner is no physician: no clearing, and the page says who can.
  await gone(cryosauna.getByRole("button", { name: /^Разрешить/ }));
  await visible(
    page.getByText("Снять заключение «нужно решение врача» может только дерматолог или оториноларинголог."),
  );
  const entry = page.locator(".screening-entry").first();
  await entry.locator("summary").click();
  expect(await entry.locator("summary").textContent()).toContain("Первичный");
  expect(await entry.locator("summary").textContent()).toContain("записал(а) Ольга Смирнова");
  await visible(entry.getByText("Мигрень", { exact: true }));
  await panelHasNoSeriousViolations(page, "client-screening-recorded");
  await screenshotOf(page.locator(".screening-panel"), "client-screening-recorded");

  // The dermatologist, on a phone.
  const phone = await app.freshPage({ width: 390, height: 844 });
  await logIn(phone, app.baseUrl, "dermatologist@demo.cryodesk.dev", "cryodesk-demo");
  await phone.goto(clientUrl);
  const row = verdictRow(phone, CRYOSAUNA);
  await row.getByRole("button", { name: `Разрешить процедуру «${CRYOSAUNA}»` }).click();
  const reason = phone.getByLabel(`Почему процедуру можно проводить (${CRYOSAUNA})`);
  expect(await reason.evaluate((element) => element === document.activeElement)).toBe(true);
  await phone.getByRole("button", { name: "Разрешить процедуру", exact: true }).click();
  await visible(row.getByText("Напишите причину не короче 10 символов."));
  await panelHasNoSeriousViolations(phone, "client-screening-clear-form");
  await reason.fill("Мигрень без приступов больше года, неврологом разрешено.");
  await phone.getByRole("button", { name: "Разрешить процедуру", exact: true }).click();
  await visible(phone.getByRole("status").filter({ hasText: `Процедура «${CRYOSAUNA}» разрешена.` }));
  await visible(
    row.getByText("Разрешено врачом Игорь Лебедев: Мигрень без приступов больше года, неврологом разрешено."),
  );
  await gone(row.getByRole("button", { name: /^Разрешить/ }));
  // Other needs-review verdicts still wait for their own decision.
  await visible(verdictRow(phone, "Криолиполиз").getByRole("button", { name: /^Разрешить/ }));
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await panelHasNoSeriousViolations(phone, "client-screening-cleared");
  await screenshot(phone, "phone-client-screening-cleared");

  // The clearance is part of the screening's record too.
  const record = phone.locator(".screening-entry").first();
  await record.locator("summary").click();
  await visible(record.getByText(/Разрешено врачом Игорь Лебедев/));
});

test("a pre-session screening after mesotherapy postpones cryomassage until a date", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  await openClient(page, "Сидорова Екатерина");
  await page.getByRole("button", { name: "Провести скрининг" }).click();
  await page.getByLabel("Перед сеансом").check();
  await page.getByRole("button", { name: "Добавить процедуру" }).click();
  await page.getByLabel("Процедура", { exact: true }).selectOption({ label: "Мезотерапия" });
  const fiveDaysAgo = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Дата (Мезотерапия)").fill(fiveDaysAgo);
  await page.getByRole("button", { name: "Записать скрининг" }).click();
  await visible(page.getByRole("status").filter({ hasText: "Скрининг записан." }));

  const until = new Date(Date.parse(`${fiveDaysAgo}T00:00:00Z`) + 14 * 86_400_000);
  const untilText = new Intl.DateTimeFormat("ru", { dateStyle: "medium", timeZone: "UTC" }).format(until);
  const nitrogen = verdictRow(page, "Криомассаж жидким азотом (криолифтинг)");
  await visible(nitrogen.getByText("Отложить", { exact: true }));
  await visible(nitrogen.getByText(`до ${untilText}`));
  await visible(page.getByText(/Последний скрининг: перед сеансом/));
  await screenshotOf(page.locator(".screening-panel"), "client-screening-postponed");
});
