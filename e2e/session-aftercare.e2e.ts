import { readFileSync } from "node:fs";
import { crc32, deflateSync } from "node:zlib";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { pdfText, unspaced } from "../test/support/pdf-text.ts";
import { appForThisFile, logIn, screenshot } from "./support/app-under-test.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { visible } from "./support/expectations.ts";
import { bookNow, sessionUnderObservation } from "./support/session-now.ts";
import { type Api, clientId, type Listed, staffApi } from "./support/staff-api.ts";

// After the cold, on the clinic's tablet: the client rests under observation with a
// countdown; photos are refused without their consent and kept with it; the aftercare sheet
// is printed from a hidden frame and handed over as a PDF in the client's language; the
// client leaves before the time is over, with a reason. The session is brought to
// observation through the API with the real clock.

const app = appForThisFile();

const TABLET = { width: 1024, height: 768 };
const CLINIC_ZONE = "Europe/Moscow";
// A Russian-speaking demo client: the sheet comes in Russian without asking.
const CLIENT = "Захарова";

/** A small PNG of one colour, made here so the test needs no picture file. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * The articles give applicator cryomassage no time limit, so the clinic sets its own in the
 * protocol (off-label, with its reason), as a clinic must before timing it.
 */
async function limitApplicatorExposure(api: Api): Promise<void> {
  const [clinic] = (await api<Listed<{ id: string }>>("GET", "/clinics")).items;
  if (!clinic) throw new Error("No clinic in the demo data.");
  await api("PUT", `/clinics/${clinic.id}/protocols/nitrogen-cryomassage`, {
    values: { exposureSeconds: { applicator: 120 } },
    offLabelReason: "Не дольше двух минут на одну зону лица, по стандарту клиники",
  });
}

const countdownSeconds = async (page: Page) => {
  const text = (await page.getByRole("timer").textContent()) ?? "";
  const [minutes = 0, seconds = 0] = text.split(":").map(Number);
  return minutes * 60 + seconds;
};

const clinicTime = (iso: string) =>
  new Intl.DateTimeFormat("ru", { hour: "2-digit", minute: "2-digit", timeZone: CLINIC_ZONE }).format(
    new Date(iso),
  );

/** Whether an image on the page was loaded and decoded, not just put in the page. */
const shown = (page: Page, alt: RegExp) =>
  page.getByRole("img", { name: alt }).evaluate((img) => (img as HTMLImageElement).naturalWidth > 0);

