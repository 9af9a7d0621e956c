import type { Locator, Page } from "playwright-core";
import { Temporal } from "temporal-polyfill";
import { expect, test } from "vitest";
import { appForThisFile, logIn, screenshot, screenshotOf } from "./support/app-under-test.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { gone, visible } from "./support/expectations.ts";
import { tabTo } from "./support/keyboard.ts";
import { type Api, type Listed, staffApi } from "./support/staff-api.ts";

// The front desk's calendar: a clinic's day by practitioner or room and its week, at the
// clinic's own clock; details in a dialog; cancelling; moving by dragging and by keyboard,
// the server deciding what is allowed.

const app = appForThisFile();

const CLINIC_ZONE = "Europe/Moscow";

/** A Monday `weeks` weeks after the coming one, in the clinic's calendar: always bookable, never past. */
function monday(weeks: number): string {
  let day = Temporal.Now.plainDateISO(CLINIC_ZONE).add({ days: 1 });
  while (day.dayOfWeek !== 1) day = day.add({ days: 1 });
  return day.add({ weeks }).toString();
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`No ${what} in the demo data.`);
  return value;
}

/** Books a demo client by last name (screened first, as booking requires) with a practitioner at a clinic time. */
async function book(
  api: Api,
  booking: { client: string; procedureId: string; practitioner: string; day: string; time: string },
): Promise<{ id: string; client: { name: string } }> {
  const [clinic] = (await api<Listed<{ id: string }>>("GET", "/clinics")).items;
  const clients = await api<Listed<{ id: string; lastName: string }>>(
    "GET",
    `/clients?q=${encodeURIComponent(booking.client)}`,
  );
  const client = found(
    clients.items.find((candidate) => candidate.lastName === booking.client),
    booking.client,
  );
  await api("POST", `/clients/${client.id}/screenings`, { conditions: [], subject: { weightKg: 68 } });
  const offerings = await api<Listed<{ id: string; procedureId: string }>>(
    "GET",
    `/clinics/${clinic?.id}/offerings`,
  );
  const offering = found(
    offerings.items.find((candidate) => candidate.procedureId === booking.procedureId),
    booking.procedureId,
  );
  const hours = await api<Listed<{ userId: string; name: string }>>(
    "GET",
    `/clinics/${clinic?.id}/working-hours`,
  );
  const practitioner = found(
    hours.items.find((candidate) => candidate.name === booking.practitioner),
    booking.practitioner,
  );
  return api<{ id: string; client: { name: string } }>("POST", "/appointments", {
    clientId: client.id,
    offeringId: offering.id,
    practitionerId: practitioner.userId,
    start: `${booking.day}T${booking.time}:00+03:00`,
  });
}

/** The browser is put in another zone than the clinic: every time shown must still be the clinic's. */
async function browserInNewYork(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setTimezoneOverride", { timezoneId: "America/New_York" });
}

async function openDay(page: Page, day: string, extra = ""): Promise<void> {
  await page.goto(`${app.baseUrl}/calendar?date=${day}${extra}`);
  await visible(page.getByRole("heading", { name: "Календарь", level: 1 }));
}

const column = (page: Page, name: string) => page.getByRole("group", { name, exact: true });
const block = (page: Page, text: string) => page.getByRole("button", { name: new RegExp(text) });

/** Where the calendar draws the clinic time `clock` ("12:15"), measured from its hour labels. */
async function hourLineY(page: Page, clock: string): Promise<number> {
  const [hours = 0, minutes = 0] = clock.split(":").map(Number);
  const labelY = async (hour: number) => {
    const text = `${String(hour).padStart(2, "0")}:00`;
    const box = await page.locator(".calendar-grid__hour", { hasText: text }).boundingBox();
    if (!box) throw new Error(`No ${text} on the axis.`);
    return box.y;
  };
  const top = await labelY(hours);
  return top + (minutes / 60) * ((await labelY(hours + 1)) - top);
}

/** Drags a block by its top edge with the mouse so that its top lands at `y` in the column at `x`. */
async function dragTo(page: Page, target: Locator, x: number, y: number): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error("The block is not on screen.");
  const grab = 4;
  await page.mouse.move(box.x + box.width / 2, box.y + grab);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + grab + 12, { steps: 3 });
  await page.mouse.move(x, y + grab, { steps: 10 });
  await page.mouse.up();
}

async function centreX(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("Not on screen.");
  return box.x + box.width / 2;
}

