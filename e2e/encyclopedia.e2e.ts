import { expect, test } from "vitest";
import { appForThisFile, screenshot, screenshotOf } from "./support/app-under-test.ts";
import { gone, visible } from "./support/expectations.ts";

// The public encyclopedia: no login, every fact with its source, every disagreement shown,
// and "what helps with…" in either language.

const app = appForThisFile();

/** Intl writes no-break spaces between numbers and units; compare with plain ones. */
const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

test("from the login page a visitor opens a procedure and sees where the sources disagree", async () => {
  const page = await app.freshPage();
  await page.getByRole("link", { name: "Энциклопедия" }).click();
  await visible(page.getByRole("heading", { name: "Энциклопедия холодовых процедур", level: 1 }));
  for (const purpose of ["Косметология", "Медицина", "Физиотерапия", "Оздоровление"]) {
    await visible(page.getByRole("heading", { name: purpose, level: 2 }));
  }
  await screenshot(page, "encyclopedia");

  // Nitrogen cryomassage is both cosmetic and medical: it is listed under each.
  const nitrogen = page.getByRole("link", { name: "Криомассаж жидким азотом (криолифтинг)" });
  expect(await nitrogen.count()).toBe(2);
  await nitrogen.first().click();
  await page.waitForURL(`${app.baseUrl}/encyclopedia/nitrogen-cryomassage`);
  await visible(page.getByRole("heading", { name: "Криомассаж жидким азотом (криолифтинг)", level: 1 }));

  // Session length: three articles, three claims side by side, each with its own sources.
  const session = page.locator(".fact-sheet__row").filter({ has: page.getByText("Сеанс", { exact: true }) });
  await visible(session.getByRole("note").getByText("Источники расходятся"));
  await visible(session.getByText("Длительность сеанса криомассажа азотом"));
  const claims = session.getByRole("list", { name: "Что говорит каждый источник" }).getByRole("listitem");
  expect(await claims.count()).toBe(3);
  expect(plain(await claims.nth(0).textContent())).toContain("примерно 2–5 мин");
  expect(plain(await claims.nth(0).textContent())).toContain("000 · стр. 32");
  expect(plain(await claims.nth(1).textContent())).toContain("10–20 мин");
  expect(plain(await claims.nth(1).textContent())).toContain("001 · стр. 105");
  expect(plain(await claims.nth(2).textContent())).toContain("10–15 мин");
  expect(plain(await claims.nth(2).textContent())).toContain("004 · стр. 93");
  await screenshotOf(page.locator(".fact-sheet").first(), "procedure-conflicts");

  // A reference shows its excerpt on hover and leads to its footnote under "Sources".
  const reference = claims.nth(0).getByRole("link", { name: "000 · стр. 32" });
  expect(await reference.getAttribute("title")).toContain("lasts approximately 2-5 minutes");
  await reference.click();
  await page.waitForURL(`${app.baseUrl}/encyclopedia/nitrogen-cryomassage#cite-000_6f82df9865416c89-32`);
  const footnote = await visible(page.locator("#cite-000_6f82df9865416c89-32"));
  expect(await footnote.textContent()).toContain("000_6f82df9865416c89.txt");
  expect(await footnote.textContent()).toContain("lasts approximately 2-5 minutes");
  await visible(page.getByRole("heading", { name: "Источники", level: 2 }));

  // Contraindications are grouped; where an article leaves it to judgement, a specialist decides.
  await visible(page.getByRole("heading", { name: "Исключают процедуру — постоянные", level: 3 }));
  await visible(page.getByRole("heading", { name: "Только в зоне воздействия — временные", level: 3 }));
  await visible(page.getByText("Решает специалист"));
});

test("“What helps with…” finds warts in English and in Russian and leads to cryodestruction", async () => {
  const page = await app.freshPage();
  await page.goto(`${app.baseUrl}/encyclopedia`);
  const search = page.getByLabel("Что помогает при…");
  await search.fill("warts");
  const result = await visible(page.locator(".help-result").filter({ hasText: "Бородавки и папилломы" }));
  await screenshot(page, "encyclopedia-search-warts");
  await result.getByRole("link", { name: "Криодеструкция (удаление новообразований жидким азотом)" }).click();
  await page.waitForURL(`${app.baseUrl}/encyclopedia/cryodestruction`);
  await visible(page.getByRole("heading", { name: /^Криодеструкция/, level: 1 }));
  await visible(page.getByText("Бородавки и папилломы").first());

  // Back to the search as it was left.
  await page.goBack();
  expect(await page.getByLabel("Что помогает при…").inputValue()).toBe("warts");
  await visible(page.locator(".help-result").filter({ hasText: "Бородавки и папилломы" }));

  await page.getByLabel("Что помогает при…").fill("бородавки");
  await page.waitForURL(
    `${app.baseUrl}/encyclopedia?q=%D0%B1%D0%BE%D1%80%D0%BE%D0%B4%D0%B0%D0%B2%D0%BA%D0%B8`,
  );
  await visible(
    page
      .locator(".help-result")
      .filter({ hasText: "Бородавки и папилломы" })
      .getByRole("link", { name: "Криодеструкция (удаление новообразований жидким азотом)" }),
  );
  await screenshot(page, "encyclopedia-search-russian");

  await page.getByLabel("Что помогает при…").fill("чешуйчатый единорог");
  await visible(page.getByText("В энциклопедии ничего не найдено по запросу «чешуйчатый единорог»."));

  await page.getByRole("button", { name: "EN English" }).click();
  await page.getByLabel("What helps with…").fill("бородавки");
  await visible(
    page.getByRole("link", { name: "Cryodestruction (removal of growths with liquid nitrogen)" }),
  );
  await gone(page.getByText("Бородавки и папилломы"));
});

test("at phone width a procedure page reads without sideways scrolling and marks editorial values", async () => {
  const page = await app.freshPage({ width: 360, height: 780 });
  await page.goto(`${app.baseUrl}/encyclopedia/cryosauna`);
  await visible(page.getByRole("heading", { name: "Криосауна (общая криотерапия)", level: 1 }));
  // Nobody in the articles says who runs the cryosauna: the editors' choice is marked as theirs.
  const performers = page
    .locator(".fact-sheet__row")
    .filter({ has: page.getByText("Проводит", { exact: true }) });
  await visible(performers.getByText("Редакция"));
  expect(await performers.textContent()).toContain("The articles do not say who runs the cryosauna.");
  await visible(page.getByRole("note").getByText("Источники расходятся").first());
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, "phone-procedure");
});
