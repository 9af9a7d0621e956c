import type { Page } from "playwright-core";
import { Temporal } from "temporal-polyfill";
import { expect, test } from "vitest";
import { appForThisFile, logIn, screenshot, screenshotOf } from "./support/app-under-test.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { gone, visible } from "./support/expectations.ts";
import { type Api, type Listed, screen, staffApi } from "./support/staff-api.ts";

// An adverse event on the client's page: recorded by a practitioner's judgement, it pauses
// the client's course and blocks booking at once; recovery, recorded with a note, lets the
// client be booked again while the course stays paused until someone resumes it.

const app = appForThisFile();

interface PlannedSession {
  number: number;
  start: string;
  practitioner: { id: string };
}

interface Slot {
  start: string;
  practitionerIds: string[];
}

async function iceCryomassage(api: Api): Promise<{ clinicId: string; offeringId: string }> {
  const [clinic] = (await api<Listed<{ id: string }>>("GET", "/clinics")).items;
  const offerings = await api<Listed<{ id: string; procedureId: string }>>(
    "GET",
    `/clinics/${clinic?.id}/offerings`,
  );
  const offering = offerings.items.find((candidate) => candidate.procedureId === "ice-cryomassage");
  if (!clinic || !offering) throw new Error("No ice cryomassage offering in the demo clinic.");
  return { clinicId: clinic.id, offeringId: offering.id };
}

/** A whole course booked as the planner proposes it. */
async function bookCourse(api: Api, clientId: string, offeringId: string): Promise<void> {
  const plan = { clientId, offeringId };
  const proposal = await api<{ sessions: PlannedSession[] }>("POST", "/courses/plan", plan);
  await api("POST", "/courses", {
    plan,
    sessions: proposal.sessions.map((s) => ({
      number: s.number,
      start: s.start,
      practitionerId: s.practitioner.id,
    })),
  });
}

/** A single session well after the course's, to try booking the client. */
async function laterSlot(api: Api, clinicId: string, offeringId: string): Promise<Slot> {
  const from = Temporal.Now.plainDateISO("Europe/Moscow").add({ days: 60 });
  const { slots } = await api<{ slots: Slot[] }>(
    "GET",
    `/clinics/${clinicId}/availability?offering=${offeringId}&from=${from}&to=${from.add({ days: 7 })}`,
  );
  if (!slots[0]) throw new Error("No free ice cryomassage start two months from now.");
  return slots[0];
}

const HOUR = 60 * 60 * 1000;

/** "2026-11-20T11:30" on the browser's clock, `offsetMs` from now: what a datetime-local box takes. */
const browserClock = (page: Page, offsetMs: number) =>
  page.evaluate((offset) => {
    const at = new Date(Date.now() + offset);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
  }, offsetMs);

const panelOf = (page: Page) => page.getByRole("region", { name: "Нежелательные явления" });

const noHorizontalScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );

