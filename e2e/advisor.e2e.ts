import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { type AppUnderTest, screenshot, screenshotOf, startAppUnderTest } from "./support/app-under-test.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { visible } from "./support/expectations.ts";
import { focusRing, tabTo } from "./support/keyboard.ts";

// The public advisor on a phone: concerns, health questions, then the procedures that help,
// each with its verdict and reasons, course, reactions and price; in both languages, by
// keyboard alone, and without a serious accessibility finding at any step.

const PHONE = { width: 390, height: 844 };

let app: AppUnderTest;

beforeAll(async () => {
  app = await startAppUnderTest();
  // The articles price only nitrogen cryomassage: a Moscow clinic's own list adds cryodestruction.
  await app.importPriceList(
    [
      "clinic_name,city,address,procedure_id,price,currency",
      'Криоклиника «Иней»,Moscow,"ул. Пречистенка, 12",cryodestruction,1500,RUB',
      'Клиника «Север»,Москва,"ул. Тверская, 1",cryodestruction,2000,RUB',
      'Клиника «Полюс»,Moscow,"Ленинский пр-т, 30",cryodestruction,2500,RUB',
    ].join("\n"),
    "moscow-clinics.csv",
  );
});

afterEach(() => {
  expect(app.pageErrors()).toEqual([]);
});

afterAll(async () => {
  await app?.close();
});

/** Intl writes no-break spaces in "1 500 ₽"; compare with plain ones. */
const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

const card = (page: Page, name: RegExp): Locator =>
  page.locator("li.advice").filter({ has: page.getByRole("heading", { level: 3, name }) });

async function noSeriousViolations(page: Page, name: string) {
  expect(await seriousAxeViolations(page, name)).toEqual([]);
}

async function fitsThePhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

test("in English: warts with epilepsy shows cryodestruction as not suitable, with the reason and Moscow prices", async () => {
  const page = await app.freshPage(PHONE);
  await page.goto(`${app.baseUrl}/encyclopedia`);
  await page.getByRole("button", { name: "EN English" }).click();
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Advisor" }).click();
  await visible(page.getByRole("heading", { name: "Which cold procedure suits you?", level: 1 }));
  await visible(page.getByText("Not medical advice."));
  await visible(page.getByText("The clinic checks your health again before every session"));
  await fitsThePhone(page);
  await noSeriousViolations(page, "advisor-en-concerns");
  await screenshot(page, "advisor-en-concerns");

  await page.getByRole("button", { name: "Next: health questions" }).click();
  await visible(page.getByRole("alert").filter({ hasText: "Choose at least one concern." }));
  await page.getByLabel("Warts and papillomas").check();
  await page.getByRole("button", { name: "Next: health questions" }).click();
  await visible(page.getByRole("heading", { name: /Your health/, level: 2 }));
  // The questions come from the catalog's questionnaire, grouped and in plain words.
  await visible(page.getByRole("group", { name: "Brain, nerves and mood" }).getByLabel("Epilepsy"));
  await page.getByLabel("Epilepsy").check();
  await page.getByLabel("Cuts, scratches or irritated skin").check();
  await visible(page.getByRole("group", { name: /Where is it\?/ }).getByLabel("Face"));
  await page.getByLabel("Cuts, scratches or irritated skin").uncheck();
  await fitsThePhone(page);
  await noSeriousViolations(page, "advisor-en-health");
  await screenshot(page, "advisor-en-health");

  await page.getByRole("button", { name: "Show procedures" }).click();
  await visible(page.getByRole("heading", { name: /Procedures for you/, level: 2 }));
  await page.getByLabel("City for prices").selectOption({ label: "Moscow" });

  const cryodestruction = card(page, /^Cryodestruction/);
  await visible(cryodestruction.getByText("Not suitable", { exact: true }));
  await visible(cryodestruction.getByText("Epilepsy is a listed contraindication."));
  await visible(cryodestruction.getByText("Helps with: Warts and papillomas"));
  await visible(cryodestruction.getByText("A blister forms; new healthy skin grows under it"));
  expect(plain(await cryodestruction.locator(".advice-price").textContent())).toContain(
    "₽1,500 – ₽2,500, median ₽2,000",
  );
  expect(plain(await cryodestruction.locator(".advice-price").textContent())).toContain("Moscow, clinics: 3");
  // Nitrogen cryomassage helps with warts too: the sources' disagreement on the course is shown whole.
  const nitrogen = card(page, /^Liquid nitrogen cryomassage/);
  expect(plain(await nitrogen.locator(".advice-price").textContent())).toContain(
    "₽800 – ₽1,160, median ₽850",
  );
  const sessions = nitrogen
    .locator(".fact-sheet__row")
    .filter({ has: page.locator("dt", { hasText: /^Sessions$/ }) });
  await visible(sessions.getByText("Sources disagree"));
  expect(plain(await sessions.textContent())).toContain("10–12 sessions (article 004)");
  await fitsThePhone(page);
  await noSeriousViolations(page, "advisor-en-results");
  await screenshot(page, "advisor-en-results");
  await screenshotOf(cryodestruction, "advisor-en-cryodestruction");
});