test("after the session: consent-bound photos, the aftercare sheet printed and as PDF, an early discharge", async () => {
  const page = await app.freshPage(TABLET);
  // Any frame's print() is recorded instead of opening the print dialog.
  const printed: string[] = [];
  await page.exposeFunction("recordPrint", (address: string) => {
    printed.push(address);
  });
  await page.addInitScript(() => {
    const recorder = window as unknown as { recordPrint(address: string): Promise<void> };
    window.print = () => void recorder.recordPrint(window.location.href);
  });
  await logIn(page, app.baseUrl);
  const api = await staffApi(page, app.baseUrl);
  await limitApplicatorExposure(api);
  const appointment = await bookNow(api, "nitrogen-cryomassage", CLIENT);
  const sessionId = await sessionUnderObservation(api, appointment.id, "applicator", "лицо");
  const client = await clientId(api, CLIENT);

  // Under observation, with a countdown to when the client may leave.
  await page.goto(`${app.baseUrl}/sessions/${sessionId}`);
  await visible(page.getByRole("heading", { name: "Наблюдение" }));
  const observed = await api<{ observationUntil: string }>("GET", `/sessions/${sessionId}`);
  await visible(page.getByText(`Клиент может уйти в ${clinicTime(observed.observationUntil)}.`));
  const first = await countdownSeconds(page);
  expect(first).toBeGreaterThan(28 * 60);
  expect(first).toBeLessThanOrEqual(30 * 60);
  await expect.poll(() => countdownSeconds(page), { timeout: 5_000 }).toBeLessThan(first);

  // No consent to photos: the page says so, and offers no camera.
  await visible(page.getByText("Клиент не дал согласия на фото", { exact: false }));
  expect(await page.getByLabel("Снимок").count()).toBe(0);
  await screenshot(page, "session-aftercare-no-photo-consent");
  expect(await seriousAxeViolations(page, "session-aftercare-no-photo-consent")).toEqual([]);

  // Consent recorded on the client's card: before and after photos from the tablet.
  await api("PATCH", `/clients/${client}`, { consents: { photos: true } });
  await page.reload();
  const picture = page.getByLabel("Снимок");
  await visible(picture);
  expect(await picture.getAttribute("accept")).toBe("image/jpeg,image/png,image/webp");
  expect(await picture.getAttribute("capture")).toBe("environment");
  await picture.setInputFiles({ name: "scan.gif", mimeType: "image/gif", buffer: Buffer.from("GIF89a") });
  await visible(page.getByText("Этот файл — не снимок JPEG, PNG или WebP."));
  expect(await page.getByRole("radio", { name: "Фото до" }).isChecked()).toBe(true);
  await picture.setInputFiles({
    name: "before.png",
    mimeType: "image/png",
    buffer: png(64, 48, [214, 120, 110]),
  });
  await page.getByRole("button", { name: "Загрузить фото" }).click();
  await visible(page.getByText("Фото сохранено."));
  await expect.poll(() => shown(page, /^Фото до, снято в \d\d:\d\d$/)).toBe(true);
  // The next one is the after photo unless told otherwise.
  expect(await page.getByRole("radio", { name: "Фото после" }).isChecked()).toBe(true);
  await page
    .getByLabel("Снимок")
    .setInputFiles({ name: "after.png", mimeType: "image/png", buffer: png(64, 48, [236, 170, 160]) });
  await page.getByRole("button", { name: "Загрузить фото" }).click();
  await expect.poll(() => shown(page, /^Фото после, снято в \d\d:\d\d$/)).toBe(true);
  const stored = await api<{ photos: { kind: string; contentType: string }[] }>(
    "GET",
    `/sessions/${sessionId}`,
  );
  expect(stored.photos).toEqual([
    expect.objectContaining({ kind: "before", contentType: "image/png" }),
    expect.objectContaining({ kind: "after", contentType: "image/png" }),
  ]);
  await screenshot(page, "session-aftercare-photos");
  expect(await seriousAxeViolations(page, "session-aftercare-photos")).toEqual([]);

  // The sheet is loaded into a hidden frame of the app and that frame is printed.
  await page.getByRole("button", { name: "Распечатать памятку" }).click();
  const sheet = page.frameLocator('iframe[title="Памятка для печати"]');
  // The frame has no size on the screen: the sheet is there, not seen.
  await sheet.locator("h1", { hasText: "Памятка после процедуры" }).waitFor({ state: "attached" });
  expect(await sheet.locator("body").textContent()).toContain("откажитесь от саун и бань");
  await expect
    .poll(() => printed)
    .toEqual([expect.stringContaining(`/api/v1/sessions/${sessionId}/aftercare?format=html`)]);

  // The PDF, in Russian, with the rules for the days after.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Скачать PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`aftercare-${sessionId}.pdf`);
  const text = unspaced(await pdfText(readFileSync(await download.path())));
  for (const phrase of [
    "Памятка после процедуры",
    "используйте солнцезащитный или увлажняющий крем",
    "На время курса откажитесь от саун и бань, загара и агрессивной косметики.",
  ]) {
    expect(text).toContain(unspaced(phrase));
  }

  // Leaving before the time is over: the condition and a reason are both required.
  await page.getByRole("button", { name: "Выписать клиента" }).click();
  await visible(page.getByText("Опишите состояние клиента при уходе."));
  await page.getByLabel("Состояние клиента при выписке").fill("Самочувствие хорошее, кожа розовая");
  await page.getByRole("button", { name: "Выписать клиента" }).click();
  const reason = page.getByLabel("Почему клиент уходит раньше");
  await visible(page.getByText(/Укажите, почему клиент уходит раньше \d\d:\d\d\./));
  expect(await reason.evaluate((field) => field === document.activeElement)).toBe(true);
  await reason.fill("Торопится на работу; осмотрена повторно, жалоб нет");
  await screenshot(page, "session-aftercare-discharge");
  await page.getByRole("button", { name: "Выписать клиента" }).click();

  await visible(page.getByRole("heading", { name: "Процедура завершена" }));
  const finished = await api<{ status: string; discharge: { dischargedAt: string; early: boolean } }>(
    "GET",
    `/sessions/${sessionId}`,
  );
  expect(finished).toMatchObject({ status: "finished", discharge: { early: true } });
  await visible(page.getByText(`Клиент выписан в ${clinicTime(finished.discharge.dischargedAt)}.`));
  await visible(page.getByText("Торопится на работу; осмотрена повторно, жалоб нет", { exact: false }));
  await visible(page.getByRole("img", { name: /^Фото после/ }));
  await screenshot(page, "session-aftercare-finished");
  expect(await seriousAxeViolations(page, "session-aftercare-finished")).toEqual([]);

  // The way to the client's adverse events, for a reaction noticed now or later: the form
  // is open, linked to this session, and weighs the sign against the procedure's expected
  // reactions in the articles.
  await page.getByRole("link", { name: "Записать нежелательное явление" }).click();
  await page.waitForURL(`${app.baseUrl}/clients/${client}?appointment=${appointment.id}#adverse-events`);
  const panel = page.locator("#adverse-events");
  const form = panel.locator("form");
  expect(await form.getByLabel("Возникло после этого сеанса").isChecked()).toBe(true);
  await form.getByLabel("Вид").selectOption({ label: "Отёк сверх ожидаемого" });
  await form.getByLabel("Тяжесть").selectOption({ label: "Лёгкая" });
  await form.getByLabel("Что произошло").fill("Отёк и покраснение щеки не проходят");
  await form.getByLabel("Сколько уже длится").fill("5");
  await form.getByLabel("Единица").selectOption({ label: "дней" });
  await form.getByRole("button", { name: "Записать явление" }).click();
  const assessment = panel.getByRole("region", { name: "Ожидаемая реакция или нежелательное явление?" });
  await visible(assessment.getByText("Нежелательное явление", { exact: true }));
  await visible(
    assessment.getByText(
      /Сравнивается с ожидаемой реакцией: Отёк и покраснение \(гиперемия\) обработанной кожи/,
    ),
  );
  await visible(assessment.getByText("Длится дольше, чем, по статьям, длится эта реакция."));
  await screenshot(page, "session-adverse-event-assessed");
  expect(await seriousAxeViolations(page, "session-adverse-event-assessed")).toEqual([]);
});