test("the day view shows each appointment in its practitioner's column at the clinic's time; details open in a dialog", async () => {
  const page = await app.freshPage();
  await browserInNewYork(page);
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  const day = monday(1);
  await book(api, {
    client: "Иванова",
    procedureId: "nitrogen-cryomassage",
    practitioner: "Елена Кузнецова",
    day,
    time: "10:00",
  });
  await book(api, {
    client: "Орлова",
    procedureId: "local-cold-therapy",
    practitioner: "Наталья Попова",
    day,
    time: "11:30",
  });

  await page
    .getByRole("navigation", { name: "Основная навигация" })
    .getByRole("link", { name: "Календарь" })
    .click();
  await visible(page.getByRole("heading", { name: "Календарь", level: 1 }));
  await openDay(page, day);
  const ivanova = column(page, "Елена Кузнецова").getByRole("button", { name: /10:00–10:20 Иванова Мария/ });
  await visible(ivanova);
  await visible(column(page, "Наталья Попова").getByRole("button", { name: /11:30–11:50 Орлова Татьяна/ }));
  // Its top sits on the 10:00 line of the clinic's clock, whatever the browser's zone.
  const top = (await ivanova.boundingBox())?.y ?? 0;
  expect(Math.abs(top - (await hourLineY(page, "10:00")))).toBeLessThan(4);
  expect(await seriousAxeViolations(page, "calendar-day")).toEqual([]);
  await screenshot(page, "calendar-day");

  await ivanova.click();
  const dialog = page.getByRole("dialog", { name: "Запись: Иванова Мария" });
  await visible(dialog);
  for (const fact of ["Криомассаж жидким азотом (криолифтинг)", "Елена Кузнецова", "Записан", "Кабинет"]) {
    await visible(dialog.getByText(fact).first());
  }
  await visible(dialog.getByText(/10:00–10:20/));
  // Focus stays in the dialog however far one tabs, and comes back to the block on Escape.
  for (let presses = 0; presses < 15; presses++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  expect(await seriousAxeViolations(page, "calendar-details")).toEqual([]);
  await screenshotOf(dialog, "calendar-details");
  await page.keyboard.press("Escape");
  await gone(dialog);
  expect(await ivanova.evaluate((element) => element === document.activeElement)).toBe(true);
});

test("check-in and no-show follow the clock; a cancelled appointment leaves the day view and shows again, marked, on request", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  const day = monday(2);
  await book(api, {
    client: "Петров",
    procedureId: "ice-cryomassage",
    practitioner: "Елена Кузнецова",
    day,
    time: "09:30",
  });
  await openDay(page, day);

  // A session next week can be neither checked in nor missed yet: the server says so, in words.
  await block(page, "09:30–09:45 Петров Алексей").click();
  const early = page.getByRole("dialog", { name: "Запись: Петров Алексей" });
  await early.getByRole("button", { name: "Отметить приход" }).click();
  await visible(early.getByRole("alert").filter({ hasText: "не раньше чем за 60 минут до начала сеанса" }));
  await early.getByRole("button", { name: "Не пришёл" }).click();
  await visible(early.getByRole("alert").filter({ hasText: "Сеанс ещё не начался." }));
  await early.getByRole("button", { name: "Закрыть" }).click();

  await block(page, "09:30–09:45 Петров Алексей").click();
  const dialog = page.getByRole("dialog", { name: "Запись: Петров Алексей" });
  await dialog.getByRole("button", { name: "Отменить запись" }).click();
  await dialog.getByLabel("Причина отмены").fill("Клиент заболел");
  await dialog.getByRole("button", { name: "Подтвердить отмену" }).click();
  await visible(dialog.getByRole("status").filter({ hasText: "Запись отменена." }));
  await visible(dialog.getByText("Клиент заболел"));
  await dialog.getByRole("button", { name: "Закрыть" }).click();
  await gone(block(page, "Петров Алексей"));

  await page.getByLabel("Показывать отменённые").check();
  const cancelled = block(page, "09:30–09:45 Петров Алексей");
  await visible(cancelled);
  // Too short for a second line, it says "cancelled" to screen readers and with a symbol on screen.
  expect(await cancelled.textContent()).toContain("Отменена");
  expect(await cancelled.textContent()).toContain("⊘");
});

test("an appointment dragged to another practitioner and time is moved there and stays after a reload", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  const day = monday(3);
  await book(api, {
    client: "Сидорова",
    procedureId: "ice-cryomassage",
    practitioner: "Елена Кузнецова",
    day,
    time: "10:00",
  });
  await openDay(page, day);

  const moved = page.waitForResponse((response) => response.url().endsWith("/move"));
  await dragTo(
    page,
    block(page, "10:00–10:15 Сидорова Екатерина"),
    await centreX(column(page, "Наталья Попова")),
    await hourLineY(page, "13:00"),
  );
  expect((await moved).status()).toBe(200);
  const there = column(page, "Наталья Попова").getByRole("button", {
    name: /13:00–13:15 Сидорова Екатерина/,
  });
  await visible(there);
  await visible(page.getByRole("status").filter({ hasText: "Запись перенесена" }));

  await page.reload();
  await visible(there);
  await gone(column(page, "Елена Кузнецова").getByRole("button", { name: /Сидорова Екатерина/ }));
  expect(Math.abs(((await there.boundingBox())?.y ?? 0) - (await hourLineY(page, "13:00")))).toBeLessThan(4);
});