test("a cold burn recorded on the client's page pauses their course and blocks booking until recovery", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  const client = await screen(api, "Орлова");
  const { clinicId, offeringId } = await iceCryomassage(api);
  await bookCourse(api, client, offeringId);
  const slot = await laterSlot(api, clinicId, offeringId);
  const booking = {
    clientId: client,
    offeringId,
    start: slot.start,
    practitionerId: slot.practitionerIds[0],
  };

  await page.goto(`${app.baseUrl}/clients/${client}`);
  const course = page.getByRole("article", { name: "Криомассаж льдом" });
  await visible(course.getByText("Предстоит: 10"));
  const panel = panelOf(page);
  await visible(panel.getByText("Нежелательных явлений не было."));

  // The form opens on the current minute and says what saving does.
  await panel.getByRole("button", { name: "Записать нежелательное явление" }).click();
  const form = panel.locator("form");
  expect(await form.getByLabel("Когда началось").inputValue()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
  await visible(form.getByText("После записи все активные курсы клиента будут приостановлены"));
  // Nothing chosen or described: every missing field says so, and the first takes focus.
  await form.getByRole("button", { name: "Записать явление" }).click();
  await visible(form.getByText("Выберите вид явления."));
  await visible(form.getByText("Выберите тяжесть."));
  await visible(form.getByText("Опишите, что произошло."));
  expect(await form.getByLabel("Вид").evaluate((element) => element === document.activeElement)).toBe(true);
  // An onset still to come is a slip, caught before it is sent.
  await form.getByLabel("Когда началось").fill(await browserClock(page, 24 * HOUR));
  await form.getByRole("button", { name: "Записать явление" }).click();
  await visible(form.getByText("Начало не может быть в будущем."));
  await form.getByLabel("Когда началось").fill(await browserClock(page, -HOUR));

  await form.getByLabel("Вид").selectOption({ label: "Холодовой ожог" });
  await form.getByLabel("Тяжесть").selectOption({ label: "Средняя" });
  await form.getByLabel("Что произошло").fill("Пузырь 1 см на левой щеке через 20 минут после сеанса");
  await form.getByLabel("Что сделано").fill("Сухая асептическая повязка, без растирания");
  await form.getByLabel("Дальнейшее наблюдение").fill("Осмотр через 3 дня");
  expect(await seriousAxeViolations(page, "adverse-event-form")).toEqual([]);
  await screenshotOf(panel, "adverse-event-form");
  const recorded = page.waitForResponse(
    (response) => response.url().endsWith("/adverse-events") && response.request().method() === "POST",
  );
  await form.getByRole("button", { name: "Записать явление" }).click();
  const response = await recorded;
  expect(response.status()).toBe(201);
  expect(response.request().headers()["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(response.request().postDataJSON()).toMatchObject({
    type: "cold-burn",
    severity: "moderate",
    onsetAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00([+-]\d\d:\d\d|Z)$/),
  });

  // What recording did: the course is paused, right here and in the courses panel.
  const outcome = panel.getByRole("region", { name: "Записано: Холодовой ожог" });
  await visible(outcome.getByText("Приостановлены курсы: Криомассаж льдом."));
  await visible(outcome.getByText("Новая запись закрыта, пока не отмечено восстановление."));
  expect(
    await outcome
      .getByRole("heading")
      .first()
      .evaluate((element) => element === document.activeElement),
  ).toBe(true);
  await visible(course.getByText("Приостановлен", { exact: true }));
  await visible(course.getByText("Отложен: 10"));
  await visible(
    course.getByText(/^Приостановлен из-за нежелательного явления: Холодовой ожог, тяжесть средняя, с /),
  );
  await visible(course.getByText("Возобновить можно после того, как специалист отметит восстановление."));
  expect(await course.getByRole("button", { name: "Возобновить" }).count()).toBe(0);
  const event = panel.getByRole("article", { name: "Холодовой ожог" });
  await visible(event.getByText("Восстановление не отмечено — процедуры холодом запрещены"));
  await visible(event.getByText("Средняя"));
  await visible(event.getByText("Пузырь 1 см на левой щеке"));
  await visible(event.getByText("Осмотр через 3 дня"));
  await visible(panel.getByText(/^Процедуры холодом запрещены/));
  expect(await seriousAxeViolations(page, "adverse-event-recorded")).toEqual([]);
  await screenshot(page, "adverse-event-recorded");
  await screenshotOf(panel, "adverse-event-recorded-panel");

  // The server refuses to book the client meanwhile, naming the event.
  await expect(api("POST", "/appointments", booking)).rejects.toThrow(/: 422 .*"adverse-event-unrecovered"/);

  // Recovery: the practitioner's note is required.
  await event.getByRole("button", { name: "Отметить восстановление" }).click();
  const note = event.getByLabel("Заключение специалиста");
  expect(await note.evaluate((element) => element === document.activeElement)).toBe(true);
  await event.getByRole("button", { name: "Подтвердить восстановление" }).click();
  await visible(event.getByText("Опишите, как клиент восстановился."));
  await note.fill("Кожа зажила, рубца нет");
  await event.getByRole("button", { name: "Подтвердить восстановление" }).click();
  await visible(event.getByText(/^Восстановление отмечено /));
  await visible(event.getByText("Кожа зажила, рубца нет"));
  await visible(
    panel.getByRole("status").filter({
      hasText: "Приостановленные курсы остаются на паузе, пока их не возобновят: Криомассаж льдом.",
    }),
  );
  await gone(panel.getByText(/^Процедуры холодом запрещены/));
  await gone(event.getByRole("button", { name: "Отметить восстановление" }));
  // The course stays paused until someone decides to resume it; booking works again.
  await visible(course.getByText("Приостановлен", { exact: true }));
  await visible(course.getByText("Восстановление отмечено: курс можно возобновить."));
  await visible(course.getByRole("button", { name: "Возобновить" }));
  expect((await api<{ id: string }>("POST", "/appointments", booking)).id).toMatch(/^[0-9a-f-]{36}$/);
  expect(await seriousAxeViolations(page, "adverse-event-recovered")).toEqual([]);
  await screenshotOf(panel, "adverse-event-recovered-panel");

  // In English, the same event in English words.
  await page.getByRole("button", { name: /^EN/ }).click();
  const inEnglish = page.getByRole("region", { name: "Adverse events" });
  await visible(inEnglish.getByRole("article", { name: "Cold burn" }).getByText(/^Recovered /));
});

