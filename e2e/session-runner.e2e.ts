import type { Page } from "playwright-core";
import { Temporal } from "temporal-polyfill";
import { beforeAll, expect, test } from "vitest";
import { loadSpecification, validateR4 } from "../test/support/fhir-validator.ts";
import { appForThisFile, logIn, screenshot } from "./support/app-under-test.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { visible } from "./support/expectations.ts";
import { type Api, staffApi } from "./support/staff-api.ts";

// A cryosauna session on the clinic's tablet, from check-in in the calendar to the
// observation period. The clock is injected: the server's and the page's clocks start on a
// Tuesday morning at the demo clinic and run on; the test jumps them forward to the
// protocol's warning and limit, and stops and starts the server in the middle.

const CLINIC_ZONE = "Europe/Moscow";
const TUESDAY_MORNING = new Date("2026-12-01T09:55:00+03:00");
const app = appForThisFile({ clockStartsAt: TUESDAY_MORNING, restartable: true });

const TABLET = { width: 1024, height: 768 };

// Indexing the R4 specification for the export's check takes seconds: done before the clock matters.
beforeAll(() => loadSpecification());

interface Slot {
  start: string;
  practitionerIds: string[];
}

/** Books a screened demo client for the cryosauna at the first start from now on. */
async function bookCryosaunaNow(
  api: Api,
): Promise<{ id: string; day: string; client: string; clientId: string }> {
  const [clinic] = (await api<{ items: { id: string }[] }>("GET", "/clinics")).items;
  if (!clinic) throw new Error("No clinic in the demo data.");
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
  const today = Temporal.Instant.from(app.now().toISOString()).toZonedDateTimeISO(CLINIC_ZONE).toPlainDate();
  const availability = await api<{ slots: Slot[] }>(
    "GET",
    `/clinics/${clinic.id}/availability?offering=${offering.id}&from=${today}&to=${today.add({ days: 1 })}`,
  );
  const slot = availability.slots.find((candidate) => Date.parse(candidate.start) >= app.now().getTime());
  if (!slot) throw new Error("No cryosauna start left this morning.");
  const booked = await api<{ id: string }>("POST", "/appointments", {
    clientId: client.id,
    offeringId: offering.id,
    practitionerId: slot.practitionerIds[0],
    start: slot.start,
  });
  return {
    id: booked.id,
    day: today.toString(),
    client: `${client.lastName} ${client.firstName}`,
    clientId: client.id,
  };
}

const elapsedOf = async (page: Page) => {
  const text = (await page.getByTestId("elapsed").first().textContent()) ?? "";
  const [minutes = 0, seconds = 0] = text.split(":").map(Number);
  return minutes * 60 + seconds;
};