test("in Russian: warts with epilepsy shows cryodestruction as not suitable, with the reason and Moscow prices", async () => {
  const page = await app.freshPage(PHONE);
  await page.goto(`${app.baseUrl}/advisor`);
  await visible(page.getByRole("heading", { name: "Какая холодовая процедура вам подойдёт?", level: 1 }));
  await visible(page.getByText("Это не медицинская консультация."));
  await noSeriousViolations(page, "advisor-ru-concerns");
  await page.getByLabel("Бородавки и папилломы").check();
  await page.getByRole("button", { name: "Далее: вопросы о здоровье" }).click();
  await visible(page.getByRole("heading", { name: /Ваше здоровье/, level: 2 }));
  await page.getByLabel("Эпилепсия").check();
  await fitsThePhone(page);
  await noSeriousViolations(page, "advisor-ru-health");
  await screenshot(page, "advisor-ru-health");

  await page.getByRole("button", { name: "Показать процедуры" }).click();
  await page.getByLabel("Город для цен").selectOption({ label: "Москва" });
  const cryodestruction = card(page, /^Криодеструкция/);
  await visible(cryodestruction.getByText("Не подходит", { exact: true }));
  await visible(cryodestruction.getByText("Эпилепсия — противопоказание."));
  await visible(cryodestruction.getByText("Помогает при: Бородавки и папилломы"));
  expect(plain(await cryodestruction.locator(".advice-price").textContent())).toContain(
    "1 500 ₽ – 2 500 ₽, медиана 2 000 ₽",
  );
  expect(
    plain(
      await card(page, /^Криомассаж жидким азотом/)
        .locator(".advice-price")
        .textContent(),
    ),
  ).toContain("800 ₽ – 1 160 ₽, медиана 850 ₽");
  await fitsThePhone(page);
  await noSeriousViolations(page, "advisor-ru-results");
  await screenshot(page, "advisor-ru-results");
  await screenshotOf(cryodestruction, "advisor-ru-cryodestruction");
});

test("38 kg with joint pain: the cryosauna is shown as not suitable with the weight reason, after the suitable ones", async () => {
  const page = await app.freshPage(PHONE);
  await page.goto(`${app.baseUrl}/advisor`);
  await page.getByLabel("Боль в суставах и травмы").check();
  await page.getByRole("button", { name: "Далее: вопросы о здоровье" }).click();
  await page.getByLabel("Вес, кг").fill("38");
  await page.getByRole("button", { name: "Показать процедуры" }).click();

  const cryosauna = card(page, /^Криосауна/);
  await visible(cryosauna.getByText("Не подходит", { exact: true }));
  await visible(cryosauna.getByText("Вес 38 кг меньше минимума (40 кг)."));
  // Never hidden, only ranked: what suits comes first, what does not suit comes last.
  const verdicts = await page.locator("li.advice .verdict").allTextContents();
  expect(verdicts.length).toBeGreaterThan(1);
  expect(verdicts.at(-1)).toContain("Не подходит");
  expect(verdicts[0]).not.toContain("Не подходит");
  await fitsThePhone(page);
  await noSeriousViolations(page, "advisor-weight-results");
  await screenshotOf(cryosauna, "advisor-cryosauna-weight");
});

test("a keyboard alone completes an advisor run, with the focus always visible", async () => {
  const page = await app.freshPage(PHONE);
  await page.goto(`${app.baseUrl}/advisor`);
  await visible(page.getByRole("heading", { level: 1 }));

  const warts = page.getByLabel("Бородавки и папилломы");
  await tabTo(page, warts);
  expect(await focusRing(page)).not.toBe("none");
  await page.keyboard.press("Space");
  expect(await warts.isChecked()).toBe(true);
  const next = page.getByRole("button", { name: "Далее: вопросы о здоровье" });
  await tabTo(page, next);
  expect(await focusRing(page)).not.toBe("none");
  await page.keyboard.press("Enter");

  // The next step's heading takes focus, so reading and tabbing continue from there.
  const healthHeading = await visible(page.getByRole("heading", { name: /Ваше здоровье/, level: 2 }));
  expect(await healthHeading.evaluate((element) => element === document.activeElement)).toBe(true);
  await tabTo(page, page.getByLabel("Вес, кг"));
  await page.keyboard.type("70");
  const migraine = page.getByLabel("Мигрень");
  await tabTo(page, migraine);
  expect(await focusRing(page)).not.toBe("none");
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Показать процедуры" }));
  await page.keyboard.press("Enter");

  const resultsHeading = await visible(page.getByRole("heading", { name: /Процедуры для вас/, level: 2 }));
  expect(await resultsHeading.evaluate((element) => element === document.activeElement)).toBe(true);
  const city = page.getByLabel("Город для цен");
  await tabTo(page, city);
  for (let presses = 0; presses < 12 && (await city.inputValue()) !== "Moscow"; presses++) {
    await page.keyboard.press("ArrowDown");
  }
  expect(await city.inputValue()).toBe("Moscow");
  const nitrogen = card(page, /^Криомассаж жидким азотом/);
  await visible(nitrogen.getByText("Решает врач", { exact: true }));
  expect(plain(await nitrogen.locator(".advice-price").textContent())).toContain("800 ₽ – 1 160 ₽");
  await screenshot(page, "advisor-keyboard-results");

  await tabTo(page, page.getByRole("button", { name: "Начать заново" }));
  await page.keyboard.press("Enter");
  const concernsHeading = await visible(page.getByRole("heading", { name: /Что беспокоит/, level: 2 }));
  expect(await concernsHeading.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await page.getByLabel("Бородавки и папилломы").isChecked()).toBe(false);
});