test("dropping on a practitioner's occupied time shows the server's refusal and the appointment snaps back", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  const day = monday(4);
  await book(api, {
    client: "Федоров",
    procedureId: "ice-cryomassage",
    practitioner: "Елена Кузнецова",
    day,
    time: "10:00",
  });
  await book(api, {
    client: "Белова",
    procedureId: "cryolipolysis",
    practitioner: "Елена Кузнецова",
    day,
    time: "12:00",
  });
  await openDay(page, day);
  const fedorov = block(page, "10:00–10:15 Федоров Дмитрий");
  const before = await fedorov.boundingBox();

  const refused = page.waitForResponse((response) => response.url().endsWith("/move"));
  await dragTo(page, fedorov, await centreX(column(page, "Елена Кузнецова")), await hourLineY(page, "12:15"));
  expect((await refused).status()).toBe(409);
  const alert = page.getByRole("alert").filter({ hasText: "Запись не перенесена: Федоров Дмитрий, 10:00." });
  await visible(alert);
  expect(await alert.textContent()).toContain("уже заняты другой записью");
  await visible(column(page, "Елена Кузнецова").getByRole("button", { name: /10:00–10:15 Федоров Дмитрий/ }));
  expect((await fedorov.boundingBox())?.y).toBe(before?.y);
  await screenshot(page, "calendar-refusal");

  await page.getByRole("button", { name: "Скрыть" }).click();
  await gone(alert);
});

test("the keyboard moves an appointment through its details: date, time and practitioner", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  const day = monday(5);
  await book(api, {
    client: "Захарова",
    procedureId: "ice-cryomassage",
    practitioner: "Наталья Попова",
    day,
    time: "11:00",
  });
  await openDay(page, day);

  const zakharova = block(page, "11:00–11:15 Захарова Ольга");
  await tabTo(page, zakharova);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Запись: Захарова Ольга" });
  await visible(dialog);
  await dialog.getByLabel("Новое время").fill("15:30");
  await dialog.getByLabel("Специалист", { exact: true }).selectOption({ label: "Елена Кузнецова" });
  await dialog.getByRole("button", { name: "Перенести запись" }).click();
  await visible(dialog.getByRole("status").filter({ hasText: "Запись перенесена" }));
  await page.keyboard.press("Escape");
  await visible(column(page, "Елена Кузнецова").getByRole("button", { name: /15:30–15:45 Захарова Ольга/ }));

  // A time the clinic is closed is refused with the server's reason, shown in the dialog.
  await column(page, "Елена Кузнецова")
    .getByRole("button", { name: /Захарова Ольга/ })
    .click();
  await dialog.getByLabel("Новое время").fill("22:00");
  await dialog.getByRole("button", { name: "Перенести запись" }).click();
  await visible(dialog.getByRole("alert").filter({ hasText: "не укладывается в часы работы" }));
});

test("the week shows a column per day and the day view can show rooms and devices instead", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  const day = monday(6);
  const wednesday = Temporal.PlainDate.from(day).add({ days: 2 }).toString();
  await book(api, {
    client: "Ковалёв",
    procedureId: "cryolipolysis",
    practitioner: "Елена Кузнецова",
    day,
    time: "09:00",
  });
  await book(api, {
    client: "Григорьев",
    procedureId: "local-cold-therapy",
    practitioner: "Наталья Попова",
    day: wednesday,
    time: "14:00",
  });
  await openDay(page, day);

  await page.getByRole("button", { name: "Неделя" }).click();
  await visible(
    page.getByRole("group", { name: /^понедельник/ }).getByRole("button", { name: /Ковалёв Николай/ }),
  );
  await visible(page.getByRole("group", { name: /^среда/ }).getByRole("button", { name: /Григорьев Павел/ }));
  expect(new URL(page.url()).searchParams.get("view")).toBe("week");
  expect(await seriousAxeViolations(page, "calendar-week")).toEqual([]);
  await screenshot(page, "calendar-week");

  await page.getByRole("button", { name: /^ср, .*открыть день/ }).click();
  await page.getByRole("button", { name: "Кабинеты и аппараты" }).click();
  await visible(column(page, "Кабинет 1").getByRole("button", { name: /14:00–14:20 Григорьев Павел/ }));
  expect(await seriousAxeViolations(page, "calendar-resources")).toEqual([]);
  await screenshot(page, "calendar-resources");
});

test("on a phone the day scrolls sideways inside the calendar while the page keeps its width", async () => {
  const page = await app.freshPage({ width: 390, height: 844 });
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  const day = monday(7);
  await book(api, {
    client: "Smith",
    procedureId: "nitrogen-cryomassage",
    practitioner: "Елена Кузнецова",
    day,
    time: "10:00",
  });
  await openDay(page, day);
  await visible(block(page, "10:00–10:20 Smith Emily"));

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const area = page.getByRole("region", { name: /^Записи/ });
  const widths = await area.evaluate((element) => ({
    scroll: element.scrollWidth,
    client: element.clientWidth,
  }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  expect(await seriousAxeViolations(page, "calendar-phone")).toEqual([]);
  await screenshot(page, "calendar-phone");
});