test("a practitioner runs a cryosauna session from check-in to observation on a tablet", async () => {
  const page = await app.freshPage(TABLET);
  // The tones the page plays, by pitch: nobody listens in a headless browser.
  await page.addInitScript(() => {
    const played: number[] = [];
    Object.assign(window, { playedTones: played });
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, ...args: [number?]) {
      played.push(this.frequency.value);
      return start.apply(this, args);
    };
  });
  const tones = () => page.evaluate(() => (window as unknown as { playedTones: number[] }).playedTones);
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
  // Who is in the cabin, and which cabin, stay in sight all along.
  const summary = page.locator(".session-summary");
  await visible(summary.getByRole("link", { name: new RegExp(appointment.client) }));
  await visible(summary.getByText("Криосауна", { exact: true }));
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

  // Two and a half minutes on: 80 % of the three-minute limit is passed. The warning is
  // given in words, with a symbol and as an announcement.
  await app.advanceClock(page, 150_000);
  await visible(page.getByText("Внимание: достигнуто 80 % лимита"));
  await visible(page.getByText("всё тело: достигнуто 80 % лимита времени."));
  expect(await elapsedOf(page)).toBeGreaterThanOrEqual(150);
  expect(await tones()).toEqual([660]);
  await screenshot(page, "session-warning");

  // The server stops and starts again in the middle of the exposure: the page says it has
  // lost the server while it is away, then goes on with the same running timer.
  const beforeRestart = await elapsedOf(page);
  await app.restartServer(async () => {
    await visible(page.getByText("Нет связи с сервером", { exact: false }));
    await screenshot(page, "session-server-away");
  });
  await expect
    .poll(() => page.getByText("Нет связи с сервером", { exact: false }).count(), { timeout: 10_000 })
    .toBe(0);
  await visible(page.getByText("Идёт", { exact: true }));
  await expect.poll(() => elapsedOf(page), { timeout: 5_000 }).toBeGreaterThan(beforeRestart);
  const afterRestart = await api<{ status: string; exposures: { status: string; elapsedSeconds: number }[] }>(
    "GET",
    `/sessions/${sessionId}`,
  );
  expect(afterRestart.status).toBe("running");
  expect(afterRestart.exposures.map((exposure) => exposure.status)).toEqual(["running"]);
  expect(afterRestart.exposures[0]?.elapsedSeconds).toBeGreaterThanOrEqual(beforeRestart);

  // A second tablet opens the same session and shows the same timer; a pause made there
  // reaches this one, and so does a resume made here.
  const second = await page.context().newPage();
  await second.setViewportSize(TABLET);
  await second.goto(page.url());
  await visible(second.getByRole("heading", { name: "всё тело" }));
  expect(await elapsedOf(second)).toBeGreaterThanOrEqual(beforeRestart);
  await second.getByRole("button", { name: "Пауза", exact: true }).click();
  await visible(page.getByText("На паузе", { exact: true }));
  await page.getByRole("button", { name: "Продолжить", exact: true }).click();
  await visible(second.getByText("Идёт", { exact: true }));
  await second.close();

  // Forty seconds more: the limit is reached, and stopping now needs a reason.
  await app.advanceClock(page, 40_000);
  await visible(page.getByText("Лимит достигнут: остановите сейчас"));
  await visible(page.getByText("всё тело: лимит времени достигнут. Остановите воздействие."));
  expect(await tones()).toEqual([660, 880, 880, 880]);
  await screenshot(page, "session-limit");
  expect(await seriousAxeViolations(page, "session-limit")).toEqual([]);
  await page.getByRole("button", { name: "Стоп", exact: true }).click();
  const reason = page.getByLabel(/Почему превышен лимит/);
  await visible(reason);
  await page.getByRole("button", { name: "Остановить воздействие" }).click();
  await visible(page.getByText("Лимит превышен: укажите причину перед остановкой."));
  expect(await page.getByText("Остановлено", { exact: true }).count()).toBe(0);
  await reason.fill("Клиентка просила досчитать до конца");
  await page.getByLabel("Заданная температура, °C").fill("-110");
  await page.getByRole("button", { name: "Остановить воздействие" }).click();
  await visible(page.getByText("Остановлено", { exact: true }));
  await visible(page.getByText("Лимит превышен: Клиентка просила досчитать до конца"));
  const stopped = await api<{
    exposures: { deviation: { overrunSeconds: number } | null; overrunReason: string }[];
  }>("GET", `/sessions/${sessionId}`);
  expect(stopped.exposures[0]?.deviation?.overrunSeconds).toBeGreaterThan(0);
  expect(stopped.exposures[0]?.overrunReason).toBe("Клиентка просила досчитать до конца");

  await page.getByLabel("Израсходовано жидкого азота, л").fill("4,5");
  await page.getByLabel("Результат").fill("Перенесла хорошо");
  await screenshot(page, "session-finish");
  await page.getByRole("button", { name: "Завершить процедуру" }).click();
  await visible(page.getByText(/^Клиент может уйти в \d\d:\d\d\.$/));
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

  // The record as it leaves the clinic: every resource of the export is valid R4, and the
  // overrun is there as an exposure above its limit.
  const exported = await page.request.get(
    `${app.baseUrl}/fhir/R4/Patient/${appointment.clientId}/$everything`,
  );
  expect(exported.status()).toBe(200);
  const bundle = (await exported.json()) as { entry: { resource: FhirResource }[] };
  const invalid = bundle.entry
    .map(({ resource }) => [resource.resourceType, validateR4(resource, { inBundle: true })] as const)
    .filter(([, errors]) => errors.length > 0);
  expect(invalid).toEqual([]);
  expect(validateR4(bundle, { inBundle: true })).toEqual([]);
  const exposure = bundle.entry.find(({ resource }) => resource.valueQuantity?.code === "s")?.resource;
  expect(exposure?.valueQuantity?.value).toBeGreaterThan(180);
  expect(exposure?.interpretation?.[0]?.coding?.[0]?.code).toBe("H");
});

interface FhirResource {
  resourceType: string;
  valueQuantity?: { value: number; code: string };
  interpretation?: { coding?: { code: string }[] }[];
}
