import type { Page } from "playwright-core";
import { Temporal } from "temporal-polyfill";
import { expect, test } from "vitest";
import { appForThisFile, logIn, screenshot, screenshotOf } from "./support/app-under-test.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { gone, visible } from "./support/expectations.ts";
import { type Api, type Listed, screen, staffApi } from "./support/staff-api.ts";

// Courses from the front desk: planned in the booking wizard under the procedure's rules
// (with every article's claim and its source), booked at once, then followed on the
// client's page — progress, restrictions, a re-plan after a cancellation, pause, resume, cancel.

const app = appForThisFile();

/** The planner's answer, as much of it as a test reads. */
interface PlanAnswer {
  alternatives: {
    otherTimes?: { sessions: { date: string; start: string; practitioner: { id: string } }[] };
  };
}

interface PlannedSession {
  number: number;
  date: string;
  start: string;
  practitioner: { id: string };
}

interface CourseSessionView {
  number: number;
  state: string;
  appointment: { id: string; start: string; practitioner: { id: string } };
}

async function offeringId(api: Api, procedureId: string): Promise<string> {
  const [clinic] = (await api<Listed<{ id: string }>>("GET", "/clinics")).items;
  const offerings = await api<Listed<{ id: string; procedureId: string }>>(
    "GET",
    `/clinics/${clinic?.id}/offerings`,
  );
  const offering = offerings.items.find((candidate) => candidate.procedureId === procedureId);
  if (!offering) throw new Error(`No ${procedureId} offering in the demo clinic.`);
  return offering.id;
}

/** Client and procedure in the wizard, then "a course": the plan step, planned once with the rules' values. */
async function openCoursePlan(page: Page, client: string, procedure: string): Promise<void> {
  await page.goto(`${app.baseUrl}/calendar`);
  await page.getByRole("link", { name: "Новая запись" }).click();
  await page.getByLabel("Найти клиента").fill(client.split(" ")[0] ?? client);
  await page.getByRole("radio", { name: client }).check();
  await page.getByRole("button", { name: "Далее" }).click();
  await page.getByRole("radio", { name: new RegExp(`^${procedure}`) }).check();
  await page.getByRole("radio", { name: /^Курс/ }).check();
  await page.getByRole("button", { name: "Далее" }).click();
  await visible(page.getByRole("heading", { name: "Спланируйте курс" }));
}

const proposedSessions = (page: Page) =>
  page.getByRole("list", { name: "Сеансы курса" }).getByRole("listitem");

