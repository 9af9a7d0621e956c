import type { Page } from "playwright-core";
import { beforeAll, expect, test } from "vitest";
import { DEMO_LOGIN, DEMO_PASSWORD } from "../src/seed/demo-data.ts";
import { appForThisFile, screenshot } from "./support/app-under-test.ts";
import { seriousAxeViolations } from "./support/axe.ts";
import { visible } from "./support/expectations.ts";
import { focusRing, tabTo } from "./support/keyboard.ts";

// A visitor books one session at the demo clinic on a phone, without an account: procedure,
// day and time on the clinic's clock, health questions, contact details, confirmation. The
// staff then see the appointment; a visitor the screening refuses is told kindly and nothing
// is booked; a time taken meanwhile is replaced by one of the free alternatives.

const app = appForThisFile();
const PHONE = { width: 390, height: 844 };
const CRYOSAUNA = "Криосауна (общая криотерапия)";

interface Appointment {
  start: string;
  source: string;
  client: { name: string };
  offering: { name: string };
}

/** The staff side of the API, logged in as the demo owner, to check what the visitor did. */
async function staffApi(baseUrl: string) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: DEMO_LOGIN, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, { headers: { cookie } });
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  };
  const clinicId = (await get<{ items: { id: string }[] }>("/clinics")).items[0]?.id ?? "";
  return {
    clinicId,
    /** The clinic's appointments over the next five weeks. */
    async appointments(): Promise<Appointment[]> {
      const today = new Date().toISOString().slice(0, 10);
      const later = new Date(Date.now() + 35 * 86_400_000).toISOString().slice(0, 10);
      const from = new Date(Date.parse(today) - 86_400_000).toISOString().slice(0, 10);
      return (
        await get<{ items: Appointment[] }>(`/clinics/${clinicId}/appointments?from=${from}&to=${later}`)
      ).items;
    },
  };
}

let staff: Awaited<ReturnType<typeof staffApi>>;

beforeAll(async () => {
  staff = await staffApi(app.baseUrl);
});

async function noSeriousViolations(page: Page, name: string) {
  expect(await seriousAxeViolations(page, name)).toEqual([]);
}

async function fitsThePhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

/** Picks the n-th day with free times, then its first time; returns the chosen start. */
async function pickTime(page: Page, dayIndex: number): Promise<string> {
  const days = page.locator(".day-grid input[type=radio]:not([disabled])");
  await days.first().waitFor();
  await days.nth(dayIndex).check();
  const time = page.locator(".time-grid input[type=radio]").first();
  await time.check();
  return (await time.getAttribute("value")) ?? "";
}