test("on a phone an event without a course is recorded and recovered, and the panel fits the screen", async () => {
  const page = await app.freshPage({ width: 390, height: 844 });
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  const client = await screen(api, "Григорьев");
  await page.goto(`${app.baseUrl}/clients/${client}`);
  const panel = panelOf(page);
  await panel.getByRole("button", { name: "Записать нежелательное явление" }).click();
  const form = panel.locator("form");
  await form.getByLabel("Вид").selectOption({ label: "Отёк сверх ожидаемого" });
  await form.getByLabel("Тяжесть").selectOption({ label: "Лёгкая" });
  await form.getByLabel("Что произошло").fill("Отёк предплечья держится с утра");
  await noHorizontalScroll(page);
  await screenshotOf(panel, "adverse-event-form-phone");
  await form.getByRole("button", { name: "Записать явление" }).click();

  const outcome = panel.getByRole("region", { name: "Записано: Отёк сверх ожидаемого" });
  await visible(outcome.getByText("Активных курсов у клиента не было — приостанавливать нечего."));
  const event = panel.getByRole("article", { name: "Отёк сверх ожидаемого" });
  await visible(event.getByText("Восстановление не отмечено — процедуры холодом запрещены"));
  await noHorizontalScroll(page);
  expect(await seriousAxeViolations(page, "adverse-event-phone")).toEqual([]);
  await screenshot(page, "adverse-event-phone");
  await screenshotOf(panel, "adverse-event-panel-phone");

  await event.getByRole("button", { name: "Отметить восстановление" }).click();
  await event.getByLabel("Заключение специалиста").fill("Отёк сошёл");
  await noHorizontalScroll(page);
  await screenshotOf(event, "adverse-event-recovery-phone");
  await event.getByRole("button", { name: "Подтвердить восстановление" }).click();
  await visible(
    panel.getByRole("status").filter({ hasText: "Восстановление отмечено: клиента снова можно записывать." }),
  );
  await visible(event.getByText(/^Восстановление отмечено /));
});

test("a receptionist reads the events but cannot record them, and the server refuses them too", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl, "reception@demo.cryodesk.dev");
  const api = await staffApi(page, app.baseUrl);
  const client = await screen(api, "Белова");
  await page.goto(`${app.baseUrl}/clients/${client}`);
  const panel = panelOf(page);
  await visible(panel.getByText("Нежелательных явлений не было."));
  await visible(
    panel.getByText("Нежелательные явления и восстановление отмечают владелец, администратор и специалисты."),
  );
  expect(await panel.getByRole("button", { name: "Записать нежелательное явление" }).count()).toBe(0);
  await expect(
    api("POST", `/clients/${client}/adverse-events`, {
      type: "pain",
      severity: "mild",
      onsetAt: new Date().toISOString(),
      description: "Боль после сеанса",
    }),
  ).rejects.toThrow(/: 403 /);
});