test("a course is planned with its rules and sources, booked at once, and followed on the client's page", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  const client = await screen(api, "Захарова");

  await openCoursePlan(page, "Захарова Ольга", "Криомассаж жидким азотом");
  // The rules' own values fill the form: ten sessions, two to seven days apart.
  await visible(page.getByRole("status").filter({ hasText: "Весь курс помещается" }));
  expect(await page.getByLabel("Сеансов", { exact: true }).inputValue()).toBe("10");
  expect(await page.getByLabel("Дней между, не меньше").inputValue()).toBe("2");
  expect(await page.getByLabel("Дней между, не больше").inputValue()).toBe("7");
  // The articles disagree on the spacing: both claims are shown, each with its own source.
  const rules = page.getByRole("region", { name: "Правила курса" });
  await visible(rules.getByText("через 7 дней (000:32)"));
  await visible(rules.getByText("через 2–3 дня (001:105, 004:93)"));
  await visible(rules.getByText("Статьи расходятся").first());

  // Mondays, Wednesdays and Fridays, mornings, one practitioner throughout.
  for (const day of ["пн", "ср", "пт"]) await page.getByRole("checkbox", { name: day, exact: true }).check();
  await page.getByLabel("Удобное время с").fill("10:00");
  await page.getByLabel("Удобное время до").fill("13:00");
  await page.getByRole("checkbox", { name: "Один специалист на все сеансы" }).check();
  await visible(page.getByText("Пожелания изменились: спланируйте курс заново"));
  const replanned = page.waitForResponse((response) => response.url().endsWith("/api/v1/courses/plan"));
  await page.getByRole("button", { name: "Спланировать курс" }).click();
  expect((await replanned).status()).toBe(200);
  await gone(page.getByText("Пожелания изменились"));
  await visible(page.getByRole("status").filter({ hasText: "Весь курс помещается" }));
  const sessions = proposedSessions(page);
  expect(await sessions.count()).toBe(10);
  const lines = await sessions.allTextContents();
  for (const line of lines) expect(line).toMatch(/^Сеанс \d+(пн|ср|пт), \d+ [а-я]+\.?, (1[0-2]):\d\d–/);
  expect(new Set(lines.map((line) => line.match(/\d\d:\d\d–\d\d:\d\d(.+?)(·|$)/)?.[1]?.trim())).size).toBe(1);
  expect(await seriousAxeViolations(page, "course-plan")).toEqual([]);
  await screenshot(page, "course-plan");
  await screenshotOf(page.getByRole("region", { name: "Предлагаемые сеансы" }), "course-proposal");

  await page.getByRole("button", { name: "Далее" }).click();
  await visible(page.getByRole("heading", { name: "Проверьте и запишите на курс" }));
  await visible(page.getByText(/^10 × .+ за сеанс = .+₽$/));
  expect(await seriousAxeViolations(page, "course-confirm")).toEqual([]);
  await screenshot(page, "course-confirm");
  const booked = page.waitForResponse(
    (response) => response.url().endsWith("/api/v1/courses") && response.request().method() === "POST",
  );
  await page.getByRole("button", { name: "Записать на курс" }).click();
  const response = await booked;
  expect(response.status()).toBe(201);
  expect(response.request().headers()["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);

  // The client's page: the course with its progress and what to avoid while it runs.
  await page.waitForURL(`${app.baseUrl}/clients/${client}`);
  await visible(page.getByRole("status").filter({ hasText: "Захарова Ольга: курс (10 сеансов) записан" }));
  const course = page.getByRole("article", { name: "Криомассаж жидким азотом (криолифтинг)" });
  await visible(course.getByText("Проведено сеансов: 0 из 10"));
  await visible(course.getByText("Предстоит: 10"));
  await visible(course.getByText(/На время курса откажитесь от саун и бань.+\(004:96\)/));
  expect(
    await course
      .getByRole("list", { name: /^Сеансы курса/ })
      .getByRole("listitem")
      .count(),
  ).toBe(10);
  expect(await seriousAxeViolations(page, "client-course")).toEqual([]);
  await screenshot(page, "client-course");
  await screenshotOf(course, "client-course-card");

  // In English, the restriction is the catalog's English text, with the same source.
  await page.getByRole("button", { name: /^EN/ }).click();
  const inEnglish = page.getByRole("article", { name: "Криомассаж жидким азотом (криолифтинг)" });
  await visible(inEnglish.getByText("0 of 10 sessions done"));
  await visible(inEnglish.getByText(/During the course avoid saunas and baths.+\(004:96\)/));
  await visible(inEnglish.getByRole("button", { name: "Re-plan" }));
});

test("a course that does not fit names the session and the rule; an alternative, a refused move and a taken slot", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  await screen(api, "Николаева");
  const other = await screen(api, "Белова");

  // Ice cryomassage only in the evening: nobody qualified works then.
  await openCoursePlan(page, "Николаева Светлана Юрьевна", "Криомассаж льдом");
  await visible(page.getByRole("status").filter({ hasText: "Весь курс помещается" }));
  await page.getByLabel("Удобное время с").fill("19:00");
  await page.getByLabel("Удобное время до").fill("21:00");
  await page.getByRole("checkbox", { name: "Только в эти часы" }).check();
  const answer = page.waitForResponse((response) => response.url().endsWith("/api/v1/courses/plan"));
  await page.getByRole("button", { name: "Спланировать курс" }).click();
  const plan = (await (await answer).json()) as PlanAnswer;
  const otherTimes = plan.alternatives.otherTimes?.sessions ?? [];
  expect(otherTimes).toHaveLength(10);
  const problem = page.getByRole("alert").filter({ hasText: "Курс не укладывается в свои правила." });
  await visible(
    problem.getByText(/^Сеанс 1 не помещается: с .+ по .+ нет свободного времени в выбранные часы\.$/),
  );
  expect(await page.getByRole("button", { name: "Далее" }).isDisabled()).toBe(true);
  expect(await seriousAxeViolations(page, "course-does-not-fit")).toEqual([]);
  await screenshot(page, "course-does-not-fit");
  await screenshotOf(page.getByRole("region", { name: "Предлагаемые сеансы" }), "course-problem");

  await problem.getByRole("button", { name: "В другое время дня" }).click();
  await visible(page.getByRole("status").filter({ hasText: "Выбрано: другое время дня." }));
  expect(await proposedSessions(page).count()).toBe(10);
  await page.getByRole("button", { name: "Далее" }).click();
  await visible(page.getByRole("heading", { name: "Проверьте и запишите на курс" }));

  // Session 2 moved by hand to the day after session 1: the server refuses it, next to that session.
  await page.getByRole("button", { name: "Изменить сеанс 2" }).click();
  const editor = page.getByRole("group", { name: "Новое время сеанса 2" });
  expect(await editor.getByLabel("Дата").evaluate((element) => element === document.activeElement)).toBe(
    true,
  );
  await screenshotOf(proposedSessions(page).nth(1), "course-move-editor");
  await editor.getByLabel("Дата").fill(nextDay(otherTimes[0]?.date ?? ""));
  await editor.getByRole("button", { name: "Взять это время" }).click();
  await visible(proposedSessions(page).nth(1).getByText("перенесён"));
  await page.getByRole("button", { name: "Записать на курс" }).click();
  await visible(page.getByRole("alert").filter({ hasText: "Сеанс 2: Всего 1 дн. после предыдущего сеанса" }));
  await visible(
    proposedSessions(page).nth(1).getByText("Всего 1 дн. после предыдущего сеанса; курсу нужно не меньше 2."),
  );
  expect(await seriousAxeViolations(page, "course-move-refused")).toEqual([]);
  await screenshot(page, "course-move-refused");
  await screenshotOf(proposedSessions(page).nth(1), "course-move-refused-session");
  await proposedSessions(page).nth(1).getByRole("button", { name: "Вернуть" }).click();

  // Session 5's time goes to another client meanwhile: the course is planned again at once,
  // with the same wishes and the alternative taken before.
  const fifth = otherTimes[4];
  await api("POST", "/appointments", {
    clientId: other,
    offeringId: await offeringId(api, "ice-cryomassage"),
    start: fifth?.start,
    practitionerId: fifth?.practitioner.id,
  });
  const replanned = page.waitForResponse((response) => response.url().endsWith("/api/v1/courses/plan"));
  await page.getByRole("button", { name: "Записать на курс" }).click();
  const taken = page.getByRole("alert").filter({ hasText: "Время сеанса 5 только что заняли." });
  await visible(taken.getByText("Курс спланирован заново"));
  const fresh = ((await (await replanned).json()) as PlanAnswer).alternatives.otherTimes?.sessions ?? [];
  expect(fresh.map((session) => session.start)).not.toContain(fifth?.start);
  await visible(page.getByRole("status").filter({ hasText: "Выбрано: другое время дня." }));
  const fifthNow = proposedSessions(page).nth(4);
  const format = new Intl.DateTimeFormat("ru", {
    timeZone: "Europe/Moscow",
    hour: "2-digit",
    minute: "2-digit",
  });
  await visible(fifthNow.getByText(format.format(new Date(fresh[4]?.start ?? "")), { exact: false }));
  expect(await seriousAxeViolations(page, "course-slot-taken")).toEqual([]);
  await screenshot(page, "course-slot-taken");
  await page.getByRole("button", { name: "Записать на курс" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/clients/"));
  await visible(page.getByRole("article", { name: "Криомассаж льдом" }).getByText("Предстоит: 10"));
});

test("after a cancelled session the rest is re-planned from the client's page, before and after; the course is paused and resumed", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  const client = await screen(api, "Федоров");
  const plan = { clientId: client, offeringId: await offeringId(api, "ice-cryomassage") };
  const proposal = await api<{ sessions: PlannedSession[] }>("POST", "/courses/plan", plan);
  await api("POST", "/courses", {
    plan,
    sessions: proposal.sessions.map((s) => ({
      number: s.number,
      start: s.start,
      practitionerId: s.practitioner.id,
    })),
  });
  await page.goto(`${app.baseUrl}/clients/${client}`);
  const course = page.getByRole("article", { name: "Криомассаж льдом" });
  await visible(course.getByText("Предстоит: 10"));

  // The second session is cancelled at the desk; the rest of the course is planned again.
  const [booking] = (
    await api<Listed<{ id: string; sessions: CourseSessionView[] }>>("GET", `/clients/${client}/courses`)
  ).items;
  const second = booking?.sessions.find((session) => session.number === 2);
  await api("POST", `/appointments/${second?.appointment.id}/cancel`, { reason: "Клиентка заболела" });
  await page.reload();
  await visible(course.getByText("Отменён: 1"));
  await course.getByRole("button", { name: "Перепланировать" }).click();
  const replan = course.getByRole("region", { name: "Перепланировать оставшиеся сеансы" });
  const before = replan.getByRole("region", { name: "Записано сейчас" }).getByRole("listitem");
  const after = replan.getByRole("region", { name: "После перепланирования" }).getByRole("listitem");
  await visible(after);
  expect(await before.count()).toBe(9);
  expect(await after.count()).toBe(10);
  expect(await seriousAxeViolations(page, "course-replan")).toEqual([]);
  await screenshot(page, "course-replan");
  await replan.getByRole("button", { name: "Применить новое время" }).click();
  await visible(course.getByText("Курс перепланирован."));
  await visible(course.getByText("Предстоит: 10"));
  // The whole course again, from the next days on, two to three days apart.
  const [applied] = (
    await api<Listed<{ sessions: CourseSessionView[] }>>("GET", `/clients/${client}/courses`)
  ).items;
  const dates = (applied?.sessions ?? [])
    .filter((session) => session.state === "upcoming")
    .map((session) => Temporal.PlainDate.from(session.appointment.start.slice(0, 10)));
  const today = Temporal.Now.plainDateISO("Europe/Moscow");
  expect(dates).toHaveLength(10);
  expect(today.until(dates[0] as Temporal.PlainDate).days).toBeLessThanOrEqual(7);
  for (const [index, date] of dates.slice(1).entries()) {
    expect((dates[index] as Temporal.PlainDate).until(date).days).toBeGreaterThanOrEqual(2);
    expect((dates[index] as Temporal.PlainDate).until(date).days).toBeLessThanOrEqual(3);
  }

  // Paused after a reaction: the reason is required, and the sessions stop holding their times.
  await course.getByRole("button", { name: "Приостановить", exact: true }).click();
  await course.getByRole("button", { name: "Приостановить курс" }).click();
  await visible(course.getByText("Укажите, почему курс приостановлен."));
  const reason = course.getByLabel("Почему курс приостановлен?");
  expect(await reason.evaluate((element) => element === document.activeElement)).toBe(true);
  await reason.fill("Покраснение после сеанса 1: ждём, пока кожа успокоится");
  await course.getByRole("button", { name: "Приостановить курс" }).click();
  await visible(course.getByText("Приостановлен: Покраснение после сеанса 1"));
  await visible(course.getByText("Отложен: 10"));
  expect(await seriousAxeViolations(page, "course-paused")).toEqual([]);
  await screenshot(page, "course-paused");

  await course.getByRole("button", { name: "Возобновить" }).click();
  await visible(course.getByText("Курс снова идёт."));
  await course.getByRole("button", { name: "Перепланировать" }).click();
  await replan.getByRole("button", { name: "Применить новое время" }).click();
  await visible(course.getByText("Предстоит: 10"));
  await visible(course.getByText("Идёт", { exact: true }));

  // The client gives up the course: the reason is required, and every session still to come is cancelled.
  await course.getByRole("button", { name: "Отменить курс" }).click();
  const cancelReason = course.getByLabel("Почему курс отменяется?");
  await cancelReason.fill("Клиентка переезжает в другой город");
  expect(await seriousAxeViolations(page, "course-cancel-form")).toEqual([]);
  await screenshotOf(course, "course-cancel-form");
  await course.locator("form").getByRole("button", { name: "Отменить курс" }).click();
  await visible(course.getByText("Курс отменён."));
  await visible(course.getByText("Отменён: 11"));
  await gone(course.getByText("Предстоит: 10"));
  await gone(course.getByRole("button", { name: "Отменить курс" }));
  expect(await seriousAxeViolations(page, "course-cancelled")).toEqual([]);
  await screenshotOf(course, "course-cancelled");
});

test("on a phone a course is booked from the client's page, and the plan and the course fit the screen", async () => {
  const page = await app.freshPage({ width: 390, height: 844 });
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  const client = await screen(api, "Васильев");
  await page.goto(`${app.baseUrl}/clients/${client}`);
  await visible(page.getByText("Курсов пока нет."));
  // From the client's page the wizard starts with the client chosen and a course.
  await page.getByRole("link", { name: "Записать на курс" }).click();
  await visible(page.getByRole("heading", { name: "Какая процедура?" }));
  expect(await page.getByRole("radio", { name: /^Курс/ }).isChecked()).toBe(true);
  await page.getByRole("radio", { name: /^Криомассаж льдом/ }).check();
  await page.getByRole("button", { name: "Далее" }).click();
  await visible(page.getByRole("heading", { name: "Спланируйте курс" }));
  await visible(page.getByRole("status").filter({ hasText: "Весь курс помещается" }));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "course-plan-phone");
  await page.getByRole("button", { name: "Далее" }).click();
  await page.getByRole("button", { name: "Записать на курс" }).click();
  await page.waitForURL(`${app.baseUrl}/clients/${client}`);
  await visible(page.getByRole("article", { name: "Криомассаж льдом" }).getByText("Предстоит: 10"));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "client-course-phone");
  await screenshotOf(page.getByRole("article", { name: "Криомассаж льдом" }), "client-course-card-phone");
});

/** The next calendar day of a local date. */
function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
