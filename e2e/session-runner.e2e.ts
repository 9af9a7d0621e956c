import type { Page } from "playwright-core";
import { Temporal } from "temporal-polyfill";
import { expect, test } from "vitest";
import { appForThisFile, logIn, screenshot } from "./support/app-under-test.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { visible } from "./support/expectations.ts";
import { type Api, staffApi } from "./support/staff-api.ts";

// A cryosauna session on the clinic's tablet, from check-in in the calendar to the
// observation period. The server's clock is the real one here, so the appointment is
// booked for the next free start within the check-in hour; the warning and the limit are
// shown by answering the page's reads with a timer further on, then letting it resync.

const app = appForThisFile();

const CLINIC_ZONE = "Europe/Moscow";
const TABLET = { width: 1024, height: 768 };
const ALL_DAY = [{ open: "00:00", close: "23:59" }];
const EVERY_DAY = Object.fromEntries(
  ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, ALL_DAY]),
);

interface Slot {
  start: string;
  practitionerIds: string[];
}

/**
 * Books a screened demo client for the cryosauna at the next free start, opening the clinic
 * and its practitioners around the clock first so that a start lies within the hour in
 * which check-in is allowed, whatever the time the test runs.
 */
async function bookCryosaunaNow(api: Api): Promise<{ id: string; day: string; client: string }> {
  const [clinic] = (await api<{ items: { id: string }[] }>("GET", "/clinics")).items;
  if (!clinic) throw new Error("No clinic in the demo data.");
  await api("PATCH", `/clinics/${clinic.id}`, { openingHours: EVERY_DAY });
  const hours = await api<{ items: { userId: string }[] }>("GET", `/clinics/${clinic.id}/working-hours`);
  for (const practitioner of hours.items) {
    await api("PUT", `/clinics/${clinic.id}/working-hours/${practitioner.userId}`, { hours: EVERY_DAY });
  }
  const offerings = await api<{ items: { id: string; procedureId: string }[] }>(
    "GET",
    `/clinics/${clinic.id}/offerings`,
  );
  const offering = offerings.items.find((candidate) => candidate.procedureId === "cryosauna");
  if (!offering) throw new Error("No cryosauna offering in the demo data.");
  const [client] = (
    await api<{ items: { id: string; lastName: string; firstName: string }[] }>("GET", "/clients")
  ).items;
  if (!client) throw new Error("No client in the demo data.");
  await api("POST", `/clients/${client.id}/screenings`, { conditions: [], subject: { weightKg: 68 } });
  const today = Temporal.Now.plainDateISO(CLINIC_ZONE);
  const availability = await api<{ slots: Slot[] }>(
    "GET",
    `/clinics/${clinic.id}/availability?offering=${offering.id}&from=${today}&to=${today.add({ days: 2 })}`,
  );
  const checkInBy = Date.now() + 55 * 60_000;
  const slot = availability.slots.find((candidate) => Date.parse(candidate.start) <= checkInBy);
  if (!slot) throw new Error("No cryosauna start within the next hour.");
  const booked = await api<{ id: string }>("POST", "/appointments", {
    clientId: client.id,
    offeringId: offering.id,
    practitionerId: slot.practitionerIds[0],
    start: slot.start,
  });
  const day = Temporal.Instant.from(slot.start).toZonedDateTimeISO(CLINIC_ZONE).toPlainDate().toString();
  return { id: booked.id, day, client: `${client.lastName} ${client.firstName}` };
}

const elapsedOf = async (page: Page) => {
  const text = (await page.getByTestId("elapsed").first().textContent()) ?? "";
  const [minutes = 0, seconds = 0] = text.split(":").map(Number);
  return minutes * 60 + seconds;
};

