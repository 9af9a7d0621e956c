import type { Page } from "playwright-core";
import { Temporal } from "temporal-polyfill";
import { expect, test } from "vitest";
import { appForThisFile, logIn, screenshot } from "./support/app-under-test.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { visible } from "./support/expectations.ts";
import { clientId, type Listed, screen, staffApi } from "./support/staff-api.ts";

// Booking from the front desk: client, procedure, a free time, confirm; and what the
// wizard says when the time was taken meanwhile or the client's screening stands in the way.

const app = appForThisFile();

const CLINIC_ZONE = "Europe/Moscow";

/** A Tuesday `weeks` weeks after the coming one, in the clinic's calendar. */
function tuesday(weeks: number): string {
  let day = Temporal.Now.plainDateISO(CLINIC_ZONE).add({ days: 1 });
  while (day.dayOfWeek !== 2) day = day.add({ days: 1 });
  return day.add({ weeks }).toString();
}

/** Goes through the first three steps: finds the client, picks the procedure, shows the week from `day`. */
async function chooseUpToSlot(page: Page, client: string, procedure: string, day: string): Promise<void> {
  await page.goto(`${app.baseUrl}/calendar`);
  await page.getByRole("link", { name: "Новая запись" }).click();
  await visible(page.getByRole("heading", { name: "Новая запись", level: 1 }));
  await page.getByLabel("Найти клиента").fill(client.split(" ")[0] ?? client);
  await page.getByRole("radio", { name: client }).check();
  await page.getByRole("button", { name: "Далее" }).click();
  await visible(page.getByRole("heading", { name: "Какая процедура?" }));
  await page.getByRole("radio", { name: new RegExp(`^${procedure}`) }).check();
  await page.getByRole("button", { name: "Далее" }).click();
  await visible(page.getByRole("heading", { name: "Когда?" }));
  await page.getByLabel("Свободное время с").fill(day);
}

const dayGroup = (page: Page, day: string) =>
  page.getByRole("group", {
    name: new Intl.DateTimeFormat("ru", {
      timeZone: "UTC",
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
    }).format(new Date(`${day}T00:00:00Z`)),
  });

test("a receptionist books through the wizard and finds the appointment in the day view", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl, "reception@demo.cryodesk.dev");
  const api = await staffApi(page, app.baseUrl);
  await screen(api, "Иванова");
  const day = tuesday(1);

  await chooseUpToSlot(page, "Иванова Мария Петровна", "Криомассаж льдом", day);
  const slots = dayGroup(page, day);
  await slots.getByRole("radio", { name: "10:30" }).check();
  expect(await seriousAxeViolations(page, "wizard-slot")).toEqual([]);
  await screenshot(page, "wizard-slot");
  await page.getByRole("button", { name: "Далее" }).click();

  await visible(page.getByRole("heading", { name: "Проверьте и запишите" }));
  await visible(page.getByText(/^900\s₽$/));
  await visible(page.getByText(/10:30–10:45/));
  await page.getByLabel("Заметки").fill("Первый сеанс");
  expect(await seriousAxeViolations(page, "wizard-confirm")).toEqual([]);
  await screenshot(page, "wizard-confirm");

  const created = page.waitForResponse(
    (response) => response.url().endsWith("/api/v1/appointments") && response.request().method() === "POST",
  );
  await page.getByRole("button", { name: "Записать" }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  expect(response.request().headers()["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
  await page.waitForURL((url) => url.pathname === "/calendar" && url.searchParams.get("date") === day);
  await visible(page.getByRole("status").filter({ hasText: "Иванова Мария: запись на" }));
  const booked = page.getByRole("button", { name: /10:30–10:45 Иванова Мария/ });
  await visible(booked);
  await booked.click();
  await visible(page.getByRole("dialog").getByText("Первый сеанс"));
});

test("a slot taken between choosing and confirming is refused with free alternatives; one click books another", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  await screen(api, "Петров");
  await screen(api, "Орлова");
  const day = tuesday(2);

  // Cryodestruction: only the dermatologist performs it, so a booking at 11:00 takes the time.
  await chooseUpToSlot(page, "Петров Алексей Игоревич", "Криодеструкция", day);
  await dayGroup(page, day).getByRole("radio", { name: "11:00" }).check();
  await page.getByRole("button", { name: "Далее" }).click();
  await visible(page.getByRole("heading", { name: "Проверьте и запишите" }));

  const [clinic] = (await api<Listed<{ id: string }>>("GET", "/clinics")).items;
  const offerings = await api<Listed<{ id: string; procedureId: string }>>(
    "GET",
    `/clinics/${clinic?.id}/offerings`,
  );
  const offering = offerings.items.find((candidate) => candidate.procedureId === "cryodestruction");
  await api("POST", "/appointments", {
    clientId: await clientId(api, "Орлова"),
    offeringId: offering?.id,
    start: `${day}T11:00:00+03:00`,
  });

  await page.getByRole("button", { name: "Записать" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Это время только что заняли." });
  await visible(refusal);
  const alternatives = refusal.getByRole("button", { name: /^Записать на / });
  await visible(alternatives);
  expect(await alternatives.count()).toBeGreaterThan(0);
  expect(await seriousAxeViolations(page, "wizard-slot-taken")).toEqual([]);
  await screenshot(page, "wizard-slot-taken");

  const first = (await alternatives.first().textContent()) ?? "";
  const time = first.match(/(\d{2}:\d{2})$/)?.[1];
  expect(time).toBeDefined();
  await alternatives.first().click();
  await page.waitForURL((url) => url.pathname === "/calendar");
  await visible(page.getByRole("button", { name: new RegExp(`${time}–\\d{2}:\\d{2} Петров Алексей`) }));
  await visible(page.getByRole("button", { name: /11:00–11:30 Орлова Татьяна/ }));
});

test("a client without a screening is refused with the reason and a way to the screening", async () => {
  const page = await app.freshPage();
  await logIn(page, app.baseUrl);
  const day = tuesday(3);

  await chooseUpToSlot(page, "Сидорова Екатерина", "Криосауна", day);
  await dayGroup(page, day).getByRole("radio", { name: "12:00" }).check();
  await page.getByRole("button", { name: "Далее" }).click();
  await page.getByRole("button", { name: "Записать" }).click();

  const refusal = page.getByRole("alert").filter({ hasText: "нет скрининга для этой процедуры" });
  await visible(refusal);
  const link = refusal.getByRole("link", { name: "Открыть скрининг клиента (в новой вкладке)" });
  expect(await link.getAttribute("href")).toMatch(/^\/clients\/[0-9a-f-]{36}$/);
  expect(await seriousAxeViolations(page, "wizard-screening")).toEqual([]);

  // The steps stay chosen: going back to the time keeps the day and the choice.
  await page.getByRole("button", { name: "Назад" }).click();
  expect(await dayGroup(page, day).getByRole("radio", { name: "12:00" }).isChecked()).toBe(true);
});

test("on a phone the wizard fits the screen", async () => {
  const page = await app.freshPage({ width: 390, height: 844 });
  await logIn(page, app.baseUrl);
  const day = tuesday(4);
  await chooseUpToSlot(page, "Григорьев Павел Андреевич", "Криосауна", day);
  await visible(dayGroup(page, day).getByRole("radio", { name: "12:00" }));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "wizard-phone");
});
