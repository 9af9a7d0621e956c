import { expect, test } from "vitest";
import { appForThisFile, logIn, screenshot } from "./support/app-under-test.ts";
import { gone, visible } from "./support/expectations.ts";

// The clinic's protocol: its own values beside the documented ranges; a value outside them
// is kept only with an off-label reason, and then flagged for everyone.

const app = appForThisFile();

const CRYOSAUNA = "Криосауна (общая криотерапия)";

/** Numbers keep their units with no-break spaces; compare with plain ones. */
const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

test("the owner sets a cryosauna exposure out of range and keeps it with an off-label reason", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  await page.goto(`${app.baseUrl}/clinic`);
  await visible(page.getByRole("heading", { name: "Протоколы", level: 2 }));
  const cryosauna = page.locator(".protocol-item").filter({ hasText: CRYOSAUNA });
  await cryosauna.getByText(CRYOSAUNA, { exact: true }).click();

  const exposure = await visible(cryosauna.getByLabel("Кабина криосауны"));
  const field = cryosauna.locator("[data-field='values.exposureSeconds.whole-body-cabin']");
  expect(plain(await field.textContent())).toContain("По источникам: 60–180 с.");
  await exposure.fill("300");
  await cryosauna.getByRole("button", { name: "Сохранить протокол" }).click();
  await visible(cryosauna.getByRole("alert").filter({ hasText: "вне описанного диапазона" }));
  expect(plain(await field.textContent())).toContain("Вне диапазона по источникам: 60–180 с.");
  expect(await exposure.getAttribute("aria-invalid")).toBe("true");
  await screenshot(page, "clinic-protocol-out-of-range");

  await cryosauna
    .getByLabel("Обоснование офф-лейбл")
    .fill("Исследовательский протокол, одобрен главным врачом.");
  await cryosauna.getByRole("button", { name: "Сохранить протокол" }).click();
  await visible(cryosauna.getByRole("status").filter({ hasText: "Сохранено с пометкой офф-лейбл." }));
  await visible(cryosauna.locator("summary").getByText("Офф-лейбл"));
  await visible(field.locator("xpath=..").getByText("Офф-лейбл"));
  await gone(field.locator(".field__error"));
  await screenshot(page, "clinic-protocol-off-label");

  // Saved: after a reload the flag and the reason are still there.
  await page.reload();
  const reloaded = page.locator(".protocol-item").filter({ hasText: CRYOSAUNA });
  await visible(reloaded.locator("summary").getByText("Офф-лейбл"));
  await reloaded.getByText(CRYOSAUNA, { exact: true }).click();
  await visible(reloaded.getByText("Обоснование: Исследовательский протокол, одобрен главным врачом."));
  expect(await reloaded.getByLabel("Кабина криосауны").inputValue()).toBe("300");
});

test("a receptionist sees the protocols and the off-label flag but cannot change them", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl, "reception@demo.cryodesk.dev");
  await page.goto(`${app.baseUrl}/clinic`);
  const cryosauna = page.locator(".protocol-item").filter({ hasText: CRYOSAUNA });
  await visible(cryosauna.locator("summary").getByText("Офф-лейбл"));
  await cryosauna.getByText(CRYOSAUNA, { exact: true }).click();
  const exposure = await visible(cryosauna.getByLabel("Кабина криосауны"));
  expect(await exposure.isDisabled()).toBe(true);
  expect(await cryosauna.getByRole("button", { name: "Сохранить протокол" }).count()).toBe(0);
  await screenshot(page, "clinic-protocol-read-only");
});