test("a practitioner runs a cryosauna session from check-in to observation on a tablet", async () => {
  const page = await app.freshPage(TABLET);
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  const appointment = await bookCryosaunaNow(api);

  // Check-in and the session's start from the calendar's dialog.
  await page.goto(`${app.baseUrl}/calendar?date=${appointment.day}`);
  await page.locator(`[data-appointment-id="${appointment.id}"]`).first().click();
  const dialog = page.getByRole("dialog", { name: new RegExp(appointment.client) });
  await visible(dialog);
  await dialog.getByRole("button", { name: "Отметить приход" }).click();
  await visible(dialog.getByText("Приход клиента отмечен."));
  await dialog.getByRole("button", { name: "Начать процедуру" }).click();
  await page.waitForURL(/\/sessions\/[0-9a-f-]+$/);
  const sessionId = page.url().split("/").pop() as string;

  // The checklist: the start waits until every item is answered and saved.
  await visible(page.getByRole("heading", { name: "Перед процедурой" }));
  const start = page.getByRole("button", { name: "Начать сеанс" });
  expect(await start.isDisabled()).toBe(true);
  await visible(page.getByText(/Источники:/));
  await page.getByLabel("Температура тела, °C").fill("36,6");
  await page.getByLabel("Давление, систолическое (мм рт. ст.)").fill("120");
  await page.getByLabel("Давление, диастолическое (мм рт. ст.)").fill("80");
  const weight = page.getByLabel(/\(кг\)/);
  if ((await weight.count()) > 0) await weight.fill("68");
  for (const box of await page.getByRole("checkbox").all()) await box.check();
  for (const text of await page.locator(".checklist textarea").all()) await text.fill("Нет");
  await screenshot(page, "session-checklist");
  expect(await seriousAxeViolations(page, "session-checklist")).toEqual([]);
  await page.getByRole("button", { name: "Сохранить ответы" }).click();
  await visible(page.getByText("Ответы сохранены."));
  await start.click();

  // An exposure's timer runs on the server's clock; a reload shows the same running timer.
  await visible(page.getByRole("heading", { name: "Воздействия" }));
  await page.getByLabel("Зона").fill("всё тело");
  await page.getByRole("button", { name: "Начать воздействие" }).click();
  await visible(page.getByRole("heading", { name: "всё тело" }));
  await visible(page.getByText("3:00", { exact: false }));
  await visible(page.getByText("В пределах лимита"));
  await expect.poll(() => elapsedOf(page), { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
  const beforeReload = await elapsedOf(page);
  await page.reload();
  await visible(page.getByRole("heading", { name: "всё тело" }));
  await visible(page.getByText("Идёт", { exact: true }));
  expect(await elapsedOf(page)).toBeGreaterThanOrEqual(beforeReload);

  // The warning and the limit, as the page shows what the server answers: words, a symbol and an announcement.
  const further = (seconds: number) =>
    page.route(`**/api/v1/sessions/${sessionId}`, async (route) => {
      const response = await route.fetch();
      const session = await response.json();
      session.exposures[0].elapsedSeconds = seconds;
      await route.fulfill({ response, json: session });
    });
  await further(150);
  await visible(page.getByText("Внимание: достигнуто 80 % лимита"));
  await visible(page.getByText("всё тело: достигнуто 80 % лимита времени."));
  await screenshot(page, "session-warning");
  await page.unroute(`**/api/v1/sessions/${sessionId}`);
  await further(185);
  await visible(page.getByText("Лимит достигнут: остановите сейчас"));
  await visible(page.getByText("всё тело: лимит времени достигнут. Остановите воздействие."));
  await screenshot(page, "session-limit");
  expect(await seriousAxeViolations(page, "session-limit")).toEqual([]);
  await page.getByRole("button", { name: "Стоп", exact: true }).click();
  await visible(page.getByLabel(/Почему превышен лимит/));
  await page.getByRole("button", { name: "Не останавливать" }).click();
  // The server's own time comes back with the next read.
  await page.unroute(`**/api/v1/sessions/${sessionId}`);
  await visible(page.getByText("В пределах лимита"));

  await page.getByRole("button", { name: "Стоп", exact: true }).click();
  expect(await page.getByLabel(/Почему превышен лимит/).count()).toBe(0);
  await page.getByLabel("Заданная температура, °C").fill("-110");
  await page.getByRole("button", { name: "Остановить воздействие" }).click();
  await visible(page.getByText("Остановлено", { exact: true }));

  await page.getByLabel("Израсходовано жидкого азота, л").fill("4,5");
  await page.getByLabel("Результат").fill("Перенесла хорошо");
  await screenshot(page, "session-finish");
  await page.getByRole("button", { name: "Завершить процедуру" }).click();
  const finished = await api<{ observationUntil: string; status: string }>("GET", `/sessions/${sessionId}`);
  expect(finished.status).toBe("observing");
  const leaveAt = new Intl.DateTimeFormat("ru", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: CLINIC_ZONE,
  }).format(new Date(finished.observationUntil));
  await visible(page.getByText(`Клиент может уйти в ${leaveAt}.`));
  await screenshot(page, "session-observation");
  expect(await seriousAxeViolations(page, "session-observation")).toEqual([]);
});