test("a visitor books a cryosauna session on a phone and the clinic sees it in its calendar", async () => {
  const page = await app.freshPage(PHONE);
  await page.goto(`${app.baseUrl}/book/${staff.clinicId}`);
  await visible(page.getByRole("heading", { level: 1, name: "Онлайн-запись: Криоклиника «Иней»" }));
  await visible(page.getByText("ул. Пречистенка, 12, Москва"));

  // Step 1: going on without a procedure says what is missing.
  await page.getByRole("button", { name: "Далее: день и время" }).click();
  await visible(page.getByRole("alert").filter({ hasText: "Выберите процедуру." }));
  await page.getByRole("radio", { name: CRYOSAUNA }).check();
  await fitsThePhone(page);
  await noSeriousViolations(page, "public-booking-offering");
  await screenshot(page, "public-booking-1-offering");
  await page.getByRole("button", { name: "Далее: день и время" }).click();

  // Step 2: times on the clinic's clock, and the page says which clock that is.
  await visible(page.getByRole("heading", { level: 2, name: /День и время/ }));
  await visible(
    page.getByText("Время указано по местному времени клиники: Москва, стандартное время (GMT+3)."),
  );
  const start = await pickTime(page, 1);
  const expectedTime = new Intl.DateTimeFormat("ru", {
    timeZone: "Europe/Moscow",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(start));
  await fitsThePhone(page);
  await noSeriousViolations(page, "public-booking-time");
  await screenshot(page, "public-booking-2-time");
  await page.getByRole("button", { name: "Далее: вопросы о здоровье" }).click();

  // Step 3: the advisor's questions from the catalog's questionnaire.
  await visible(page.getByRole("heading", { level: 2, name: /Ваше здоровье/ }));
  await visible(
    page.getByRole("group", { name: "Сердце, сосуды и кровь" }).getByLabel("Сердечная недостаточность"),
  );
  await page.getByLabel("Вес, кг").fill("68");
  await fitsThePhone(page);
  await noSeriousViolations(page, "public-booking-health");
  await screenshot(page, "public-booking-3-health");
  await page.getByRole("button", { name: "Далее: контакты" }).click();

  // Step 4: consent is required, and the refusal is told at the box it is about.
  await visible(page.getByRole("heading", { level: 2, name: /Контакты/ }));
  await page.getByLabel("Имя", { exact: true }).fill("Вера");
  await page.getByLabel("Фамилия", { exact: true }).fill("Соловьёва");
  await page.getByLabel("Телефон", { exact: true }).fill("+7 916 555-12-34");
  await page.getByLabel("Электронная почта").fill("vera@example.org");
  await page.getByRole("button", { name: "Далее: проверить и подтвердить" }).click();
  await visible(page.getByRole("alert").filter({ hasText: "Не хватает данных" }));
  const consent = page.getByRole("checkbox", { name: /Я согласен\(на\)/ });
  await visible(page.getByText("Без этого согласия клиника не может вас записать."));
  expect(await consent.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await consent.getAttribute("aria-invalid")).toBe("true");
  await fitsThePhone(page);
  await noSeriousViolations(page, "public-booking-contact-error");
  await screenshot(page, "public-booking-4-contact-error");
  await consent.check();
  await page.getByRole("button", { name: "Далее: проверить и подтвердить" }).click();

  // Step 5: the whole booking to check, then book.
  const summary = page.locator(".booking-summary");
  await visible(summary.getByText(CRYOSAUNA));
  await visible(summary.getByText(new RegExp(`с ${expectedTime} до`)));
  await visible(summary.getByText("Вера Соловьёва"));
  await fitsThePhone(page);
  await noSeriousViolations(page, "public-booking-confirm");
  await screenshot(page, "public-booking-5-confirm");
  await page.getByRole("button", { name: "Записаться" }).click();

  // The confirmation: date, time, address and what to bring, the heading focused.
  const done = await visible(page.getByRole("heading", { level: 2, name: /Вы записаны/ }));
  expect(await done.evaluate((element) => element === document.activeElement)).toBe(true);
  const confirmation = page.locator(".booking-done");
  await visible(confirmation.getByText(new RegExp(`с ${expectedTime} до .*GMT\\+3`)));
  await visible(confirmation.getByText("ул. Пречистенка, 12, Москва"));
  await visible(confirmation.getByRole("heading", { name: "Что взять с собой и как подготовиться" }));
  // The catalog's own preparation for the cryosauna is among what to do.
  await visible(confirmation.getByText("Тело должно быть полностью сухим", { exact: false }));
  await fitsThePhone(page);
  await noSeriousViolations(page, "public-booking-done");
  await screenshot(page, "public-booking-6-done");

  // The front desk sees the online booking at that time.
  const booked = (await staff.appointments()).find((appointment) =>
    appointment.client.name.includes("Соловьёва"),
  );
  expect(booked).toMatchObject({ source: "online", offering: { name: CRYOSAUNA } });
  expect(Date.parse(booked?.start ?? "")).toBe(Date.parse(start));
});

test("in English: a visitor with heart failure is refused kindly, told how to reach the clinic, and nothing is booked", async () => {
  const before = (await staff.appointments()).length;
  const page = await app.freshPage(PHONE);
  await page.goto(`${app.baseUrl}/book/${staff.clinicId}`);
  await page.getByRole("button", { name: "EN English" }).click();
  await visible(page.getByRole("heading", { level: 1, name: "Book a session at Криоклиника «Иней»" }));
  await page.getByRole("radio", { name: CRYOSAUNA }).check();
  await page.getByRole("button", { name: "Next: day and time" }).click();
  await visible(page.getByText("Times are the clinic's local time: Moscow Standard Time (GMT+3)."));
  await pickTime(page, 0);
  await page.getByRole("button", { name: "Next: health questions" }).click();
  await page.getByLabel("Heart failure", { exact: true }).check();
  await page.getByRole("button", { name: "Next: contact details" }).click();

  const heading = await visible(
    page.getByRole("heading", { level: 2, name: "The clinic would like to see you first" }),
  );
  expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
  const refusal = page.locator(".booking-refusal");
  await visible(
    refusal.getByText(`From your answers, ${CRYOSAUNA} may not be safe for you.`, { exact: false }),
  );
  await visible(refusal.getByText("Heart failure is a listed contraindication."));
  await visible(refusal.getByText("Nothing was booked, and your answers were not stored."));
  await visible(refusal.getByText("ул. Пречистенка, 12, Москва"));
  await fitsThePhone(page);
  await noSeriousViolations(page, "public-booking-refused");
  await screenshot(page, "public-booking-refused-en");
  expect((await staff.appointments()).length).toBe(before);

  // The answers can still be changed: the visitor goes back to them, not to the start.
  await refusal.getByRole("button", { name: "Change my answers" }).click();
  await visible(page.getByRole("heading", { level: 2, name: /Your health/ }));
  expect(await page.getByLabel("Heart failure", { exact: true }).isChecked()).toBe(true);
});

test("from the clinic's advisor to its booking: a time taken meanwhile is replaced by a free alternative, by keyboard", async () => {
  const page = await app.freshPage(PHONE);
  // The clinic links its site to the advisor with its id: suitable procedures can be booked there.
  await page.goto(`${app.baseUrl}/advisor?clinic=${staff.clinicId}`);
  await page.getByLabel("Стресс и восстановление после нагрузок").check();
  await page.getByRole("button", { name: "Далее: вопросы о здоровье" }).click();
  await page.getByRole("button", { name: "Показать процедуры" }).click();
  const cryosaunaCard = page
    .locator("li.advice")
    .filter({ has: page.getByRole("heading", { level: 3, name: /^Криосауна/ }) });
  await cryosaunaCard.getByRole("link", { name: /^Записаться в клинику: Криосауна/ }).click();
  // The procedure comes chosen.
  await visible(page.getByRole("heading", { level: 1, name: "Онлайн-запись: Криоклиника «Иней»" }));
  expect(await page.getByRole("radio", { name: CRYOSAUNA }).isChecked()).toBe(true);
  await page.getByRole("button", { name: "Далее: день и время" }).click();
  const start = await pickTime(page, 2);
  await page.getByRole("button", { name: "Далее: вопросы о здоровье" }).click();
  await page.getByRole("button", { name: "Далее: контакты" }).click();
  await page.getByLabel("Имя", { exact: true }).fill("Олег");
  await page.getByLabel("Фамилия", { exact: true }).fill("Крылов");
  await page.getByLabel("Телефон", { exact: true }).fill("+7 916 555-77-00");
  await page.getByRole("checkbox", { name: /Я согласен\(на\)/ }).check();
  await page.getByRole("button", { name: "Далее: проверить и подтвердить" }).click();

  // Someone else books the cabin at that time first.
  const offeringId = await page.evaluate(
    async ({ clinicId }) => {
      const clinic = await (await fetch(`/api/v1/public/clinics/${clinicId}`)).json();
      return clinic.offerings.find((o: { procedureId: string }) => o.procedureId === "cryosauna")
        .id as string;
    },
    { clinicId: staff.clinicId },
  );
  const other = await fetch(`${app.baseUrl}/api/v1/public/clinics/${staff.clinicId}/appointments`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      offeringId,
      start,
      client: { firstName: "Ирина", lastName: "Быстрова", phone: "+7 916 555-00-11" },
      screening: { conditions: [] },
      consentDataProcessing: true,
    }),
  });
  expect(other.status).toBe(201);

  await page.getByRole("button", { name: "Записаться" }).click();
  await visible(page.getByRole("alert").filter({ hasText: "Это время только что заняли." }));
  const alternatives = page.getByRole("group", { name: "Другое свободное время" });
  const first = alternatives.getByRole("radio").first();
  await tabTo(page, first);
  expect(await focusRing(page)).not.toBe("none");
  await page.keyboard.press("Space");
  expect(await first.isChecked()).toBe(true);
  const alternative = (await first.getAttribute("value")) ?? "";
  expect(alternative).not.toBe(start);
  await fitsThePhone(page);
  await noSeriousViolations(page, "public-booking-slot-taken");
  await screenshot(page, "public-booking-slot-taken");
  await tabTo(page, page.getByRole("button", { name: "Записаться" }));
  await page.keyboard.press("Enter");

  await visible(page.getByRole("heading", { level: 2, name: /Вы записаны/ }));
  const booked = (await staff.appointments()).find((appointment) =>
    appointment.client.name.includes("Крылов"),
  );
  expect(Date.parse(booked?.start ?? "")).toBe(Date.parse(alternative));
});
